package dev.copydesk.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A paragraph that repeats an earlier one word for word is removed; a short line, a question, a list item or
 * a speaker's line that repeats is only flagged (interviews and lists repeat on purpose).
 */
final class RepeatedParagraphs extends StoryCheck {

    private static final Pattern SPEAKER_OR_LIST = Pattern.compile(
            "^\\s*(([-\u2022*\u00b7\u2013]|\\d+[.)])\\s+|(q|a|question|answer)\\s*[:.]|[\\p{Lu}][\\p{L}. ]{0,30}:\\s).*",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_FLAGGED_WORDS = 5;

    private final Rule paragraph = safe("duplicate-paragraph", FindingType.DUPLICATE);
    private final Rule line = judgement("repeated-line", FindingType.DUPLICATE);

    @Override
    void check(StoryText story, List<Finding> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < story.blocks().size(); i++) {
            Block b = story.blocks().get(i);
            String key = Text.comparable(b.text());
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier == null || story.isRemoved(i)) {
                continue;
            }
            boolean safe = b.wordCount() >= RepeatedSentences.MIN_WORDS && !SPEAKER_OR_LIST.matcher(b.text()).matches()
                    && !b.text().strip().endsWith("?");
            if (safe) {
                out.add(story.deleteBlock(paragraph, i, "This paragraph repeats an earlier one word for word.", 0.95));
            } else if (b.wordCount() >= MIN_FLAGGED_WORDS) {
                out.add(line.finding(b.start(), b.end(),
                        "This line repeats an earlier one. Keep it if it is a recurring question, subhead or list item.",
                        null, 0.4));
            }
        }
    }
}
