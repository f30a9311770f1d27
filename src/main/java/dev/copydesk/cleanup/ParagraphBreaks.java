package dev.copydesk.cleanup;

import java.util.List;

/** One blank line between paragraphs: the canonical form of a body. */
final class ParagraphBreaks extends StoryCheck {

    private final Rule rule = safe("paragraph-break", FindingType.SPACING);

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            int from = blocks.get(i).end();
            int to = blocks.get(i + 1).start();
            if (!story.body().substring(from, to).equals("\n\n")) {
                out.add(rule.finding(from, to, "Paragraphs are separated by one blank line.", "\n\n", 0.99));
            }
        }
    }
}
