package dev.copydesk.cleanup;

/**
 * A paragraph with runs of spaces as one space and no edge spaces, and where each character came from.
 * LanguageTool sees this form (spacing is Copydesk's own rule) and its results are cached by it, so fixing
 * or typing spaces does not cost another check.
 */
record Collapsed(String text, int[] origin) {

    static Collapsed of(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        int[] origin = new int[paragraph.length() + 1];
        boolean pendingSpace = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Text.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                origin[out.length()] = i - 1;
                out.append(' ');
                pendingSpace = false;
            }
            origin[out.length()] = i;
            out.append(c);
        }
        return new Collapsed(out.toString(), origin);
    }

    /** The finding with its span moved from the collapsed text back to the paragraph. */
    Finding toOriginal(Finding f) {
        int start = origin[f.start()];
        int end = f.end() > f.start() ? origin[f.end() - 1] + 1 : start;
        return f.at(start, end);
    }
}
