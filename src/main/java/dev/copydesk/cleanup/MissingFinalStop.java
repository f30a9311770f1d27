package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A paragraph of running text that ends without a full stop. Headings and short lines are left alone. The stop is
 * added safely only where the paragraph is the story's one slip: the story's other paragraphs of prose end with
 * one, and the last word is not a name that may run on into the next paragraph ("squashed in Titus" then
 * "Andronicus"; a capitalised last word is fine at the story's end or before a paragraph opening with "The").
 * Several such paragraphs are hints; where {@value #LIST_STYLE} or more make a third of the story's prose, it is
 * written that way (a list, a Q&amp;A) and gets none.
 */
final class MissingFinalStop extends StoryCheck {

    private static final int MIN_WORDS = 6;
    /** Paragraphs of prose ending with a stop a story needs before one that does not reads as a slip. */
    static final int MIN_PARAGRAPHS_WITH_STOPS = 3;
    /** This many paragraphs without a stop, a third of its prose, and the story is a list or a Q&amp;A: none is flagged. */
    static final int LIST_STYLE = 3;
    private static final String ENDS = ".!?\u2026\"\u201D\u2019')]";

    private final Rule rule = safe("missing-final-stop", FindingType.PUNCTUATION);
    private final Set<String> functionWords;

    MissingFinalStop(WordLists lists) {
        functionWords = lists.set("stopwords");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        List<Block> open = new ArrayList<>();
        int closed = 0;
        for (Block b : blocks) {
            String t = b.text().stripTrailing();
            if (story.isRemoved(b.index()) || !isProse(t) || story.joinsNext(b.index())) {
                continue;
            }
            char last = t.charAt(t.length() - 1);
            if (Character.isLetterOrDigit(last)) {
                open.add(b);
            } else if (ENDS.indexOf(last) >= 0) {
                closed++;
            }
        }
        if (open.size() >= LIST_STYLE && open.size() * 3 >= open.size() + closed) {
            return; // written that way ("The job: …", "Average tips: …"): flagging each measured as noise
        }
        boolean slip = open.size() == 1 && closed >= MIN_PARAGRAPHS_WITH_STOPS;
        for (Block b : open) {
            String t = b.text().stripTrailing();
            int lastStart = t.length();
            while (lastStart > 0 && !Character.isWhitespace(t.charAt(lastStart - 1))) {
                lastStart--;
            }
            String last = t.substring(lastStart);
            String message = "The paragraph ends without a full stop.";
            int start = b.start() + lastStart;
            int end = b.start() + t.length();
            if (slip && (!Character.isUpperCase(last.charAt(0)) || nextOpensSentence(blocks, b)
                    || aWholeNameHere(story.body(), blocks, b, last))) {
                out.add(rule.finding(start, end, message, last + ".", 0.9));
            } else {
                out.add(rule.hintFinding(start, end, message, last + ".", 0.6));
            }
        }
    }

    /**
     * After a paragraph ending on a capitalised word, the next one opens a sentence of its own, so the word is no name
     * running on: there is none, or it opens with a quotation mark or a function word ("The", "In").
     */
    private boolean nextOpensSentence(List<Block> blocks, Block b) {
        if (b.index() + 1 >= blocks.size()) {
            return true;
        }
        String next = blocks.get(b.index() + 1).text().strip();
        if (next.startsWith("\u201C") || next.startsWith("\"")) {
            return true;
        }
        String first = next.split("[\\s\u00A0,]+", 2)[0];
        return functionWords.contains(first.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "… at the University of Liberia" then "Fish farming …": the story uses the word elsewhere, never run on into the
     * next paragraph's first word, so here it ends the name ("Rachel" then "Swift, head of …" with "Rachel Swift"
     * elsewhere runs on; with no other "Titus", "Titus" then "Andronicus" may too).
     */
    private static boolean aWholeNameHere(String body, List<Block> blocks, Block b, String last) {
        if (b.index() + 1 >= blocks.size()) {
            return true;
        }
        String word = last.replaceAll("[^\\p{L}\\p{N}'\u2019-]+$", "");
        String nextFirst = blocks.get(b.index() + 1).text().strip().split("[\\s\u00A0,.;:]+", 2)[0]
                .replaceAll("['\u2019]s$", ""); // "European" then "Union's …": the name is "European Union"
        return !word.isEmpty() && StoryNames.occurrences(word, body, 2) >= 2
                && StoryNames.occurrences(word + " " + nextFirst, body, 1) == 0;
    }

    /** Running text: enough words, most of them lower case, opening with a capital or a quotation mark. */
    private static boolean isProse(String t) {
        if (t.isEmpty()) {
            return false;
        }
        List<String> words = Text.words(t);
        long lowercase = words.stream().filter(w -> Character.isLowerCase(w.charAt(0))).count();
        char first = t.strip().charAt(0);
        return words.size() >= MIN_WORDS && lowercase * 2 >= words.size()
                && (Character.isUpperCase(first) || first == '\u201C' || first == '"');
    }

}
