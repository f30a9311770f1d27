package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stray punctuation after the byline ("By Jane Doe -"), among the first three paragraphs left. */
final class Byline extends StoryCheck {

    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}.*?([\\s\u00A0]*[-\u2013\u2014,:;|/]+[\\s\u00A0]*)$");
    private static final int MAX_CHARS = 120;
    private static final int PARAGRAPHS = 3;

    private final Rule rule = safe("byline-punctuation", FindingType.PUNCTUATION);

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> kept = story.blocks().stream().filter(b -> !story.isRemoved(b.index())).limit(PARAGRAPHS).toList();
        for (Block b : kept) {
            Matcher m = BYLINE.matcher(b.text());
            if (b.text().length() <= MAX_CHARS && m.matches()) {
                out.add(rule.finding(b.start() + m.start(1), b.end(), "Stray punctuation after the byline.", null, 0.95));
                return;
            }
        }
    }
}
