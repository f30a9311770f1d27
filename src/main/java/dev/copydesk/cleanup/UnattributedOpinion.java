package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's own verdict ("This is heartbreaking news", "It was a terrible decision", "What a brilliant idea")
 * that says no one holds it: a question for the editor. An opinion word merely describing something ("the shocking
 * extent of the attacks", "that dreadful record") is reporting, and left alone: on professionally edited copy
 * flagging every such word measured as noise.
 */
final class UnattributedOpinion extends ParagraphCheck {

    private final Rule rule = query("unattributed-opinion", FindingType.STYLE);
    private final Pattern opinion;
    private final Pattern attribution;

    UnattributedOpinion(WordLists lists) {
        String words = WordLists.alternation(lists.list("opinion-words"));
        opinion = Pattern.compile("\\b(?:(?:this|it|that|these|those|which)\\s+(?:is|was|are|were|has been|had been|"
                + "seems|seemed|looks|looked|remains|would be|will be)|^\\s*(?:what an?|how))\\s+"
                + "(?:(?:a|an|the|so|very|truly|simply|utterly|deeply|quite|really|just|absolutely|most|such an?)\\s+)*"
                + "(" + words + ")\\b", Pattern.CASE_INSENSITIVE);
        attribution = Pattern.compile("[\"\u201C\u201D]|\\b(" + WordLists.alternation(lists.list("attribution-words"))
                + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    void check(String b, List<Finding> out) {
        for (Text.Sentence s : Text.sentences(b)) {
            Matcher m = opinion.matcher(s.text());
            // inside a quotation the speaker is named where the quotation is
            if (m.find() && !attribution.matcher(s.text()).find() && !Text.insideQuotation(b, s.start())) {
                out.add(rule.finding(s.start(), s.end(), "Opinion (\u201c" + m.group(1) + "\u201d) with no one to"
                        + " attribute it to.", null, 0.5));
            }
        }
    }
}
