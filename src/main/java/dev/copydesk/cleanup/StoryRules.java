package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English rules that need more than one block: consistency, attributions, quotes and restatements. */
final class StoryRules {

    private static final Pattern HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Dr)(\\.?)(?=[\\s\u00A0]+\\p{Lu})");
    private static final Pattern DANGLING = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\u2019'-]+\\s+){0,3})(said|says|added|stated|explained|told reporters|continued)\\s*:\\s*$");
    private static final Pattern STARTS_WITH_QUOTE = Pattern.compile("^\\s*[\"\u201C\u2018\u2014\u2013-]");
    /** Restatements share this share of their content words (overlap coefficient) ... */
    private static final double REWORDING_OVERLAP = 0.45;
    /** ... and at least this Jaccard similarity and this many shared content words. */
    private static final double REWORDING_JACCARD = 0.22;
    private static final int REWORDING_MIN_SHARED = 4;
    private static final int REWORDING_MAX_CANDIDATES = 20_000;
    private static final int REWORDING_MAX_POSTINGS = 40;

    private StoryRules() {
    }

    static List<Finding> check(String headline, List<Block> blocks, Set<Integer> removedBlocks, HouseStyle style) {
        List<Finding> out = new ArrayList<>();
        honorifics(blocks, style, out);
        danglingAttributions(blocks, out);
        quotes(blocks, out);
        rewordings(headline, blocks, removedBlocks, out);
        return out;
    }

    /** When a story writes both "Mr" and "Mr.", bring the odd ones in line with the house style. */
    private static void honorifics(List<Block> blocks, HouseStyle style, List<Finding> out) {
        Map<Boolean, Integer> counts = new HashMap<>();
        for (Block b : blocks) {
            Matcher m = HONORIFIC.matcher(b.text());
            while (m.find()) {
                counts.merge(!m.group(2).isEmpty(), 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        boolean withStop = style == HouseStyle.AMERICAN;
        for (Block b : blocks) {
            Matcher m = HONORIFIC.matcher(b.text());
            while (m.find()) {
                if (!m.group(2).isEmpty() != withStop) {
                    String fixed = m.group(1) + (withStop ? "." : "");
                    out.add(Finding.safe(FindingType.STYLE, b.start() + m.start(), b.start() + m.end(),
                            "The story writes both \u201c" + m.group(1) + "\u201d and \u201c" + m.group(1)
                                    + ".\u201d; house style is \u201c" + fixed + "\u201d.", fixed, "honorific-style", 0.9));
                }
            }
        }
    }

    /** "Churkin said:" at the end of a paragraph, with no quotation after it. */
    private static void danglingAttributions(List<Block> blocks, List<Finding> out) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Matcher m = DANGLING.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            boolean quoteFollows = i + 1 < blocks.size() && STARTS_WITH_QUOTE.matcher(blocks.get(i + 1).text()).find();
            if (!quoteFollows) {
                int start = b.start() + m.start();
                while (start > b.start() && Text.isSpace(b.text().charAt(start - b.start() - 1))) {
                    start--;
                }
                out.add(Finding.hint(FindingType.STYLE, start, b.start() + m.end(),
                        "Attribution with nothing after it: the quotation is missing.", null, "dangling-attribution", 0.7));
            }
        }
    }

    /**
     * Curly quotes must pair up within a paragraph; an opening quote may stay open only if the next paragraph
     * opens with a quote (the newspaper convention for quotations running over several paragraphs).
     */
    private static void quotes(List<Block> blocks, List<Finding> out) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            int open = -1;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '\u201C') {
                    open = k;
                } else if (c == '\u201D') {
                    if (open < 0) {
                        int wordStart = k;
                        while (wordStart > 0 && !Character.isWhitespace(t.charAt(wordStart - 1))) {
                            wordStart--;
                        }
                        out.add(Finding.query(FindingType.PUNCTUATION, b.start() + wordStart, b.start() + k + 1,
                                "A closing quotation mark with no opening one: where does the quotation start?",
                                "unbalanced-quote", 0.8));
                    }
                    open = -1;
                }
            }
            boolean continues = i + 1 < blocks.size() && blocks.get(i + 1).text().strip().startsWith("\u201C");
            if (open >= 0 && !continues) {
                out.add(Finding.query(FindingType.PUNCTUATION, b.start() + open, b.start() + open + 1,
                        "An opening quotation mark that is never closed.", "unbalanced-quote", 0.7));
            }
        }
    }

    /**
     * Sentences that say again what an earlier one said in other words. Word overlap cannot tell a restatement
     * from a related sentence, so this is only ever a question for the editor, never a safe fix.
     */
    private static void rewordings(String headline, List<Block> blocks, Set<Integer> removedBlocks,
            List<Finding> out) {
        record Candidate(int start, int end, String text, String key, Set<String> words) {
        }

        List<Candidate> sentences = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        String headlineKey = headline == null ? "" : Text.comparable(headline);
        for (Block b : blocks) {
            if (removedBlocks.contains(b.index()) || Text.comparable(b.text()).equals(headlineKey)) {
                continue;
            }
            for (Text.Sentence s : Text.sentences(b.text())) {
                Set<String> words = contentStems(s.text());
                String key = Text.comparable(s.text());
                // Word-for-word repeats are the duplicate rules' business; compare each wording once.
                if (words.size() >= REWORDING_MIN_SHARED && seenKeys.add(key)) {
                    sentences.add(new Candidate(b.start() + s.start(), b.start() + s.end(), s.text(), key, words));
                }
            }
        }
        // An inverted index keeps this near-linear on long stories: only sentences sharing words are compared.
        Map<String, List<Integer>> postings = new HashMap<>();
        int compared = 0;
        for (int j = 0; j < sentences.size(); j++) {
            Candidate later = sentences.get(j);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : later.words()) {
                List<Integer> earlier = postings.getOrDefault(w, List.of());
                if (earlier.size() > REWORDING_MAX_POSTINGS) {
                    continue; // a word this common says nothing about restatement
                }
                for (int i : earlier) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
            int best = -1;
            double bestScore = 0;
            for (var e : shared.entrySet()) {
                if (e.getValue() < REWORDING_MIN_SHARED || ++compared > REWORDING_MAX_CANDIDATES) {
                    continue;
                }
                Candidate earlier = sentences.get(e.getKey());
                int n = e.getValue();
                double overlap = (double) n / Math.min(earlier.words().size(), later.words().size());
                double jaccard = (double) n / (earlier.words().size() + later.words().size() - n);
                if (overlap >= REWORDING_OVERLAP && jaccard >= REWORDING_JACCARD && jaccard > bestScore) {
                    best = e.getKey();
                    bestScore = jaccard;
                }
            }
            if (best >= 0) {
                int[] span = withOneSpace(blocks, later.start(), later.end());
                out.add(Finding.hint(FindingType.DUPLICATE, span[0], span[1],
                        "Possible repetition of: \u201c" + sentences.get(best).text() + "\u201d", null,
                        "possible-repetition", 0.4));
            }
            for (String w : later.words()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
            }
        }
    }

    /** Widens a sentence so deleting it leaves no double or leading space: the space before it, else after it. */
    private static int[] withOneSpace(List<Block> blocks, int start, int end) {
        for (Block b : blocks) {
            if (start >= b.start() && end <= b.end()) {
                int s = start;
                while (s > b.start() && Text.isSpace(b.text().charAt(s - 1 - b.start()))) {
                    s--;
                }
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

    private static Set<String> contentStems(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : Text.words(sentence)) {
            String lower = w.toLowerCase(Locale.ROOT).replace("\u2019s", "").replace("'s", "");
            if (lower.length() > 2 && !Text.STOPWORDS.contains(lower) && !lower.chars().allMatch(Character::isDigit)) {
                out.add(stem(lower));
            }
        }
        return out;
    }

    /** A crude English stem: enough to match "strike"/"strikes", "mistake"/"mistaken". */
    private static String stem(String w) {
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "edly", "ed", "es", "s", "ly"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }
}
