package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Pattern;

/** Control characters, carriage returns, zero-width spaces and byte-order marks: invisible, always removed. */
final class ControlCharacters extends StoryCheck {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\r\\u200B\\uFEFF]+");

    private final Rule rule = safe("control-character", FindingType.SPACING);

    @Override
    void check(StoryText story, List<Finding> out) {
        CONTROL.matcher(story.body()).results()
                .forEach(m -> out.add(rule.finding(m.start(), m.end(), "Invisible control characters.", null, 0.99)));
    }
}
