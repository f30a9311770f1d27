package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One blank line between paragraphs: the canonical form of a body. A paragraph broken mid-sentence ("the inclusion
 * of" then "the pieces in the sale") is joined back: the first part is a sentence's worth of words ending with no
 * stop, and the second goes on in lower case, or the first ends on a word no sentence ends with ("of", "the").
 */
final class ParagraphBreaks extends StoryCheck {

    /** Fewer words than this and the first part may be a heading ("What to look out for"). */
    private static final int MIN_WORDS = 6;
    private static final String ENDS_SENTENCE = ".!?:;\u2026\"\u201D\u2019')]";

    private final Rule rule = safe("paragraph-break", FindingType.SPACING);
    private final Rule broken = safe("broken-paragraph", FindingType.SPACING);
    private final Set<String> functionWords;

    ParagraphBreaks(WordLists lists) {
        functionWords = lists.set("stopwords");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            int from = blocks.get(i).end();
            int to = blocks.get(i + 1).start();
            if (!story.isRemoved(i) && !story.isRemoved(i + 1) && brokenMidSentence(blocks.get(i), blocks.get(i + 1))) {
                out.add(broken.finding(from, to, "A paragraph broken in the middle of a sentence.", " ", 0.9));
            } else if (!story.body().substring(from, to).equals("\n\n")) {
                out.add(rule.finding(from, to, "Paragraphs are separated by one blank line.", "\n\n", 0.99));
            }
        }
    }

    private boolean brokenMidSentence(Block first, Block second) {
        String a = first.text().strip();
        String b = second.text().strip();
        if (a.isEmpty() || b.isEmpty() || first.wordCount() < MIN_WORDS
                || ENDS_SENTENCE.indexOf(a.charAt(a.length() - 1)) >= 0 || !Character.isLetterOrDigit(a.charAt(a.length() - 1))) {
            return false;
        }
        String nextWord = b.split("[\\s\u00A0]+", 2)[0];
        boolean goesOnLowerCase = Character.isLowerCase(nextWord.charAt(0))
                && nextWord.chars().skip(1).noneMatch(Character::isUpperCase); // not iPhone, eBay
        String lastWord = a.substring(a.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return goesOnLowerCase || functionWords.contains(lastWord) && Character.isLetter(nextWord.charAt(0));
    }
}
