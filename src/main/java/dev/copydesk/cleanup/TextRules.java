package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that look at one block (paragraph) at a time, so their results can be cached by the block's text.
 * Offsets are relative to the block.
 */
final class TextRules {

    private static final Pattern SPACE_RUN = Pattern.compile("[ \u00A0\t\u2007\u202F]{2,}");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[ \u00A0\t]+|[ \u00A0\t]+$");
    private static final Pattern NO_SPACE_AFTER_STOP = Pattern.compile(
            "(?<=\\p{Ll}{2}|\\p{Ll}[\u201D\"\u2019)])([.!?][\u201D\"\u2019)]?)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern NO_SPACE_AFTER_COMMA = Pattern.compile("(?<=\\p{Ll}{2}),(?=\\p{L}{2})");
    private static final Pattern NO_SPACE_AFTER_QUOTE = Pattern.compile("(?<=\\p{Ll}[.,!?]?)\u201D(?=\\p{L})");
    private static final Pattern NO_SPACE_BEFORE_QUOTE = Pattern.compile("(?<=\\p{Ll})[.!?](?=\u201C\\p{Lu})");
    private static final Pattern GLUED_AT_START = Pattern.compile("^(\\p{Ll}{3,})(?=\\p{Lu}\\p{Ll}+\\b)");
    private static final Pattern GLUED_INSIDE = Pattern.compile("(?<=[\\s\u00A0])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})\\b");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "van", "von", "le",
            "la", "mac", "ibn", "bin", "bint", "dos", "das", "der", "den", "ter", "ten");
    private static final Pattern TRUNCATED_INITIALISM = Pattern.compile("\\b(U\\.N|U\\.S|U\\.K|E\\.U|D\\.C)(?![.\\p{L}])");
    private static final Pattern DEMONYM_POSSESSIVE;
    private static final Map<String, String> COUNTRY_OF = Map.ofEntries(
            Map.entry("Russian", "Russia"), Map.entry("American", "America"), Map.entry("British", "Britain"),
            Map.entry("French", "France"), Map.entry("German", "Germany"), Map.entry("Chinese", "China"),
            Map.entry("Syrian", "Syria"), Map.entry("Iranian", "Iran"), Map.entry("Iraqi", "Iraq"),
            Map.entry("Israeli", "Israel"), Map.entry("Turkish", "Turkey"), Map.entry("Ukrainian", "Ukraine"),
            Map.entry("Italian", "Italy"), Map.entry("Spanish", "Spain"), Map.entry("Japanese", "Japan"),
            Map.entry("Indian", "India"), Map.entry("Pakistani", "Pakistan"), Map.entry("Egyptian", "Egypt"),
            Map.entry("Saudi", "Saudi Arabia"), Map.entry("Canadian", "Canada"), Map.entry("Mexican", "Mexico"),
            Map.entry("Brazilian", "Brazil"), Map.entry("Australian", "Australia"), Map.entry("Polish", "Poland"),
            Map.entry("Dutch", "the Netherlands"), Map.entry("Swedish", "Sweden"), Map.entry("Norwegian", "Norway"),
            Map.entry("Greek", "Greece"), Map.entry("Korean", "Korea"), Map.entry("Afghan", "Afghanistan"),
            Map.entry("Lebanese", "Lebanon"), Map.entry("Jordanian", "Jordan"), Map.entry("Libyan", "Libya"),
            Map.entry("Nigerian", "Nigeria"), Map.entry("Kenyan", "Kenya"), Map.entry("Venezuelan", "Venezuela"),
            Map.entry("Argentine", "Argentina"), Map.entry("Cuban", "Cuba"), Map.entry("Yemeni", "Yemen"),
            Map.entry("Palestinian", "Palestine"), Map.entry("Qatari", "Qatar"), Map.entry("Irish", "Ireland"));
    private static final Pattern DOUBLE_CONNECTIVE = Pattern.compile(
            "\\b(But|And|Yet|So)\\b([^.!?;]{0,60}?)\\b([Hh]owever|[Nn]evertheless|[Nn]onetheless)\\b,?");
    private static final Map<String, String> WORDY = Map.of(
            "with the assistance of", "with", "in order to", "to", "at this point in time", "now",
            "due to the fact that", "because", "in the event that", "if", "prior to", "before",
            "in spite of the fact that", "although", "for the purpose of", "to", "in the vicinity of", "near");
    private static final Pattern WORDY_PHRASE = Pattern.compile("\\b(" + String.join("|", WORDY.keySet()) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUCH_AS_WITHOUT_COMMA = Pattern.compile("(?<=\\p{L}) such as [^,.;:!?]{3,80},");
    private static final Pattern SEMICOLON_BEFORE_PHRASE = Pattern.compile(
            ";(?=\\s+(not least|particularly|especially|including|notably|such as)\\b)");
    private static final Pattern FACILITATE_TO = Pattern.compile(
            "\\b([Ff]acilitat(?:e|es|ed|ing))[\\s\u00A0]+(?:[\\p{L}-]+[\\s\u00A0]+){1,2}to\\s+\\p{Ll}+");
    private static final Pattern HONORIFIC_LOWERCASE = Pattern.compile("\\b(Mr|Mrs|Ms|Dr)\\.?[\\s\u00A0]+(\\p{Ll}+)\\b");
    private static final Set<String> NOT_NAMES = Set.of("and", "or", "of", "the", "to", "for", "is", "was", "has",
            "had", "said", "says", "who", "whose", "would", "will", "could", "also", "himself", "herself", "in", "on",
            "at", "as", "by", "with", "did", "does");
    private static final String TITLES = "Ambassador|President|Minister|Secretary|Senator|Governor|Chancellor|Director"
            + "|Chairman|Chairwoman|Chairperson|Spokesman|Spokeswoman|Spokesperson|General|Mayor|Envoy|Commissioner"
            + "|Ambassadors|Chief|Prosecutor|Judge|Premier";
    private static final Pattern TITLE_BEFORE_COMMA_NAME = Pattern.compile(
            "(?<=[\\p{L}\u2019']\\s)(" + TITLES + "),\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");
    private static final Pattern APPOSITIVE_WITHOUT_CLOSING_COMMA = Pattern.compile(
            "(?i:" + TITLES + "|spokesman|spokeswoman|spokesperson|envoy|official|leader|head|chief|minister"
            + "|director|analyst|expert|source|lawyer|colleague|counterpart),\\s+((?:\\p{Lu}[\\p{L}\u2019'-]+\\s+){1,3})"
            + "(said|says|told|added|warned|argued|claimed|insisted)\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(heartbreaking|tragic|shocking|dreadful|disgraceful"
            + "|outrageous|appalling|horrific|terrible|embarrassing|shameful|disastrous|brilliant|fantastic|wonderful"
            + "|despicable|heroic|cowardly|stupid|pathetic)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile("[\"\u201C\u201D]|\\b(said|says|told|according to"
            + "|described|called|claimed|argued|wrote|added)\\b", Pattern.CASE_INSENSITIVE);

    static {
        DEMONYM_POSSESSIVE = Pattern.compile("\\b(" + String.join("|", COUNTRY_OF.keySet()) + ")(\u2019s|'s)(?=\\s+"
                + "(?:U\\.?N\\.?|UN|\\p{Ll}+))");
    }

    private TextRules() {
    }

    /** All per-block rules. {@code english} switches the English-only rules on. */
    static List<Finding> check(String block, HouseStyle style, boolean english) {
        List<Finding> out = new ArrayList<>();
        spacing(block, out);
        missingSpaces(block, out);
        if (!english) {
            return out;
        }
        gluedWords(block, out);
        truncatedInitialisms(block, style, out);
        demonymPossessives(block, out);
        doubleConnectives(block, out);
        wordyPhrases(block, out);
        punctuationPatterns(block, out);
        titles(block, out);
        honorificBeforeLowercase(block, out);
        missingFinalStop(block, out);
        unattributedOpinion(block, out);
        return out;
    }

    private static void spacing(String b, List<Finding> out) {
        Matcher edge = EDGE_SPACE.matcher(b);
        while (edge.find()) {
            out.add(Finding.safe(FindingType.SPACING, edge.start(), edge.end(), "Space at the start or end of a line.",
                    null, "edge-space", 0.99));
        }
        Matcher run = SPACE_RUN.matcher(b);
        while (run.find()) {
            if (run.start() == 0 || run.end() == b.length()) {
                continue;
            }
            out.add(Finding.safe(FindingType.SPACING, run.start(), run.end(),
                    "Several spaces (or a no-break space) where one space belongs.", " ", "double-space", 0.99));
        }
    }

    private static void missingSpaces(String b, List<Finding> out) {
        for (Pattern p : List.of(NO_SPACE_AFTER_STOP, NO_SPACE_AFTER_COMMA, NO_SPACE_AFTER_QUOTE,
                NO_SPACE_BEFORE_QUOTE)) {
            Matcher m = p.matcher(b);
            while (m.find()) {
                if (insideUrlOrEmail(b, m.start())) {
                    continue;
                }
                out.add(Finding.safe(FindingType.SPACING, m.start(), m.end(), "Missing space after punctuation.",
                        m.group() + " ", "missing-space", 0.95));
            }
        }
    }

    private static boolean insideUrlOrEmail(String b, int pos) {
        int s = pos;
        while (s > 0 && !Character.isWhitespace(b.charAt(s - 1))) {
            s--;
        }
        int e = pos;
        while (e < b.length() && !Character.isWhitespace(b.charAt(e))) {
            e++;
        }
        String token = b.substring(s, e).toLowerCase(Locale.ROOT);
        return token.contains("@") || token.contains("www") || token.contains("://") || token.matches(".*\\.(com|org|net|co|uk|io)\\b.*");
    }

    private static void gluedWords(String b, List<Finding> out) {
        Matcher start = GLUED_AT_START.matcher(b);
        if (start.find()) {
            out.add(Finding.safe(FindingType.SPELLING, start.start(1), start.end(1),
                    "A stray word is glued to the start of the paragraph (a scraped tag or label).", null,
                    "glued-label", 0.8));
        }
        Matcher inside = GLUED_INSIDE.matcher(b);
        while (inside.find()) {
            if (NAME_PARTICLES.contains(inside.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(Finding.hint(FindingType.SPELLING, inside.start(), inside.end(),
                    "Two words run together.", inside.group(1) + " " + inside.group(2), "glued-words", 0.6));
        }
    }

    private static void truncatedInitialisms(String b, HouseStyle style, List<Finding> out) {
        Matcher m = TRUNCATED_INITIALISM.matcher(b);
        while (m.find()) {
            String fixed = style == HouseStyle.BRITISH ? m.group(1).replace(".", "") : m.group(1) + ".";
            out.add(Finding.safe(FindingType.PUNCTUATION, m.start(), m.end(),
                    "Truncated abbreviation \u201c" + m.group(1) + "\u201d.", fixed, "truncated-abbreviation", 0.9));
        }
    }

    private static void demonymPossessives(String b, List<Finding> out) {
        Matcher m = DEMONYM_POSSESSIVE.matcher(b);
        while (m.find()) {
            String country = COUNTRY_OF.get(m.group(1));
            out.add(Finding.hint(FindingType.GRAMMAR, m.start(), m.end(),
                    "\u201c" + m.group() + "\u201d reads as one " + m.group(1) + " person's; the country is "
                            + country + ".", country + m.group(2), "demonym-possessive", 0.7));
        }
    }

    private static void doubleConnectives(String b, List<Finding> out) {
        for (Text.Sentence s : Text.sentences(b)) {
            Matcher m = DOUBLE_CONNECTIVE.matcher(s.text());
            if (m.find() && m.start() == 0) {
                out.add(Finding.query(FindingType.STYLE, s.start() + m.start(), s.start() + m.end(),
                        "Two connectives in one sentence (\u201c" + m.group(1) + "\u201d and \u201c" + m.group(3)
                                + "\u201d): keep one.", "double-connective", 0.7));
            }
        }
    }

    private static void wordyPhrases(String b, List<Finding> out) {
        Matcher m = WORDY_PHRASE.matcher(b);
        while (m.find()) {
            String plain = WORDY.get(m.group(1).toLowerCase(Locale.ROOT));
            out.add(Finding.hint(FindingType.STYLE, m.start(), m.end(),
                    "Wordy: \u201c" + plain + "\u201d says the same.", plain, "wordy-phrase", 0.6));
        }
    }

    private static void punctuationPatterns(String b, List<Finding> out) {
        Matcher such = SUCH_AS_WITHOUT_COMMA.matcher(b);
        while (such.find()) {
            out.add(Finding.hint(FindingType.PUNCTUATION, such.start(), such.start() + " such".length(),
                    "\u201csuch as \u2026,\u201d closes with a comma, so it should open with one.", ", such",
                    "such-as-comma", 0.6));
        }
        Matcher semi = SEMICOLON_BEFORE_PHRASE.matcher(b);
        while (semi.find()) {
            out.add(Finding.hint(FindingType.PUNCTUATION, semi.start(), semi.end(),
                    "A semicolon joins two clauses; a phrase like this takes a comma.", ",", "semicolon-phrase", 0.7));
        }
        Matcher facilitate = FACILITATE_TO.matcher(b);
        while (facilitate.find()) {
            out.add(Finding.hint(FindingType.GRAMMAR, facilitate.start(1), facilitate.end(1),
                    "\u201cFacilitate\u201d takes a thing, not \u201csomeone to do\u201d: try \u201chelp\u201d or"
                            + " \u201cenable\u201d.", helpFor(facilitate.group(1)), "facilitate-to", 0.7));
        }
        Matcher appositive = APPOSITIVE_WITHOUT_CLOSING_COMMA.matcher(b);
        while (appositive.find()) {
            int nameEnd = appositive.end(1);
            while (nameEnd > appositive.start(1) && Character.isWhitespace(b.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            int lastWordStart = b.lastIndexOf(' ', nameEnd - 1) + 1;
            out.add(Finding.hint(FindingType.PUNCTUATION, lastWordStart, appositive.end(2),
                    "An appositive opened with a comma needs a closing comma before the verb.",
                    b.substring(lastWordStart, nameEnd) + ", " + appositive.group(2), "appositive-comma", 0.6));
        }
    }

    private static String helpFor(String facilitate) {
        String f = facilitate.toLowerCase(Locale.ROOT);
        return f.endsWith("ed") ? "helped" : f.endsWith("es") ? "helps" : f.endsWith("ing") ? "helping" : "help";
    }

    private static void titles(String b, List<Finding> out) {
        Matcher m = TITLE_BEFORE_COMMA_NAME.matcher(b);
        while (m.find()) {
            out.add(Finding.hint(FindingType.STYLE, m.start(1), m.end(1),
                    "A title is capitalised only directly before a name; here it is set off by a comma.",
                    m.group(1).toLowerCase(Locale.ROOT), "title-case", 0.6));
        }
    }

    private static void honorificBeforeLowercase(String b, List<Finding> out) {
        Matcher m = HONORIFIC_LOWERCASE.matcher(b);
        while (m.find()) {
            if (NOT_NAMES.contains(m.group(2))) {
                continue;
            }
            out.add(Finding.hint(FindingType.GRAMMAR, m.start(2), m.end(2),
                    "\u201c" + m.group(1) + "\u201d is followed by a lower-case word: a name missing its capital?",
                    Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1), "honorific-lowercase", 0.5));
        }
    }

    /** A paragraph of running text that ends without a full stop. Headings and short lines are left alone. */
    private static void missingFinalStop(String b, List<Finding> out) {
        String t = b.stripTrailing();
        if (t.isEmpty() || !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
            return;
        }
        List<String> words = Text.words(t);
        long lowercase = words.stream().filter(w -> Character.isLowerCase(w.charAt(0))).count();
        if (words.size() < 6 || lowercase * 2 < words.size() || !Character.isUpperCase(t.strip().charAt(0))) {
            return;
        }
        int lastStart = t.length();
        while (lastStart > 0 && !Character.isWhitespace(t.charAt(lastStart - 1))) {
            lastStart--;
        }
        String last = t.substring(lastStart);
        out.add(Finding.hint(FindingType.PUNCTUATION, lastStart, t.length(), "The paragraph ends without a full stop.",
                last.endsWith(".") ? last : last + ".", "missing-final-stop", 0.6));
    }

    private static void unattributedOpinion(String b, List<Finding> out) {
        for (Text.Sentence s : Text.sentences(b)) {
            Matcher opinion = OPINION.matcher(s.text());
            if (opinion.find() && !ATTRIBUTION.matcher(s.text()).find()) {
                out.add(Finding.query(FindingType.STYLE, s.start(), s.end(),
                        "Opinion (\u201c" + opinion.group() + "\u201d) with no one to attribute it to.",
                        "unattributed-opinion", 0.5));
            }
        }
    }
}
