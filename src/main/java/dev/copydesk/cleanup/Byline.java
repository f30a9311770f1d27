package dev.copydesk.cleanup;

import java.util.List;
import java.util.Optional;

/**
 * A byline left in the body ("By Jane Doe -", "Jane Doe, Reuters", "Written by …"; see {@link Bylines}) among the
 * first three paragraphs left: it belongs in the byline field, so autoclean takes it out of the body and hands it
 * over, cleaned of stray punctuation ({@link Autoclean.Result#byline()}).
 */
final class Byline extends StoryCheck {

    private static final int PARAGRAPHS = 3;

    private final Rule rule = declare(new Rule("byline-line", FindingType.STYLE, Rule.Nature.SAFE,
            Rule.Effect.MOVES_BYLINE));
    private final Bylines bylines;

    Byline(WordLists lists) {
        bylines = new Bylines(lists);
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        int seen = 0;
        for (Block b : story.blocks()) {
            if (story.isRemoved(b.index())) {
                continue;
            }
            if (seen++ >= PARAGRAPHS) {
                return;
            }
            Optional<String> byline = bylines.find(b.text(), seen <= 2);
            if (byline.isPresent()) {
                out.add(story.deleteBlock(rule, b.index(), "A byline in the text: it belongs in the byline field (\u201c"
                        + byline.get() + "\u201d).", 0.95));
                return;
            }
        }
    }
}
