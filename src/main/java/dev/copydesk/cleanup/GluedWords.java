package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scraped tag glued to the start of a paragraph ({@code russiaThe} becomes {@code The}: safe), and two words
 * run together inside a sentence (only a hint: it may be a name such as {@code deGaulle} or a brand).
 */
final class GluedWords extends ParagraphCheck {

    private static final Pattern AT_START = Pattern.compile("^(\\p{Ll}{3,})(?=\\p{Lu}\\p{Ll}+\\b)");
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\s\u00A0])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})\\b");

    private final Rule label = safe("glued-label", FindingType.SPELLING);
    private final Rule words = hint("glued-words", FindingType.SPELLING);
    private final Set<String> nameParticles;

    GluedWords(WordLists lists) {
        nameParticles = lists.set("name-particles");
    }

    @Override
    void check(String b, List<Finding> out) {
        Matcher start = AT_START.matcher(b);
        if (start.find()) {
            out.add(label.finding(start.start(1), start.end(1),
                    "A stray word is glued to the start of the paragraph (a scraped tag or label).", null, 0.8));
        }
        Matcher inside = INSIDE.matcher(b);
        while (inside.find()) {
            if (!nameParticles.contains(inside.group(1).toLowerCase(Locale.ROOT))) {
                out.add(words.finding(inside.start(), inside.end(), "Two words run together.",
                        inside.group(1) + " " + inside.group(2), 0.6));
            }
        }
    }
}
