package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** "the President, Emmanuel Macron": a title is capitalised only directly before a name. */
final class TitleCase extends ParagraphCheck {

    private final Rule rule = hint("title-case", FindingType.STYLE);
    private final Pattern titleBeforeCommaName;

    TitleCase(WordLists lists) {
        titleBeforeCommaName = Pattern.compile("(?<=[\\p{L}\u2019']\\s)(" + WordLists.alternation(lists.list("titles"))
                + "),\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");
    }

    @Override
    void check(String b, List<Finding> out) {
        titleBeforeCommaName.matcher(b).results().forEach(m -> out.add(rule.finding(m.start(1), m.end(1),
                "A title is capitalised only directly before a name; here it is set off by a comma.",
                m.group(1).toLowerCase(Locale.ROOT), 0.6)));
    }
}
