package dev.copydesk.cleanup;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Mr smith": an honorific before a lower-case word is probably a name that lost its capital. */
final class HonorificLowercase extends ParagraphCheck {

    private final Rule rule = hint("honorific-lowercase", FindingType.GRAMMAR);
    private final Pattern honorificLowercase;
    private final Set<String> notNames;

    HonorificLowercase(WordLists lists) {
        honorificLowercase = Pattern.compile("\\b(" + WordLists.alternation(lists.list("honorifics"))
                + ")\\.?[\\s\u00A0]+(\\p{Ll}+)\\b");
        notNames = lists.set("not-names");
    }

    @Override
    void check(String b, List<Finding> out) {
        Matcher m = honorificLowercase.matcher(b);
        while (m.find()) {
            if (!notNames.contains(m.group(2))) {
                out.add(rule.finding(m.start(2), m.end(2), "\u201c" + m.group(1)
                        + "\u201d is followed by a lower-case word: a name missing its capital?",
                        Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1), 0.5));
            }
        }
    }
}
