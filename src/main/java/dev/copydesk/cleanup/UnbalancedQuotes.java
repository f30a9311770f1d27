package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Double quotation marks must pair up within a paragraph; an opening quote may stay open only if the next paragraph
 * opens with a quote (the newspaper convention for quotations running over several paragraphs). Curly quotes, and
 * straight ones read as opening or closing by what stands either side of them.
 *
 * <p>Where the story leaves the missing mark one place, the fix is safe:
 * <ul>
 * <li>a quotation that opens a sentence and is left open closes before its attribution ({@code “We will win, he
 * said.}), or at the end of the paragraph when none follows;</li>
 * <li>a quotation with no opening mark opens at the start of the paragraph when no other sentence comes first, at the
 * sentence after the previous quotation's attribution ({@code …,” he said. We will…”}), after "said:", or, by the
 * convention, at the start of a paragraph that carries on a quotation left open in the one before.</li>
 * </ul>
 * Anywhere else (a short quotation inside a sentence, several sentences before the mark) the place is a guess: a hint
 * with the likelier place, or a question for the editor.
 */
final class UnbalancedQuotes extends StoryCheck {

    /** A colon a sentence follows ("She said: We…", "the letter read: Whatever…"), where a quotation opens. */
    private static final Pattern COLON_BEFORE_SENTENCE = Pattern.compile(":\\s+(?=\\p{Lu})");
    /** Fewer words than this after the opening mark and the quotation is a phrase, whose end is a guess. */
    private static final int MIN_QUOTATION_WORDS = 4;

    private final Rule rule = safe("unbalanced-quote", FindingType.PUNCTUATION);
    /** Where the place of the missing mark cannot even be guessed. */
    private final Rule question = query("unbalanced-quote-query", FindingType.PUNCTUATION);
    /** From a comma, question or exclamation mark: who spoke, then the verb ({@code , he said}, {@code , says Ms Ray}). */
    private final Pattern attribution;
    private final Pattern speechVerb;

    UnbalancedQuotes(WordLists lists) {
        String verbs = WordLists.alternation(lists.list("speech-verbs"));
        String name = "\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}’'.-]*|de|van|von|al|bin|da|der|la|le))*";
        attribution = Pattern.compile("[,?!]\\s+(?:(?:he|she|they|we|I|it|you|" + name
                + "|(?:the|a|an|his|her|their|its)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)\\s+)?(?:has\\s+|had\\s+)?(?:"
                + verbs + ")\\b");
        speechVerb = Pattern.compile("\\b(?:" + verbs + ")\\b");
    }

