package dev.copydesk.cleanup;

import java.util.List;

/** A paragraph of running text that ends without a full stop. Headings and short lines are left alone. */
final class MissingFinalStop extends ParagraphCheck {

    private static final int MIN_WORDS = 6;

    private final Rule rule = hint("missing-final-stop", FindingType.PUNCTUATION);

    @Override
    void check(String b, List<Finding> out) {
        String t = b.stripTrailing();
        if (t.isEmpty() || !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
            return;
        }
        List<String> words = Text.words(t);
        long lowercase = words.stream().filter(w -> Character.isLowerCase(w.charAt(0))).count();
        if (words.size() < MIN_WORDS || lowercase * 2 < words.size() || !Character.isUpperCase(t.strip().charAt(0))) {
            return;
        }
        int lastStart = t.length();
        while (lastStart > 0 && !Character.isWhitespace(t.charAt(lastStart - 1))) {
            lastStart--;
        }
        String last = t.substring(lastStart);
        out.add(rule.finding(lastStart, t.length(), "The paragraph ends without a full stop.",
                last.endsWith(".") ? last : last + ".", 0.6));
    }
}
