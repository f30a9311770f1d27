package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence of opinion ("a shocking decision") that says no one holds it: a question for the editor. */
final class UnattributedOpinion extends ParagraphCheck {

    private final Rule rule = query("unattributed-opinion", FindingType.STYLE);
    private final Pattern opinion;
    private final Pattern attribution;

    UnattributedOpinion(WordLists lists) {
        opinion = Pattern.compile("\\b(" + WordLists.alternation(lists.list("opinion-words")) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        attribution = Pattern.compile("[\"\u201C\u201D]|\\b(" + WordLists.alternation(lists.list("attribution-words"))
                + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    void check(String b, List<Finding> out) {
        for (Text.Sentence s : Text.sentences(b)) {
            Matcher m = opinion.matcher(s.text());
            // inside a quotation the speaker is named where the quotation is
            if (m.find() && !attribution.matcher(s.text()).find() && !Text.insideQuotation(b, s.start())) {
                out.add(rule.finding(s.start(), s.end(), "Opinion (\u201c" + m.group() + "\u201d) with no one to"
                        + " attribute it to.", null, 0.5));
            }
        }
    }
}
