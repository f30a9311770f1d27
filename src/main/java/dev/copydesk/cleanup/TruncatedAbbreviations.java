package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** An abbreviation that lost its last full stop ({@code U.N}): {@code UN} in British style, {@code U.N.} in American. */
final class TruncatedAbbreviations extends ParagraphCheck {

    private final Rule rule = safe("truncated-abbreviation", FindingType.PUNCTUATION);
    private final HouseStyle style;
    private final Pattern truncated;

    TruncatedAbbreviations(WordLists lists, HouseStyle style) {
        this.style = style;
        truncated = Pattern.compile("\\b(" + WordLists.alternation(lists.list("truncated-abbreviations"))
                + ")(?![.\\p{L}])");
    }

    @Override
    void check(String b, List<Finding> out) {
        for (MatchResult m : truncated.matcher(b).results().toList()) {
            String abbreviation = m.group(1);
            String fixed = style != HouseStyle.AMERICAN ? abbreviation.replace(".", "") : abbreviation + ".";
            out.add(rule.finding(m.start(), m.end(), "Truncated abbreviation \u201c" + abbreviation + "\u201d.", fixed,
                    0.9));
        }
    }
}
