package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Churkin said:" at the end of a paragraph, with no quotation after it. */
final class DanglingAttributions extends StoryCheck {

    private static final Pattern STARTS_WITH_QUOTE = Pattern.compile("^\\s*[\"\u201C\u2018\u2014\u2013-]");

    private final Rule rule = hint("dangling-attribution", FindingType.STYLE);
    private final Pattern dangling;

    DanglingAttributions(WordLists lists) {
        dangling = Pattern.compile("((?:\\p{Lu}[\\p{L}\u2019'-]+\\s+){0,3})("
                + WordLists.alternation(lists.list("dangling-attribution-verbs")) + ")\\s*:\\s*$");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Matcher m = dangling.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            boolean quoteFollows = i + 1 < blocks.size() && STARTS_WITH_QUOTE.matcher(blocks.get(i + 1).text()).find();
            if (!quoteFollows) {
                out.add(rule.finding(Text.withSpaceBefore(b, b.start() + m.start()), b.start() + m.end(),
                        "Attribution with nothing after it: the quotation is missing.", null, 0.7));
            }
        }
    }
}
