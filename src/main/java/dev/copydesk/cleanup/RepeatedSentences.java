package dev.copydesk.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sentence that repeats an earlier one word for word, inside a paragraph that stays. A repeated question is only flagged. */
final class RepeatedSentences extends StoryCheck {

    /** Shorter repeats are left alone ("He declined to comment."): they recur in any story ... */
    static final int MIN_WORDS = 8;
    /** ... unless the repeat follows in the same paragraph or the next: no story says the same thing twice in a row. */
    static final int MIN_NEARBY_WORDS = 5;

    private final Rule rule = safe("duplicate-sentence", FindingType.DUPLICATE);

    @Override
    void check(StoryText story, List<Finding> out) {
        Map<String, Integer> firstIn = new HashMap<>();
        for (Block b : story.blocks()) {
            if (story.isRemoved(b.index())) {
                continue; // a copy that goes anyway is no earlier copy: the one left must stay
            }
            for (Text.Sentence s : Text.sentences(b.text())) {
                int words = Text.words(s.text()).size();
                if (words < MIN_NEARBY_WORDS) {
                    continue;
                }
                Integer earlier = firstIn.putIfAbsent(Text.comparable(s.text()), b.index());
                // a short repeat inside a quotation may be the speaker's own ("We want justice for all of us. We want
                // justice for all of us"); one that opens a quotation again is a copy
                boolean ownWords = Text.insideQuotation(b.text(), s.start()) && !s.text().strip().startsWith("\u201c")
                        && !s.text().strip().startsWith("\"");
                boolean nearby = earlier != null && b.index() - earlier <= 1 && !ownWords;
                boolean repeat = earlier != null && (words >= MIN_WORDS || nearby);
                if (repeat && !isWholeBlock(b, s)) {
                    int start = Text.withSpaceBefore(b, b.start() + s.start());
                    int end = b.start() + s.end();
                    String message = "This sentence repeats an earlier one word for word.";
                    out.add(s.text().strip().endsWith("?") ? rule.hintFinding(start, end, message, null, 0.5)
                            : rule.finding(start, end, message, null, 0.9));
                }
            }
        }
    }

    private static boolean isWholeBlock(Block b, Text.Sentence s) {
        return s.start() == 0 && s.end() >= b.text().stripTrailing().length();
    }
}
