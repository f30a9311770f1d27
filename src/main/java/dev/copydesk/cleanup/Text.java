package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the rules: normalising, words, sentences, and whether a text is English. */
final class Text {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    /** Words that end with a full stop without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(WordLists.load("abbreviations"));
    /** Common English function words. */
    private static final Set<String> STOPWORDS = Set.copyOf(WordLists.load("stopwords"));

    private Text() {
    }

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Normalised for duplicate detection: also ignores punctuation and quote styles. */
    static String comparable(String text) {
        return normalise(text.replaceAll("[^\\p{L}\\p{N}\\s]", " "));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** True if {@code pos} in {@code block} lies inside a quotation opened before it and not yet closed. */
    static boolean insideQuotation(String block, int pos) {
        int curly = 0;
        boolean straight = false;
        for (int i = 0; i < Math.min(pos, block.length()); i++) {
            char c = block.charAt(i);
            if (c == '\u201C') {
                curly++;
            } else if (c == '\u201D') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return curly > 0 || straight;
    }

    /** @param word lower case */
    static boolean isStopword(String word) {
        return STOPWORDS.contains(word);
    }

    /** Moves a span's start in block {@code b} back over the spaces before it, so deleting it leaves no double space. */
    static int withSpaceBefore(Block b, int start) {
        int s = start;
        while (s > b.start() && isSpace(b.text().charAt(s - b.start() - 1))) {
            s--;
        }
        return s;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t' || c == '\u2007' || c == '\u202F';
    }

    /** A sentence inside a block, with offsets relative to the block. */
    record Sentence(int start, int end, String text) {
    }

    /**
     * Splits on . ! ? (optionally followed by closing quotes) followed by whitespace and an upper-case letter,
     * digit or opening quote, skipping known abbreviations and single initials.
     */
    static List<Sentence> sentences(String block) {
        List<Sentence> out = new ArrayList<>();
        int start = skipSpaces(block, 0);
        int i = start;
        int n = block.length();
        while (i < n) {
            char c = block.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isClosing(block.charAt(end))) {
                    end++;
                }
                int next = skipSpaces(block, end);
                boolean atBoundary = next > end && next < n && startsSentence(block.charAt(next));
                if (atBoundary && !(c == '.' && isAbbreviationBefore(block, i))) {
                    out.add(new Sentence(start, end, block.substring(start, end)));
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        int end = n;
        while (end > start && Character.isWhitespace(block.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, block.substring(start, end)));
        }
        return out;
    }

    /** The text ends as a sentence does: a stop, question or exclamation mark or an ellipsis, before any closers. */
    static boolean endsSentence(String text) {
        int k = text.stripTrailing().length() - 1;
        while (k > 0 && isClosing(text.charAt(k))) {
            k--;
        }
        return k >= 0 && ".!?\u2026".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018';
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i)) || i < s.length() && s.charAt(i) == '\u00A0') {
            i++;
        }
        return i;
    }

    private static boolean isAbbreviationBefore(String s, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(s.charAt(j - 1)) || s.charAt(j - 1) == '.')) {
            j--;
        }
        String word = s.substring(j, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /** Share of words that are common English function words: a cheap "is this English?" signal. */
    static double englishStopwordShare(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        long hits = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(STOPWORDS::contains).count();
        return (double) hits / words.size();
    }

    /** Latin letters among all letters: scripts such as CJK, Arabic or Hebrew are not English copy. */
    static double latinLetterShare(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }

    static boolean looksEnglish(String text) {
        return latinLetterShare(text) > 0.9 && englishStopwordShare(text) > 0.18;
    }
}
