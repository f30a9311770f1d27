package dev.copydesk.cleanup.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.copydesk.cleanup.corpus.OneStopEnglish.Pair;
import dev.copydesk.cleanup.corpus.OneStopEnglish.Story;
import dev.copydesk.cleanup.corpus.Words.Span;

/**
 * Restatement cases from aligned sentence pairs. For a pair (a sentence of an Advanced story, its rewrite at a lower
 * level) found in the story:
 * <ul>
 * <li>the <b>test</b> story is the Advanced story with the rewrite added one to three paragraphs after the paragraph
 * that holds the original (appended to that paragraph, or in three cases of ten as a paragraph of its own): a later
 * sentence that restates an earlier one in other words;</li>
 * <li>the <b>control</b> story puts, at the same place, the rewrite of another pair of the same story and removes
 * that pair's original from the story: a sentence on the story's subject, in the same register, that restates
 * nothing left in the story. Flagging it (or anything else in the story) as a restatement is a false flag.</li>
 * </ul>
 * Pairs whose two sentences are the same words ({@link Words#letters}) are left out: they are exact repeats, not
 * restatements. The rewrite is taken from the Elementary story file where it can be found there (the aligned file
 * has lost curly quotes, apostrophes and dashes), else as the aligned file gives it.
 */
public final class Restatements {

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
            "that", "this", "these", "those", "which", "who", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "not", "s", "will", "would", "can", "could", "said", "says", "than", "more", "also", "there",
            "about", "into", "after", "so", "do", "does", "did", "if", "all", "one");

    private Restatements() {
    }

    /** One story of the benchmark: the inserted sentence's span in {@code text}, and the pair it came from. */
    public record Case(Story story, String text, Span inserted, String original, String rewrite, double overlap,
            boolean ownParagraph) {
    }

    public record Built(List<Case> tests, List<Case> controls, int pairs, int identical, int notFound,
            int rewritesFromStoryFile, int noControl) {
    }

    /** Where a pair's original sits in a story: paragraph and span in it. */
    private record Located(Pair pair, Story story, int paragraph, Span span, String rewrite) {
    }

    public static Built build(List<Story> advanced, List<Story> rewritten, List<Pair> pairs, long seed) {
        Map<String, Story> byName = new HashMap<>();
        rewritten.forEach(s -> byName.put(s.name(), s));
        int identical = 0;
        int notFound = 0;
        int fromFile = 0;
        Map<String, List<Located>> byStory = new HashMap<>();
        List<Located> located = new ArrayList<>();
        Story last = null;
        for (Pair pair : pairs) {
            String from = Words.letters(pair.from());
            if (from.equals(Words.letters(pair.to()))) {
                identical++;
                continue;
            }
            Located l = null;
            if (last != null) {
                l = locate(pair, last);
            }
            for (int i = 0; l == null && i < advanced.size(); i++) {
                l = locate(pair, advanced.get(i));
            }
            if (l == null || from.length() < 20) {
                notFound++;
                continue;
            }
            last = l.story();
            String rewrite = pair.to().replaceAll("\\s+", " ").strip();
            Story lower = byName.get(l.story().name());
            if (lower != null) {
                Span s = find(lower.body(), pair.to());
                if (s != null) {
                    rewrite = lower.body().substring(s.start(), s.end());
                    fromFile++;
                }
            }
            l = new Located(pair, l.story(), l.paragraph(), l.span(), rewrite);
            located.add(l);
            byStory.computeIfAbsent(l.story().name(), k -> new ArrayList<>()).add(l);
        }
        List<Case> tests = new ArrayList<>();
        List<Case> controls = new ArrayList<>();
        int noControl = 0;
        for (Located l : located) {
            Random r = new Random(seed * 7919 + (l.story().name() + l.pair().from()).hashCode());
            List<String> paragraphs = new ArrayList<>(l.story().paragraphs());
            int target = Math.min(paragraphs.size() - 1, l.paragraph() + 1 + r.nextInt(3));
            boolean own = r.nextDouble() < 0.3;
            tests.add(insert(l.story(), paragraphs, target, own, l.rewrite(), l.pair().from(), l.rewrite()));

            List<Located> others = byStory.get(l.story().name()).stream()
                    .filter(o -> o != l && o.paragraph() != l.paragraph() && !o.span().equals(l.span())).toList();
            if (others.isEmpty()) {
                noControl++;
                continue;
            }
            Located other = others.get(r.nextInt(others.size()));
            List<String> cut = new ArrayList<>(paragraphs);
            String p = cut.get(other.paragraph());
            String without = (p.substring(0, other.span().start()) + " " + p.substring(other.span().end()))
                    .replaceAll(" {2,}", " ").strip();
            int t = target;
            if (without.isEmpty()) {
                cut.remove(other.paragraph());
                if (other.paragraph() < t) {
                    t--;
                }
                t = Math.min(t, cut.size() - 1);
            } else {
                cut.set(other.paragraph(), without);
            }
            controls.add(insert(l.story(), cut, t, own, other.rewrite(), l.pair().from(), other.rewrite()));
        }
        return new Built(tests, controls, pairs.size(), identical, notFound, fromFile, noControl);
    }

    private static Case insert(Story story, List<String> paragraphs, int target, boolean own, String sentence,
            String original, String rewrite) {
        List<String> ps = new ArrayList<>(paragraphs);
        int start;
        if (own) {
            ps.add(target + 1, sentence);
            start = offset(ps, target + 1);
        } else {
            start = offset(ps, target) + ps.get(target).length() + 1;
            ps.set(target, ps.get(target) + " " + sentence);
        }
        String text = String.join("\n\n", ps);
        return new Case(story, text, new Span(start, start + sentence.length()), original, rewrite,
                overlap(original, rewrite), own);
    }

    private static int offset(List<String> ps, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += ps.get(i).length() + 2;
        }
        return at;
    }

    private static Located locate(Pair pair, Story story) {
        List<String> ps = story.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Span s = find(ps.get(i), pair.from());
            if (s != null) {
                return new Located(pair, story, i, s, null);
            }
        }
        return null;
    }

    /** Where {@code sentence} is in {@code text} by letters and digits, widened to whole tokens; null if absent. */
    static Span find(String text, String sentence) {
        String wanted = Words.letters(sentence);
        if (wanted.isEmpty()) {
            return null;
        }
        List<Integer> index = new ArrayList<>();
        String letters = Words.letters(text, index);
        int at = letters.indexOf(wanted);
        if (at < 0) {
            return null;
        }
        int s = index.get(at);
        int e = index.get(at + wanted.length() - 1) + 1;
        while (s > 0 && !Words.isSpace(text.charAt(s - 1))) {
            s--;
        }
        while (e < text.length() && !Words.isSpace(text.charAt(e))) {
            e++;
        }
        return new Span(s, e);
    }

    /** Content-word overlap of two sentences (Jaccard of lower-cased tokens without stop words). */
    public static double overlap(String a, String b) {
        Set<String> x = content(a);
        Set<String> y = content(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static Set<String> content(String s) {
        Set<String> out = new HashSet<>();
        for (String t : Words.tokens(s)) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
