package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One blank line between paragraphs: the canonical form of a body. A paragraph broken mid-sentence ("the inclusion
 * of" then "the pieces in the sale") is joined back: the first part is a sentence's worth of words ending with no
 * stop, and the second goes on in lower case, or the first ends with a comma or on a word no sentence ends with ("of", "the"; not "for" or "over", which
 * may end one).
 */
final class ParagraphBreaks extends StoryCheck {

    /** Fewer words than this and the first part may be a heading ("What to look out for"). */
    private static final int MIN_WORDS = 6;
    /** A shorter fragment is joined only when it goes on in lower case into a whole sentence. */
    private static final int MIN_FRAGMENT_WORDS = 3;
    /** Short lines of a page's chrome end on these ("Sign in", "Skip to"): not a broken sentence when short. */
    private static final Set<String> PLACES_OF_CHROME = Set.of("in", "to", "at", "by", "into", "onto");
    private static final String ENDS_SENTENCE = ".!?:;\u2026\"\u201D\u2019')]";

    private final Rule rule = safe("paragraph-break", FindingType.SPACING);
    private final Rule broken = safe("broken-paragraph", FindingType.SPACING);
    private final Set<String> neverFinal;

    ParagraphBreaks(WordLists lists) {
        neverFinal = lists.set("never-final-words");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            int from = blocks.get(i).end();
            int to = blocks.get(i + 1).start();
            if (!story.isRemoved(i) && !story.isRemoved(i + 1) && brokenMidSentence(blocks.get(i), blocks.get(i + 1))) {
                out.add(broken.finding(from, to, "A paragraph broken in the middle of a sentence.", " ", 0.9));
                story.joinedToNext().add(i);
            } else if (!story.body().substring(from, to).equals("\n\n")) {
                out.add(rule.finding(from, to, "Paragraphs are separated by one blank line.", "\n\n", 0.99));
            }
        }
    }

    private boolean brokenMidSentence(Block first, Block second) {
        String a = first.text().strip();
        String b = second.text().strip();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String nextWord = firstWord(b);
        if (nextWord.isEmpty()) {
            return false; // only spaces, no-break spaces among them
        }
        String lastWord = a.substring(a.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (neverFinal.contains(lastWord) && Character.isLetterOrDigit(nextWord.charAt(0))
                && (first.wordCount() >= MIN_WORDS || first.wordCount() >= 2 && !PLACES_OF_CHROME.contains(lastWord))) {
            return true; // "This is just the" / "wrong time": however short, no paragraph ends on "the"
        }
        char end = a.charAt(a.length() - 1);
        boolean goesOnLowerCase = goesOnLowerCase(b);
        if (first.wordCount() < MIN_WORDS) {
            // "To create the atlas," / "the scientists recorded …": a short fragment is joined only where it goes on
            // in lower case into a whole sentence (a heading over a list of short lower-case items stays)
            return first.wordCount() >= MIN_FRAGMENT_WORDS && goesOnLowerCase && second.wordCount() >= MIN_WORDS
                    && Text.endsSentence(b) && (end == ',' || Character.isLetterOrDigit(end));
        }
        if ((end == ',' || end == '&') && Character.isLetterOrDigit(b.charAt(0))) {
            return true; // no paragraph ends with a comma or an ampersand ("Socialists &" / "Democrats group")
        }
        if (ENDS_SENTENCE.indexOf(end) >= 0 || !Character.isLetterOrDigit(end)) {
            return false;
        }
        return goesOnLowerCase;
    }

    /** The paragraph opens in lower case ("produced and …"), and not with a name like iPhone. */
    private static boolean goesOnLowerCase(String b) {
        String word = firstWord(b);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                && word.chars().skip(1).noneMatch(Character::isUpperCase);
    }

    /** The first word, after any spaces and no-break spaces; empty if there is none. */
    private static String firstWord(String b) {
        for (String w : b.split("[\\s\u00A0]+")) {
            if (!w.isEmpty()) {
                return w;
            }
        }
        return "";
    }
}
