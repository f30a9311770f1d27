package dev.copydesk.ingest;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate detection by MinHash over word shingles: two texts' signatures agree in a share of places that
 * estimates the Jaccard similarity of their sets of three-word runs. Signatures are banded (locality-sensitive
 * hashing) so that the desk finds candidates by an indexed lookup, not by comparing every story: {@value #BANDS}
 * bands of {@value #ROWS} values, so texts at 0.3 similarity share a band with probability 0.94, at 0.1 with 0.26.
 */
public final class NearDuplicates {

    static final int SHINGLE = 3;
    static final int ROWS = 2;
    static final int BANDS = 30;
    static final int HASHES = ROWS * BANDS;
    /** At or above this estimated similarity a story is shown as a possible duplicate of the other. */
    public static final double THRESHOLD = 0.3;
    /** Texts of fewer words than this say too little to be compared. */
    static final int MIN_WORDS = 20;

    private NearDuplicates() {
    }

    /** A text's MinHash signature. */
    public record Signature(int[] mins) {

        /** The estimated Jaccard similarity of the two texts' shingle sets. */
        public double similarity(Signature other) {
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (mins[i] == other.mins[i]) {
                    same++;
                }
            }
            return (double) same / HASHES;
        }

        /** One key per band ("3:5f0c…"): texts that share a key are candidates. */
        public List<String> bands() {
            List<String> out = new ArrayList<>(BANDS);
            for (int b = 0; b < BANDS; b++) {
                long h = 1125899906842597L;
                for (int r = 0; r < ROWS; r++) {
                    h = 31 * h + mins[b * ROWS + r];
                }
                out.add(b + ":" + Long.toHexString(mix(h)));
            }
            return out;
        }

        public String encode() {
            StringBuilder sb = new StringBuilder(HASHES * 8);
            for (int m : mins) {
                sb.append(HexFormat.of().toHexDigits(m));
            }
            return sb.toString();
        }

        public static Signature decode(String s) {
            int[] mins = new int[HASHES];
            for (int i = 0; i < HASHES; i++) {
                mins[i] = (int) Long.parseLong(s.substring(i * 8, i * 8 + 8), 16);
            }
            return new Signature(mins);
        }
    }

    /** The signature of a text, or null if it has fewer than {@value #MIN_WORDS} words. */
    public static Signature of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = fnv(words.get(i), words.get(i + 1), words.get(i + 2));
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(h + 0x9E3779B97F4A7C15L * (k + 1)) >>> 33);
                if (v < mins[k]) {
                    mins[k] = v;
                }
            }
        }
        return new Signature(mins);
    }

    /** Lower-case runs of letters and digits; punctuation and typography do not count. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static long fnv(String a, String b, String c) {
        long h = 0xcbf29ce484222325L;
        for (String w : new String[] {a, b, c}) {
            for (int i = 0; i < w.length(); i++) {
                h ^= w.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads the bits of a hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
