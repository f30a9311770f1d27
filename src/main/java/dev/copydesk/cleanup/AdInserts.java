package dev.copydesk.cleanup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ad inserts: lines marked as advertising (removed), unmarked repeats of a marked ad's text (removed), short
 * title-case lines that speak a shop window's language, two of its words or a price or a percentage (removed:
 * "Top Rated Plumbers Near You", "Summer Sale – Up To 40% Off"), and other short title-case lines between paragraphs
 * (only a hint: they may be subheads).
 */
final class AdInserts extends StoryCheck {

    private final Rule marked = safe("ad-marked", FindingType.AD_INSERT);
    private final Rule echo = safe("ad-echo", FindingType.AD_INSERT);
    private final Rule commercialLine = safe("ad-commercial-line", FindingType.AD_INSERT);
    private final Rule promoLine = judgement("ad-promo-line", FindingType.AD_INSERT);
    /** Signals of a commercial line needed before it is removed without review. */
    static final int COMMERCIAL_SIGNALS = 2;
    private static final Pattern PRICE = Pattern.compile("[£$€]\\s?\\d|\\d\\s?%");
    private static final int MAX_PROMO_WORDS = 10;
    /** A marked ad line says this much at most; a longer one is a paragraph that happens to start with the word. */
    static final int MAX_MARKED_WORDS = 20;
    private static final Pattern SENTENCE_MARK_AT_END = Pattern.compile("[.!?;,\"\u201C\u201D]\\s*$");
    private static final Pattern BYLINE_START = Pattern.compile("(?i:by)\\s");
    /** An unmarked promo line without an advertiser's words is at most this long. */
    private static final int MAX_TITLE_WORDS = 8;
    private final Pattern promoWords;
    private final Pattern markedLine;
    private final Pattern adAlone;
    private final Set<String> smallWords;

    AdInserts(WordLists lists) {
        String markers = WordLists.alternation(lists.list("ad-markers"));
        // "AD: …", "Sponsored | …", and the marker in brackets: "[Sponsored] …", "(Advertisement) …"
        // a hyphen separates only with a space beside it: "Ad-hoc talks began" is no ad
        markedLine = Pattern.compile("^(?:(?i:" + markers + ")(?:\\s*[:\u2013\u2014|]|\\s+-|-\\s)|[\\[(](?i:" + markers
                + ")[\\])])\\s*(.*)$");
        adAlone = Pattern.compile("^(?i:" + WordLists.alternation(lists.list("ad-lines")) + ")\\s*$");
        smallWords = lists.set("title-case-small-words");
        promoWords = Pattern.compile("(?<![\\p{L}£$€])(?i:" + WordLists.alternation(lists.list("promo-words"))
                + ")(?![\\p{L}])");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        Set<String> payloads = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            Matcher m = markedLine.matcher(text);
            // a marked line is short: "[Advertisement] The minister said …" over a whole paragraph is the paragraph
            boolean isAd = m.matches() && Text.words(m.group(1)).size() <= MAX_MARKED_WORDS
                    || adAlone.matcher(text).matches();
            if (isAd && !story.isRemoved(i)) {
                out.add(story.deleteBlock(marked, i, "Ad insert: a line marked as advertising.", 0.97));
                if (m.matches() && !m.group(1).isBlank()) {
                    payloads.add(Text.comparable(m.group(1)));
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!story.isRemoved(i) && payloads.contains(Text.comparable(blocks.get(i).text()))) {
                out.add(story.deleteBlock(echo, i,
                        "Ad insert: the same promotion appears as a marked ad elsewhere in the story.", 0.95));
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!story.isRemoved(i) && titleCase(b.text()) && commercialSignals(b.text()) >= COMMERCIAL_SIGNALS) {
                out.add(story.deleteBlock(commercialLine, i, "Ad insert: a title-case line in an advertiser's words.", 0.9));
            } else if (!story.isRemoved(i) && looksLikePromoLine(b.text())) {
                out.add(promoLine.finding(b.start(), b.end(),
                        "Short title-case line between paragraphs: possibly an ad insert, or a subhead.", null, 0.5));
            }
        }
    }

    /** Words of a shop window, prices and percentages in a line. */
    private int commercialSignals(String text) {
        int n = 0;
        Matcher m = promoWords.matcher(text);
        while (m.find()) {
            n++;
        }
        Matcher p = PRICE.matcher(text);
        while (p.find()) {
            n++;
        }
        return n;
    }

    /** Every word capitalised (or a number), short, and no sentence punctuation at its end. */
    private static boolean titleCase(String text) {
        String t = text.strip();
        List<String> words = Text.words(t);
        return words.size() >= 2 && words.size() <= MAX_PROMO_WORDS && !SENTENCE_MARK_AT_END.matcher(t).find()
                && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    /** Title case throughout, small words capitalised too, short, not a byline and no colon at its end. */
    private boolean looksLikePromoLine(String text) {
        String t = text.strip();
        List<String> words = Text.words(t);
        return words.size() <= MAX_TITLE_WORDS && titleCase(t) && !t.endsWith(":") && !BYLINE_START.matcher(t).lookingAt()
                && words.stream().anyMatch(w -> smallWords.contains(w.toLowerCase(Locale.ROOT)));
    }
}
