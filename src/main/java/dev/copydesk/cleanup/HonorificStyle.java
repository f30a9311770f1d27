package dev.copydesk.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a story writes both "Mr" and "Mr.", the odd ones are brought in line with the house style. */
final class HonorificStyle extends StoryCheck {

    private final Rule rule = safe("honorific-style", FindingType.STYLE);
    private final boolean withStop;
    private final Pattern honorific;

    HonorificStyle(WordLists lists, HouseStyle style) {
        withStop = style == HouseStyle.AMERICAN;
        honorific = Pattern.compile("\\b(" + WordLists.alternation(lists.list("honorifics")) + ")(\\.?)(?=[\\s\u00A0]+\\p{Lu})");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        Map<Boolean, Integer> counts = new HashMap<>();
        for (Block b : story.blocks()) {
            Matcher m = honorific.matcher(b.text());
            while (m.find()) {
                counts.merge(!m.group(2).isEmpty(), 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        for (Block b : story.blocks()) {
            Matcher m = honorific.matcher(b.text());
            while (m.find()) {
                if (!m.group(2).isEmpty() != withStop) {
                    String fixed = m.group(1) + (withStop ? "." : "");
                    out.add(rule.finding(b.start() + m.start(), b.start() + m.end(), "The story writes both \u201c"
                            + m.group(1) + "\u201d and \u201c" + m.group(1) + ".\u201d; house style is \u201c" + fixed
                            + "\u201d.", fixed, 0.9));
                }
            }
        }
    }
}
