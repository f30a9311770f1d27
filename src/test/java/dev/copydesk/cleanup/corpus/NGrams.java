package dev.copydesk.cleanup.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word n-gram overlap of a candidate text with a reference: both as {@link Words#tokens} (lower case, letters and
 * digits), n-grams counted as multisets over the whole token sequence (blocks run together, so a different block
 * segmentation costs nothing), matches clipped to the reference's count.
 */
public record NGrams(int candidate, int reference, int matched) {

    public static NGrams of(String candidate, String reference, int n) {
        Map<String, Integer> ref = counts(Words.tokens(reference), n);
        Map<String, Integer> cand = counts(Words.tokens(candidate), n);
        int matched = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            matched += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return new NGrams(cand.values().stream().mapToInt(Integer::intValue).sum(),
                ref.values().stream().mapToInt(Integer::intValue).sum(), matched);
    }

    private static Map<String, Integer> counts(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** Share of the candidate's n-grams found in the reference (1 for an empty candidate: it claims nothing wrong). */
    public double precision() {
        return candidate == 0 ? 1 : (double) matched / candidate;
    }

    public double recall() {
        return reference == 0 ? 1 : (double) matched / reference;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
