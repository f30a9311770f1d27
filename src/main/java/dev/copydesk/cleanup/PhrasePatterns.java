package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that come with their punctuation or their grammar: "such as ...," opens with a comma, a phrase like
 * "not least" takes a comma rather than a semicolon, "facilitate" takes no "someone to do", and an appositive
 * opened with a comma closes with one.
 */
final class PhrasePatterns extends ParagraphCheck {

    private static final Pattern SUCH_AS_WITHOUT_COMMA = Pattern.compile("(?<=\\p{L}) such as [^,.;:!?]{3,80},");
    private static final Pattern FACILITATE_TO = Pattern.compile(
            "\\b([Ff]acilitat(?:e|es|ed|ing))[\\s\u00A0]+(?:[\\p{L}-]+[\\s\u00A0]+){1,2}to\\s+\\p{Ll}+");

    private final Rule suchAs = hint("such-as-comma", FindingType.PUNCTUATION);
    private final Rule semicolon = hint("semicolon-phrase", FindingType.PUNCTUATION);
    private final Rule facilitate = hint("facilitate-to", FindingType.GRAMMAR);
    private final Rule appositive = hint("appositive-comma", FindingType.PUNCTUATION);
    private final Pattern semicolonBeforePhrase;
    private final Pattern appositiveWithoutClosingComma;

    PhrasePatterns(WordLists lists) {
        semicolonBeforePhrase = Pattern.compile(";(?=\\s+(" + WordLists.alternation(lists.list("semicolon-phrases"))
                + ")\\b)");
        List<String> nouns = new ArrayList<>(lists.list("titles"));
        nouns.addAll(lists.list("appositive-nouns"));
        appositiveWithoutClosingComma = Pattern.compile("(?i:" + WordLists.alternation(nouns)
                + "),\\s+((?:\\p{Lu}[\\p{L}\u2019'-]+\\s+){1,3})(" + WordLists.alternation(lists.list("appositive-verbs"))
                + ")\\b");
    }

    @Override
    void check(String b, List<Finding> out) {
        Matcher such = SUCH_AS_WITHOUT_COMMA.matcher(b);
        while (such.find()) {
            out.add(suchAs.finding(such.start(), such.start() + " such".length(),
                    "\u201csuch as \u2026,\u201d closes with a comma, so it should open with one.", ", such", 0.6));
        }
        Matcher semi = semicolonBeforePhrase.matcher(b);
        while (semi.find()) {
            out.add(semicolon.finding(semi.start(), semi.end(),
                    "A semicolon joins two clauses; a phrase like this takes a comma.", ",", 0.7));
        }
        Matcher f = FACILITATE_TO.matcher(b);
        while (f.find()) {
            out.add(facilitate.finding(f.start(1), f.end(1), "\u201cFacilitate\u201d takes a thing, not \u201csomeone"
                    + " to do\u201d: try \u201chelp\u201d or \u201cenable\u201d.", helpFor(f.group(1)), 0.7));
        }
        Matcher a = appositiveWithoutClosingComma.matcher(b);
        while (a.find()) {
            int nameEnd = a.end(1);
            while (nameEnd > a.start(1) && Character.isWhitespace(b.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            int lastWordStart = b.lastIndexOf(' ', nameEnd - 1) + 1;
            out.add(appositive.finding(lastWordStart, a.end(2),
                    "An appositive opened with a comma needs a closing comma before the verb.",
                    b.substring(lastWordStart, nameEnd) + ", " + a.group(2), 0.6));
        }
    }

    private static String helpFor(String facilitate) {
        String f = facilitate.toLowerCase(Locale.ROOT);
        return f.endsWith("ed") ? "helped" : f.endsWith("es") ? "helps" : f.endsWith("ing") ? "helping" : "help";
    }
}
