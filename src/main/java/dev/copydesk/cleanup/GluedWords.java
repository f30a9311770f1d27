package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two words run together inside a sentence: a lost full stop before a word that opens sentences
 * ({@code minutesIt was}) is restored safely; anything else is only a hint for an editor to weigh: it may be a name
 * such as {@code deGaulle} or a brand. Tags glued to a paragraph's start are {@link GluedTags}'.
 */
final class GluedWords extends ParagraphCheck {

    private static final Pattern INSIDE = Pattern.compile("(?<=[\\s\u00A0])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}*)\\b");

    private final Rule words = judgement("glued-words", FindingType.SPELLING);
    private final Rule sentences = safe("glued-sentences", FindingType.SPACING);
    private final Set<String> nameParticles;
    private final Set<String> functionWords;

    GluedWords(WordLists lists) {
        nameParticles = lists.set("name-particles");
        functionWords = lists.set("stopwords");
    }

    @Override
    void check(String b, List<Finding> out) {
        Matcher inside = INSIDE.matcher(b);
        while (inside.find()) {
            String second = inside.group(2);
            if (functionWords.contains(second.toLowerCase(Locale.ROOT)) && !second.equals("I")) {
                // "minutesIt was": a full stop and its space lost between two sentences
                out.add(sentences.finding(inside.start(2), inside.start(2), "A full stop and a space are missing "
                        + "between two sentences.", ". ", 0.85));
            } else if (second.length() >= 3 && !nameParticles.contains(inside.group(1).toLowerCase(Locale.ROOT))) {
                out.add(words.finding(inside.start(), inside.end(), "Two words run together.",
                        inside.group(1) + " " + inside.group(2), 0.6));
            }
        }
    }
}
