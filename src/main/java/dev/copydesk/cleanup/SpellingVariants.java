package dev.copydesk.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * American and British spellings of the same words ({@code spelling-variants.txt}, base forms; inflections are
 * derived), and which variant a story uses, from its own lower-case words.
 */
final class SpellingVariants {

    enum Variant {
        AMERICAN, BRITISH
    }

    /** A word of one variant, and the same word in the other. */
    record Form(String word, Variant variant, String other) {
    }

    /** How many words of each variant a story has; {@link #majority()} is empty when it has none or a tie. */
    record Evidence(int american, int british) {

        Optional<Variant> majority() {
            return american > british ? Optional.of(Variant.AMERICAN)
                    : british > american ? Optional.of(Variant.BRITISH) : Optional.empty();
        }

        boolean mixed() {
            return american > 0 && british > 0;
        }
    }

    /** A lower-case word standing alone (not part of a name, a number or a hyphenated compound). */
    static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])\\p{Ll}+(?![\\p{L}\\p{N}-])");
    /** Suffix stripped, whether an "e" is put back on the stem, the suffix as it is re-added. */
    private static final List<String[]> SUFFIXES = List.of(new String[] {"", "", ""}, new String[] {"s", "", "s"},
            new String[] {"d", "", "d"}, new String[] {"ed", "", "ed"}, new String[] {"ed", "e", "ed"},
            new String[] {"ing", "", "ing"}, new String[] {"ing", "e", "ing"}, new String[] {"ation", "e", "ation"},
            new String[] {"ations", "e", "ations"}, new String[] {"er", "", "er"}, new String[] {"ers", "", "ers"},
            new String[] {"ly", "", "ly"});

    private final Map<String, String> americanToBritish;
    private final Map<String, String> britishToAmerican = new HashMap<>();

    SpellingVariants(WordLists lists) {
        americanToBritish = lists.pairs("spelling-variants");
        americanToBritish.forEach((us, uk) -> britishToAmerican.put(uk, us));
    }

    /** The word as one variant's spelling, with the other's; empty if it is spelt the same in both. */
    Optional<Form> form(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String[] s : SUFFIXES) {
            if (!w.endsWith(s[0]) || w.length() - s[0].length() < 3) {
                continue;
            }
            String stem = w.substring(0, w.length() - s[0].length()) + s[1];
            String uk = americanToBritish.get(stem);
            if (uk != null) {
                return Optional.of(new Form(w, Variant.AMERICAN, inflect(uk, s)));
            }
            String us = britishToAmerican.get(stem);
            if (us != null) {
                return Optional.of(new Form(w, Variant.BRITISH, inflect(us, s)));
            }
        }
        return Optional.empty();
    }

    private static String inflect(String base, String[] suffix) {
        if (suffix[2].equals("d") && !base.endsWith("e")) {
            return base + "ed"; // centred, centered
        }
        String stem = !suffix[1].isEmpty() && base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        return stem + suffix[2];
    }

    /** The story's own evidence: its lower-case words of either variant (names and headings say nothing). */
    Evidence evidence(String text) {
        int us = 0;
        int uk = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Optional<Form> f = form(m.group());
            if (f.isPresent()) {
                if (f.get().variant() == Variant.AMERICAN) {
                    us++;
                } else {
                    uk++;
                }
            }
        }
        return new Evidence(us, uk);
    }
}
