package dev.copydesk.cleanup;

import java.util.List;

/**
 * Text pasted from a whole web page: menus, section links, sign-in and share rows before the article, and footer
 * links after it. Judged by the shape of the text, not by words: a page has many short lines that are no
 * sentences, and the article is the longest run of paragraphs of prose that no menu (several such lines in a row)
 * breaks (code and tables of figures do not break it). Before and after that run, runs of lines that are no prose (menu
 * items, links, teaser headlines, captions, sign-up prompts) are the page's chrome and are removed; lists, code and
 * hard-wrapped paragraphs stay, and anything between is left to the other rules (an article may have subheads and
 * lists). Wire copy, with few short lines, is never judged a page.
 */
final class PageChrome extends StoryCheck {

    /** Fewer blocks than this is a story, not a page. */
    static final int MIN_BLOCKS = 15;
    /** The share of blocks that must be short non-sentences for the text to read as a page. */
    static final double MIN_CHROME_SHARE = 0.4;
    /** A line of chrome has at most this many words and no sentence end. */
    static final int MAX_CHROME_WORDS = 8;
    /** This many chrome lines in a row are a menu: the article is on one side of it. */
    static final int MENU_LINES = 12;
    /** Lines in a row that make a menu or a footer; fewer are left (a kicker, a numbered subhead). */
    static final int MIN_RUN = 3;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[{}();=<>\\[\\]$#*_`\\\\]");
    /** A paragraph of prose has at least this many words and ends as a sentence does. */
    static final int MIN_PROSE_WORDS = 12;

    /** The share of the page's words in paragraphs of prose: less, and the page is no article in paragraphs. */
    static final double MIN_PROSE_SHARE = 0.25;

    private final Rule rule = safe("page-chrome", FindingType.BOILERPLATE);

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        if (blocks.size() < MIN_BLOCKS) {
            return;
        }
        long chrome = blocks.stream().filter(b -> isChrome(b.text())).count();
        if (chrome < MIN_CHROME_SHARE * blocks.size()) {
            return;
        }
        int proseWords = blocks.stream().filter(b -> isProse(b.text())).mapToInt(Block::wordCount).sum();
        int allWords = blocks.stream().mapToInt(Block::wordCount).sum();
        if (proseWords < MIN_PROSE_SHARE * allWords) {
            return; // not an article in paragraphs (a feed of short posts, hard-wrapped text): leave it whole
        }
        // The article: the run of prose paragraphs, unbroken by a menu's worth of chrome lines, with the most words.
        int first = -1;
        int last = -1;
        int best = 0;
        int runFirst = -1;
        int runLast = -1;
        int runWords = 0;
        int streak = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean end = i == blocks.size() || streak >= MENU_LINES;
            if (end && runFirst >= 0) {
                if (runWords > best) {
                    best = runWords;
                    first = runFirst;
                    last = runLast;
                }
                runFirst = -1;
                runWords = 0;
            }
            if (i == blocks.size()) {
                break;
            }
            String t = blocks.get(i).text();
            if (isProse(t)) {
                runFirst = runFirst < 0 ? i : runFirst;
                runLast = i;
                runWords += blocks.get(i).wordCount();
                streak = 0;
            } else if (isChrome(t) && !looksLikeCode(t)) {
                streak++;
            }
        }
        if (first < 0) {
            return;
        }
        // One deletion a run of such lines, so that a run at the end goes at once with the separator before it.
        int i = 0;
        while (i < blocks.size()) {
            if ((i < first || i > last) && !story.isRemoved(i) && outside(blocks, i)) {
                int j = i;
                while (j + 1 < blocks.size() && (j + 1 < first || j + 1 > last) && !story.isRemoved(j + 1)
                        && outside(blocks, j + 1)) {
                    j++;
                }
                if (j - i + 1 < MIN_RUN) {
                    i = j + 1;
                    continue; // one or two lines beside the article may be its kicker or first subhead
                }
                int from = blocks.get(i).start();
                int to = j + 1 < blocks.size() ? blocks.get(j + 1).start() : blocks.get(j).end();
                if (j + 1 == blocks.size() && i > 0) {
                    from = blocks.get(i - 1).end();
                }
                for (int k = i; k <= j; k++) {
                    story.removed().add(k);
                }
                out.add(rule.finding(from, to, (j > i ? (j - i + 1) + " lines" : "A line") + " of the web page around the "
                        + "article (menu, links, sign-in or footer), not part of the story.", null, 0.8));
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    private static boolean isChrome(String text) {
        String t = text.strip();
        return !t.isEmpty() && Text.words(t).size() <= MAX_CHROME_WORDS && !Text.endsSentence(t);
    }

    /** What is removed: a menu item or link ("Tech &amp; Science", "My Account"), not code or a list's sentence. */
    /** A list item (bullet, dash, number) or a line that carries on a sentence (opens in lower case). */
    private static final java.util.regex.Pattern LIST_OR_CARRIED_ON = java.util.regex.Pattern.compile(
            "^([*\u2022\u2013\u2014-]|\\d+[.)]|\\p{Ll})");

    /**
     * What goes on either side of the article: any line that is no paragraph of prose (menu items, links, teaser
     * headlines, captions, sign-up prompts), but not code or a table, not a list item, and not a line of a
     * hard-wrapped paragraph (one the next line carries on in lower case).
     */
    private static boolean outside(List<Block> blocks, int i) {
        String t = blocks.get(i).text().strip();
        String next = i + 1 < blocks.size() ? blocks.get(i + 1).text().strip() : "";
        boolean carriedOn = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
        return !t.isEmpty() && !isProse(t) && !looksLikeCode(t) && !carriedOn && !LIST_OR_CARRIED_ON.matcher(t).find()
                && !(t.endsWith(".") && !t.endsWith("..")) && !figures(t);
    }

    /**
     * A line with two figures or more is data ("Arsenal 2 Chelsea 1", "Monday 9am to 5pm"): results or a table
     * beside the article, kept. A short sentence with its full stop ("The company declined to comment.") is kept too.
     */
    private static boolean figures(String t) {
        return NUMBER.matcher(t).results().limit(2).count() >= 2;
    }

    /** Code, a table drawn in text or a row of figures: part of a technical article, never a menu. */
    private static boolean looksLikeCode(String t) {
        if (CODE.matcher(t).find() || t.chars().anyMatch(c -> c >= 0x2500 && c <= 0x257F)) {
            return true;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        long visible = t.chars().filter(c -> !Character.isWhitespace(c)).count();
        return letters < 0.4 * visible;
    }

    private static boolean isProse(String text) {
        String t = text.strip();
        return Text.words(t).size() >= MIN_PROSE_WORDS && Text.endsSentence(t);
    }
}
