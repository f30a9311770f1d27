package dev.copydesk.cleanup;

import java.util.List;

/**
 * Curly quotes must pair up within a paragraph; an opening quote may stay open only if the next paragraph
 * opens with a quote (the newspaper convention for quotations running over several paragraphs).
 */
final class UnbalancedQuotes extends StoryCheck {

    private final Rule rule = query("unbalanced-quote", FindingType.PUNCTUATION);

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            int open = -1;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '\u201C') {
                    open = k;
                } else if (c == '\u201D') {
                    if (open < 0) {
                        int wordStart = k;
                        while (wordStart > 0 && !Character.isWhitespace(t.charAt(wordStart - 1))) {
                            wordStart--;
                        }
                        out.add(rule.finding(b.start() + wordStart, b.start() + k + 1,
                                "A closing quotation mark with no opening one: where does the quotation start?", null,
                                0.8));
                    }
                    open = -1;
                }
            }
            boolean continues = i + 1 < blocks.size() && blocks.get(i + 1).text().strip().startsWith("\u201C");
            if (open >= 0 && !continues) {
                out.add(rule.finding(b.start() + open, b.start() + open + 1,
                        "An opening quotation mark that is never closed.", null, 0.7));
            }
        }
    }
}
