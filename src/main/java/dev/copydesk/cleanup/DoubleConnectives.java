package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "But ... however" in one sentence: one connective too many. A question, since either may go. */
final class DoubleConnectives extends ParagraphCheck {

    private final Rule rule = query("double-connective", FindingType.STYLE);
    private final Pattern doubled;

    DoubleConnectives(WordLists lists) {
        List<String> adverbs = lists.list("contrast-adverbs").stream()
                .map(w -> "[" + Character.toUpperCase(w.charAt(0)) + w.charAt(0) + "]" + w.substring(1)).toList();
        doubled = Pattern.compile("\\b(" + WordLists.alternation(lists.list("connective-openers"))
                + ")\\b([^.!?;]{0,60}?)\\b(" + String.join("|", adverbs) + ")\\b,?");
    }

    @Override
    void check(String b, List<Finding> out) {
        for (Text.Sentence s : Text.sentences(b)) {
            Matcher m = doubled.matcher(s.text());
            if (m.find() && m.start() == 0) {
                out.add(rule.finding(s.start() + m.start(), s.start() + m.end(), "Two connectives in one sentence (\u201c"
                        + m.group(1) + "\u201d and \u201c" + m.group(3) + "\u201d): keep one.", null, 0.7));
            }
        }
    }
}
