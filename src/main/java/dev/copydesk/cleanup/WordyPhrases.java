package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code in order to} where {@code to} says the same. */
final class WordyPhrases extends ParagraphCheck {

    private final Rule rule = hint("wordy-phrase", FindingType.STYLE);
    private final Map<String, String> plainFor;
    private final Pattern wordy;

    WordyPhrases(WordLists lists) {
        plainFor = lists.pairs("wordy-phrases");
        wordy = Pattern.compile("\\b(" + WordLists.alternation(plainFor.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    void check(String b, List<Finding> out) {
        wordy.matcher(b).results().forEach(m -> {
            String plain = plainFor.get(m.group(1).toLowerCase(Locale.ROOT));
            // "Prior to the vote" becomes "Before the vote": the replacement keeps the phrase's capital
            String replacement = Character.isUpperCase(m.group(1).charAt(0))
                    ? Character.toUpperCase(plain.charAt(0)) + plain.substring(1) : plain;
            out.add(rule.finding(m.start(), m.end(), "Wordy: \u201c" + plain + "\u201d says the same.", replacement,
                    0.6));
        });
    }
}
