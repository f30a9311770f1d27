package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that come with their punctuation or their grammar: an inserted "such as ...," that the sentence goes on
 * after opens with a comma ("Services such as water, remain cut off"), but not a list ("such as France, Germany and
 * Spain") nor an introductory phrase ("In cities such as Leeds, the buses run late"); a phrase like "not least"
 * takes a comma rather than a semicolon; "facilitate" takes a thing, so "facilitated them (or a name) to gain" wants
 * "helped", while "facilitated the transfer to hospital" is fine; an appositive opened with a comma closes with one.
 */
final class PhrasePatterns extends ParagraphCheck {

    /** "such as" + the example, its closing comma, and the word after it, up to the end of the clause. */
    private static final Pattern SUCH_AS = Pattern.compile(
            "(?<=\\p{L}) such as [^,.;:!?]{3,80},[\\s\u00A0]+(\\p{L}+)([^.;:!?]*)");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?][\"\u201D\u2019]?[\\s\u00A0]+)(\\p{L}+)");

    private final Rule suchAs = hint("such-as-comma", FindingType.PUNCTUATION);
    private final Rule semicolon = hint("semicolon-phrase", FindingType.PUNCTUATION);
    private final Rule facilitate = hint("facilitate-to", FindingType.GRAMMAR);
    private final Rule appositive = hint("appositive-comma", FindingType.PUNCTUATION);
    private final Set<String> clauseOpeners;
    private final Set<String> frontingWords;
    private final Pattern facilitateTo;
    private final Set<String> stopwords;
    private final Pattern semicolonBeforePhrase;
    private final Pattern appositiveWithoutClosingComma;

    PhrasePatterns(WordLists lists) {
        clauseOpeners = lists.set("clause-openers");
        frontingWords = lists.set("fronting-words");
        stopwords = lists.set("stopwords");
        String name = "\\p{Lu}[\\p{L}-]*";
        facilitateTo = Pattern.compile("\\b([Ff]acilitat(?:e|es|ed|ing))[\\s\u00A0]+(?:(?i:"
                + WordLists.alternation(lists.list("object-pronouns")) + ")|" + name + "(?:[\\s\u00A0]+" + name
                + ")?)[\\s\u00A0]+to[\\s\u00A0]+(\\p{Ll}+)\\b");
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
        Matcher such = SUCH_AS.matcher(b);
        while (such.find()) {
            if (insertedSuchAs(b, such)) {
                out.add(suchAs.finding(such.start(), such.start() + " such".length(),
                        "\u201csuch as \u2026,\u201d closes with a comma, so it should open with one.", ", such", 0.6));
            }
        }
        Matcher semi = semicolonBeforePhrase.matcher(b);
        while (semi.find()) {
            out.add(semicolon.finding(semi.start(), semi.end(),
                    "A semicolon joins two clauses; a phrase like this takes a comma.", ",", 0.7));
        }
        Matcher f = facilitateTo.matcher(b);
        while (f.find()) {
            if (stopwords.contains(f.group(2))) {
                continue; // "facilitated them to the border": a destination, not "someone to do"
            }
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

    /**
     * True if the comma after "such as ..." goes back to the main clause, which then goes on: a lower-case word that
     * opens no new clause and no list follows, and the sentence does not open with an introductory phrase.
     */
    private boolean insertedSuchAs(String b, Matcher such) {
        String next = such.group(1);
        if (!Character.isLowerCase(next.charAt(0)) || clauseOpeners.contains(next.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String rest = " " + such.group(2) + " ";
        if (rest.contains(" and ") || rest.contains(" or ")) {
            return false; // "such as apples, pears and plums": the comma is the list's
        }
        String first = null;
        int firstAt = 0;
        Matcher start = SENTENCE_START.matcher(b.substring(0, such.start()));
        while (start.find()) {
            first = start.group(1);
            firstAt = start.start(1);
        }
        // "In cities such as Leeds, the buses…": the introductory phrase runs into "such as" and its comma ends it;
        // "Although the deal took effect, terms such as aid, were not met": that comma closed it already
        boolean fronted = first != null && frontingWords.contains(first.toLowerCase(Locale.ROOT))
                && b.substring(firstAt, such.start()).indexOf(',') < 0;
        return !fronted;
    }

    private static String helpFor(String facilitate) {
        String f = facilitate.toLowerCase(Locale.ROOT);
        return f.endsWith("ed") ? "helped" : f.endsWith("es") ? "helps" : f.endsWith("ing") ? "helping" : "help";
    }
}
