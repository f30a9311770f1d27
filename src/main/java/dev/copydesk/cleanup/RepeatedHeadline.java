package dev.copydesk.cleanup;

import java.util.List;

/** The headline repeated as a paragraph of the body, as scraped pages and some agencies send it. */
final class RepeatedHeadline extends StoryCheck {

    private final Rule rule = declare(new Rule("repeated-headline", FindingType.DUPLICATE, Rule.Nature.SAFE,
            Rule.Effect.REMOVES_REPEATED_HEADLINE));

    @Override
    void check(StoryText story, List<Finding> out) {
        if (story.headline() == null || story.headline().isBlank()) {
            return;
        }
        String h = Text.comparable(story.headline());
        for (Block b : story.blocks()) {
            if (Text.comparable(b.text()).equals(h)) {
                out.add(story.deleteBlock(rule, b.index(), "The headline is repeated in the story text.", 0.98));
            }
        }
    }
}
