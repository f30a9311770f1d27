package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spaces at the edge of a line, and runs of spaces, tabs or no-break spaces inside it. */
final class Spacing extends ParagraphCheck {

    private static final Pattern SPACE_RUN = Pattern.compile("[ \u00A0\t\u2007\u202F]{2,}");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[ \u00A0\t]+|[ \u00A0\t]+$");

    private final Rule edge = safe("edge-space", FindingType.SPACING);
    private final Rule run = safe("double-space", FindingType.SPACING);

    @Override
    void check(String b, List<Finding> out) {
        Matcher e = EDGE_SPACE.matcher(b);
        while (e.find()) {
            out.add(edge.finding(e.start(), e.end(), "Space at the start or end of a line.", null, 0.99));
        }
        Matcher r = SPACE_RUN.matcher(b);
        while (r.find()) {
            if (r.start() == 0 || r.end() == b.length()) {
                continue;
            }
            out.add(run.finding(r.start(), r.end(), "Several spaces (or a no-break space) where one space belongs.", " ",
                    0.99));
        }
    }
}
