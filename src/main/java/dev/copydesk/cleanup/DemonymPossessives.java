package dev.copydesk.cleanup;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code Russian's UN envoy} reads as one Russian person's: the country is Russia. */
final class DemonymPossessives extends ParagraphCheck {

    private final Rule rule = hint("demonym-possessive", FindingType.GRAMMAR);
    private final Pattern possessive;
    /** Each demonym with its country. */
    private final Map<String, String> countryOf;

    DemonymPossessives(WordLists lists) {
        countryOf = lists.pairs("demonyms");
        possessive = Pattern.compile("\\b(" + WordLists.alternation(countryOf.keySet()) + ")(\u2019s|'s)(?=\\s+"
                + "(?:U\\.?N\\.?|UN|\\p{Ll}+))");
    }

    @Override
    void check(String b, List<Finding> out) {
        possessive.matcher(b).results().forEach(m -> {
            String country = countryOf.get(m.group(1));
            out.add(rule.finding(m.start(), m.end(), "\u201c" + m.group() + "\u201d reads as one " + m.group(1)
                    + " person's; the country is " + country + ".", country + m.group(2), 0.7));
        });
    }
}
