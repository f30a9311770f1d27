package dev.copydesk.cleanup.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counts, tokens and sentence spans for the benchmark: deliberately simple and independent of the engine. */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "sgt", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "fig", "vol", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
            "oct", "nov", "dec", "mt", "rev", "hon", "est");

    private Words() {
    }

    /** Whitespace as the benchmark sees it: also no-break and other Unicode spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Words: runs of white space-separated text holding at least one letter or digit. */
    public static int count(String text) {
        int n = 0;
        for (String t : text.split("[\\s\\u00a0\\u2000-\\u200b\\u202f]+")) {
            if (WORD.matcher(t).find()) {
                n++;
            }
        }
        return n;
    }

    /** Lower-cased runs of letters and digits (punctuation and apostrophes split words): for n-grams. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Lower-cased ASCII letters and digits only, for finding the aligned corpus's damaged sentences in the stories. */
    public static String letters(String text) {
        return letters(text, null);
    }

    /** As {@link #letters(String)}; {@code index} (if given) receives, per output char, its offset in {@code text}. */
    static String letters(String text, List<Integer> index) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                if (index != null) {
                    index.add(i);
                }
            }
        }
        return out.toString();
    }

    /** A span [start, end) in some text. */
    public record Span(int start, int end) {

        public int length() {
            return end - start;
        }
    }

    /**
     * The sentences of one paragraph: a sentence ends at {@code . ! ?} (and any closing quotes or brackets) followed by
     * one space and a capital letter, digit or opening quote, unless the full stop closes an abbreviation or an
     * initial ("George W. Bush").
     */
    public static List<Span> sentences(String p) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < p.length() && isSpace(p.charAt(start))) {
            start++;
        }
        for (int i = start; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && "”’\"')]".indexOf(p.charAt(end)) >= 0) {
                end++;
            }
            if (end + 1 >= p.length() || p.charAt(end) != ' ') {
                continue;
            }
            char next = p.charAt(end + 1);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || "“‘\"'".indexOf(next) >= 0)) {
                continue;
            }
            if (c == '.' && isAbbreviation(p, i)) {
                continue;
            }
            out.add(new Span(start, end));
            start = end + 1;
        }
        if (start < p.length()) {
            int end = p.length();
            while (end > start && isSpace(p.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    private static boolean isAbbreviation(String p, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(p.charAt(s - 1)) || p.charAt(s - 1) == '.')) {
            s--;
        }
        String raw = p.substring(s, dot);
        String word = raw.replace(".", "").toLowerCase(Locale.ROOT);
        return raw.contains(".") || word.length() == 1 && Character.isUpperCase(p.charAt(s))
                || ABBREVIATIONS.contains(word);
    }
}
