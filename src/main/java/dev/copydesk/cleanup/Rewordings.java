package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sentences that say again what an earlier one said in other words. Word overlap cannot tell a restatement
 * from a related sentence, so this is only ever a question for the editor, never a safe fix. Signals combined:
 * shared content words after stemming (overlap and Jaccard), and facts that differ: two sentences whose numbers or
 * whose names are disjoint report different things ("male directors' earnings rose by 5.3%" is no restatement of
 * "female directors received bonuses of 3%").
 */
final class Rewordings extends StoryCheck {

    /** Restatements share this share of their content words (overlap coefficient) ... */
    private static final double OVERLAP = 0.45;
    /** ... and at least this Jaccard similarity and this many shared content words. */
    private static final double JACCARD = 0.22;
    private static final int MIN_SHARED = 4;
    private static final int MAX_CANDIDATES = 20_000;
    private static final int MAX_POSTINGS = 40;

    private final Rule rule = judgement("possible-repetition", FindingType.DUPLICATE);
    private final List<String> stemSuffixes;

    Rewordings(WordLists lists) {
        stemSuffixes = lists.list("stem-suffixes");
    }

    private record Candidate(int start, int end, String text, Set<String> words, Set<String> numbers,
            Set<String> names) {

        /** Each states a number (or a name) the other does not: different facts, not the same one again. */
        boolean differsInFacts(Candidate other) {
            return eachHasItsOwn(numbers, other.numbers) || eachHasItsOwn(names, other.names);
        }

        private static boolean eachHasItsOwn(Set<String> a, Set<String> b) {
            return !a.isEmpty() && !b.isEmpty() && !a.containsAll(b) && !b.containsAll(a);
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(?<=[\\s\u00A0(\u201C\"])\\p{Lu}\\p{Ll}+(?:[\\s\u00A0]+\\p{Lu}\\p{Ll}+)*");

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Candidate> sentences = candidates(story);
        // An inverted index keeps this near-linear on long stories: only sentences sharing words are compared.
        Map<String, List<Integer>> postings = new HashMap<>();
        int compared = 0;
        for (int j = 0; j < sentences.size(); j++) {
            Candidate later = sentences.get(j);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : later.words()) {
                List<Integer> earlier = postings.getOrDefault(w, List.of());
                if (earlier.size() > MAX_POSTINGS) {
                    continue; // a word this common says nothing about restatement
                }
                for (int i : earlier) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
            int best = -1;
            double bestScore = 0;
            for (var e : shared.entrySet()) {
                if (e.getValue() < MIN_SHARED || ++compared > MAX_CANDIDATES) {
                    continue;
                }
                Candidate earlier = sentences.get(e.getKey());
                int n = e.getValue();
                double overlap = (double) n / Math.min(earlier.words().size(), later.words().size());
                double jaccard = (double) n / (earlier.words().size() + later.words().size() - n);
                if (overlap >= OVERLAP && jaccard >= JACCARD && jaccard > bestScore && !earlier.differsInFacts(later)) {
                    best = e.getKey();
                    bestScore = jaccard;
                }
            }
            if (best >= 0) {
                int[] span = withOneSpace(story.blocks(), later.start(), later.end());
                out.add(rule.finding(span[0], span[1], "Possible repetition of: \u201c" + sentences.get(best).text()
                        + "\u201d", null, 0.4));
            }
            for (String w : later.words()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
            }
        }
    }

    /** Each wording once, outside removed blocks and the repeated headline (word-for-word repeats are another rule's). */
    private List<Candidate> candidates(StoryText story) {
        List<Candidate> sentences = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        String headlineKey = story.headline() == null ? "" : Text.comparable(story.headline());
        for (Block b : story.blocks()) {
            if (story.isRemoved(b.index()) || Text.comparable(b.text()).equals(headlineKey)) {
                continue;
            }
            for (Text.Sentence s : Text.sentences(b.text())) {
                Set<String> words = contentStems(s.text());
                if (words.size() >= MIN_SHARED && seenKeys.add(Text.comparable(s.text()))) {
                    sentences.add(new Candidate(b.start() + s.start(), b.start() + s.end(), s.text(), words,
                            matches(NUMBER, s.text()), matches(NAME, s.text())));
                }
            }
        }
        return sentences;
    }

    private static Set<String> matches(java.util.regex.Pattern p, String text) {
        Set<String> out = new HashSet<>();
        p.matcher(text).results().forEach(m -> out.add(m.group().replace(",", "")));
        return out;
    }

    /** Widens a sentence so deleting it leaves no double or leading space: the space before it, else after it. */
    private static int[] withOneSpace(List<Block> blocks, int start, int end) {
        for (Block b : blocks) {
            if (start >= b.start() && end <= b.end()) {
                int s = Text.withSpaceBefore(b, start);
                if (s < start) {
                    return new int[] {s, end};
                }
                int e = end;
                while (e < b.end() && Text.isSpace(b.text().charAt(e - b.start()))) {
                    e++;
                }
                return new int[] {start, e};
            }
        }
        return new int[] {start, end};
    }

    private Set<String> contentStems(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : Text.words(sentence)) {
            String lower = w.toLowerCase(Locale.ROOT).replace("\u2019s", "").replace("'s", "");
            if (lower.length() > 2 && !Text.isStopword(lower) && !lower.chars().allMatch(Character::isDigit)) {
                out.add(stem(lower));
            }
        }
        return out;
    }

    /** A crude English stem: enough to match "strike"/"strikes", "mistake"/"mistaken". */
    private String stem(String w) {
        for (String suffix : stemSuffixes) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }
}
