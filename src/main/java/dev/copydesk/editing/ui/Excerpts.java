package dev.copydesk.editing.ui;

/** Short, visible renderings of story text for the findings panel (still plain text, never HTML). */
final class Excerpts {

    private static final int CONTEXT = 30;

    private Excerpts() {
    }

    /** "…words before [covered] words after…", with invisible characters made visible. */
    static String context(String body, int start, int end) {
        int s = Math.max(0, Math.min(start, body.length()));
        int e = Math.max(s, Math.min(end, body.length()));
        int from = Math.max(0, s - CONTEXT);
        int to = Math.min(body.length(), e + CONTEXT);
        return (from > 0 ? "\u2026" : "") + visible(body.substring(from, s)) + "[" + shorten(visible(body.substring(s, e)))
                + "]" + visible(body.substring(e, to)) + (to < body.length() ? "\u2026" : "");
    }

    /** Line breaks as ↵, no-break spaces as ⍽, so spacing problems can be seen. */
    static String visible(String s) {
        return s.replace("\n", "\u21b5").replace("\u00A0", "\u237d");
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 58) + " \u2026 " + s.substring(s.length() - 58);
    }
}