    private enum Mark { OPEN, CLOSE, NONE }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        int n = blocks.size();
        int[] leftOpen = new int[n];
        int[] strayClose = new int[n];
        for (int i = 0; i < n; i++) {
            String t = blocks.get(i).text();
            int open = -1;
            strayClose[i] = -1;
            for (int k = 0; k < t.length(); k++) {
                Mark mark = mark(t, k, open >= 0);
                if (mark == Mark.OPEN) {
                    open = k;
                } else if (mark == Mark.CLOSE) {
                    if (open < 0 && strayClose[i] < 0) {
                        strayClose[i] = k;
                    }
                    open = -1;
                }
            }
            leftOpen[i] = open;
        }
        for (int i = 0; i < n; i++) {
            if (story.isRemoved(i)) {
                continue;
            }
            Block b = blocks.get(i);
            String t = b.text();
            // the paragraphs either side once ads and boilerplate between them are gone
            int before = i - 1;
            while (before >= 0 && story.isRemoved(before)) {
                before--;
            }
            int after = i + 1;
            while (after < n && story.isRemoved(after)) {
                after++;
            }
            boolean joined = i > 0 && story.joinsNext(i - 1);
            // the convention: a paragraph carrying on the quotation of a paragraph that ended with a full sentence
            boolean carriesOn = before >= 0 && leftOpen[before] >= 0 && !joined
                    && Text.endsSentence(blocks.get(before).text()) && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            boolean closesPrevious = joined && leftOpen[i - 1] >= 0; // one paragraph, broken in two
            boolean nextCarriesOn = after < n && strayClose[after] >= 0;
            int open = -1;
            int afterLastClose = 0;
            for (int k = 0; k < t.length(); k++) {
                Mark mark = mark(t, k, open >= 0);
                if (mark == Mark.OPEN) {
                    if (open >= 0) {
                        missingClosing(story, b, t, open, k, false, out);
                    }
                    open = k;
                } else if (mark == Mark.CLOSE) {
                    boolean first = afterLastClose == 0;
                    if (open < 0 && first && before >= 0 && leftOpen[before] >= 0 && !closesPrevious && !carriesOn) {
                        out.add(question.finding(b.start() + k, b.start() + k + 1, "This closes a quotation opened in the "
                                + "paragraph before, which ends mid-sentence: is the paragraph broken?", null, 0.6));
                    } else if (open < 0 && !(closesPrevious && first) && mistypedOpening(t, k)) {
                        // "…showed.” This is very encouraging,” said Dhakal": the first mark should open
                        out.add(rule.finding(b.start() + k, b.start() + k + 2, "A closing mark where the quotation opens.",
                                " \u201C", 0.8));
                        open = k;
                        continue;
                    } else if (open < 0 && !(closesPrevious && first)) {
                        missingOpening(b, t, afterLastClose, k, carriesOn && first, out);
                    }
                    open = -1;
                    afterLastClose = k + 1;
                }
            }
            String next = after < n ? blocks.get(after).text().strip() : "";
            boolean continues = next.startsWith("\u201C") || next.startsWith("\"");
            if (open >= 0 && (!continues || attributed(t, open, t.length()))) {
                missingClosing(story, b, t, open, t.length(), nextCarriesOn, out);
            }
        }
    }

    /**
     * A curly quote says what it is; a straight one opens after a space or a bracket and closes elsewhere. After a
     * digit, with no quotation open, either is an inch mark (a 40” TV, 5'10").
     */
    private static Mark mark(String t, int k, boolean quotationOpen) {
        char c = t.charAt(k);
        boolean inches = !quotationOpen && k > 0 && Character.isDigit(t.charAt(k - 1));
        if (c == '\u201C') {
            return Mark.OPEN;
        }
        if (c == '\u201D') {
            return inches ? Mark.NONE : Mark.CLOSE;
        }
        if (c != '"' || inches) {
            return Mark.NONE;
        }
        boolean spaceBefore = k == 0 || Character.isWhitespace(t.charAt(k - 1)) || "([\u2014\u2013".indexOf(t.charAt(k - 1)) >= 0;
        boolean spaceAfter = k + 1 == t.length() || Character.isWhitespace(t.charAt(k + 1));
        return spaceBefore && !spaceAfter ? Mark.OPEN : Mark.CLOSE;
    }

    /**
     * The quotation opened at {@code open} is not closed before {@code limit} (another opening mark, or the end of
     * the paragraph). {@code nextCarriesOn}: the next paragraph closes a quotation it never opened, so the missing
     * mark may as well be its opening one (that paragraph reports it).
     */
    private void missingClosing(StoryText story, Block b, String t, int open, int limit, boolean nextCarriesOn,
            List<Finding> out) {
        if (nextCarriesOn) {
            return;
        }
        String close = t.charAt(open) == '"' ? "\"" : "\u201D";
        boolean opensSentence = opensSentence(t, open);
        Matcher said = attribution.matcher(t);
        said.region(open + 1, limit);
        if (said.find()) {
            int k = said.start();
            String message = "The quotation is not closed: it ends before its attribution.";
            String quoted = t.substring(open + 1, k);
            // British style closes a partial quotation before the comma ("…aircraft”, said"): as the story does
            String fix = punctuationOutside(story) ? close + t.charAt(k) : t.charAt(k) + close;
            boolean partial = !quoted.isEmpty() && Character.isLowerCase(quoted.charAt(0));
            if (opensSentence && !partial && Text.sentences(quoted).size() <= 1) {
                out.add(rule.finding(b.start() + k, b.start() + k + 1, message, fix, 0.85));
            } else {
                out.add(rule.hintFinding(b.start() + k, b.start() + k + 1, message, fix, 0.5));
            }
            return;
        }
        String tail = t.substring(0, limit).stripTrailing();
        char last = tail.charAt(tail.length() - 1);
        if (limit == t.length() && ".?!".indexOf(last) >= 0 && tail.length() > open + 2) {
            String message = "The quotation is not closed: it runs to the end of the paragraph.";
            int end = b.start() + tail.length();
            if (opensSentence && Text.words(tail.substring(open + 1)).size() >= MIN_QUOTATION_WORDS) {
                out.add(rule.finding(end - 1, end, message, last + close, 0.8));
            } else {
                out.add(rule.hintFinding(end - 1, end, message, last + close, 0.5));
            }
            return;
        }
        out.add(question.finding(b.start() + open, b.start() + open + 1,
                "An opening quotation mark that is never closed.", null, 0.7));
    }

    /**
     * The quotation closed at {@code close} has no opening mark after {@code from} (the paragraph's start or the
     * previous closing mark). {@code carriesOn}: the previous paragraph left a quotation open.
     */
    private void missingOpening(Block b, String t, int from, int close, boolean carriesOn, List<Finding> out) {
        String before = t.substring(from, close);
        int lead = 0;
        while (lead < before.length() && Character.isWhitespace(before.charAt(lead))) {
            lead++;
        }
        int start;
        boolean certain;
        Matcher colon = COLON_BEFORE_SENTENCE.matcher(before);
        int afterColon = -1;
        while (colon.find()) {
            afterColon = colon.end();
        }
        // where the sentences before the mark start (Text.sentences knows "Mr." and initials)
        List<Text.Sentence> sentences = Text.sentences(before);
        int count = Math.max(0, sentences.size() - 1);
        int firstBreak = count > 0 ? sentences.get(1).start() : -1;
        int lastBreak = count > 0 ? sentences.getLast().start() : -1;
        if (carriesOn) {
            start = lead; // the convention: a paragraph carrying a quotation on opens with a mark
            certain = true;
        } else if (afterColon >= 0) {
            start = afterColon; // "She said: We will…”"
            certain = true;
        } else if (from == 0) {
            start = lastBreak >= 0 ? lastBreak : lead;
            // a whole paragraph's quotation, its attribution after it; at the paragraph's end it may have opened
            // in an earlier paragraph
            certain = count == 0 && attributionAfter(t, close);
        } else if (firstBreak >= 0) {
            // after the previous quotation: its attribution, then the next quotation (…,” said Ray. We will…”)
            start = firstBreak;
            certain = speechVerb.matcher(before.substring(0, firstBreak)).find() && before.indexOf('(') < 0;
        } else {
            start = -1;
            certain = false;
        }
        if (start < 0 || start >= before.length() || !carriesOn && afterColon < 0 && !wholeQuotation(t, close)) {
            // a phrase ("an extraordinary display”): it may open anywhere in the sentence
            out.add(question.finding(b.start() + close, b.start() + close + 1,
                    "A closing quotation mark with no opening one: where does the quotation start?", null, 0.8));
            return;
        }
        int at = from + start;
        int wordEnd = at;
        while (wordEnd < close && !Character.isWhitespace(t.charAt(wordEnd))) {
            wordEnd++;
        }
        String open = t.charAt(close) == '"' ? "\"" : "\u201C";
        String word = t.substring(at, wordEnd);
        String message = "A closing quotation mark with no opening one.";
        if (certain) {
            out.add(rule.finding(b.start() + at, b.start() + wordEnd, message, open + word, 0.8));
        } else {
            out.add(rule.hintFinding(b.start() + at, b.start() + wordEnd, message + " Does it start here?", open + word,
                    0.5));
        }
    }

    /**
     * The quotation closing at {@code close} is a whole one, not a phrase inside a sentence ("were of great
     * significance”."): it ends with its own punctuation, or its attribution follows.
     */
    private boolean wholeQuotation(String t, int close) {
        return close > 0 && ",.?!".indexOf(t.charAt(close - 1)) >= 0 || attributed(t, close, t.length());
    }

    /** The story puts commas after closing marks ("…”, he said") more often than before them. */
    private static boolean punctuationOutside(StoryText story) {
        String body = story.body();
        return count(body, "\u201D,") + count(body, "\",") > count(body, ",\u201D") + count(body, ",\"");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * A closing curly mark after a sentence's end and before a new sentence ({@code showed.” This is}), with another
     * closing mark later in the paragraph and no opening one between: it was typed for an opening mark.
     */
    private static boolean mistypedOpening(String t, int k) {
        if (t.charAt(k) != '\u201D' || k == 0 || ".?!".indexOf(t.charAt(k - 1)) < 0 || k + 2 >= t.length()
                || t.charAt(k + 1) != ' ' || !Character.isUpperCase(t.charAt(k + 2))) {
            return false;
        }
        int nextClose = t.indexOf('\u201D', k + 1);
        int nextOpen = t.indexOf('\u201C', k + 1);
        return nextClose > 0 && (nextOpen < 0 || nextOpen > nextClose);
    }

    /** The attribution right after a closing mark: {@code ,” he said}, {@code ”, said Ms Ray}. */
    private boolean attributionAfter(String t, int close) {
        // the punctuation inside the mark (,” he said) or after it (”, he said)
        String after = close > 0 && ",?!".indexOf(t.charAt(close - 1)) >= 0
                ? t.charAt(close - 1) + t.substring(close + 1) : t.substring(close + 1);
        return attribution.matcher(after).lookingAt();
    }


    /** An attribution ("…, he said") between {@code from} and {@code to}. */
    private boolean attributed(String t, int from, int to) {
        Matcher said = attribution.matcher(t);
        said.region(from + 1, to);
        return said.find();
    }

    /** The mark at {@code at} opens a sentence or a clause: the paragraph's start, after a stop, a colon or a comma. */
    private static boolean opensSentence(String t, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(t.charAt(k))) {
            k--;
        }
        return k < 0 || ".?!:,;\u2014\u2013\u201D\"".indexOf(t.charAt(k)) >= 0;
    }
}
