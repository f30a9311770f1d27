package dev.copydesk.cleanup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which capitalised words are names, learned from the story itself, so that a spelling check can flag a misspelt
 * capitalised word ("Teh minister said") without flagging every name it does not know. A capitalised word is taken
 * as a name if it recurs in the story, follows a title or honorific, stands inside a sentence rather than at its
 * start, or has capitals or digits inside it (acronyms, brands); only a single sentence-initial word is checked.
 */
final class StoryNames {

    private final Set<String> titles = new HashSet<>();

    StoryNames(WordLists lists) {
        lists.list("titles").forEach(t -> titles.add(t.toLowerCase(Locale.ROOT)));
        lists.list("honorifics").forEach(t -> titles.add(t.toLowerCase(Locale.ROOT)));
    }

    /** True if {@code token}, found at {@code start} in {@code text}, should be taken as a name. */
    boolean isName(String token, String text, int start) {
        if (token.isEmpty() || token.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        if (token.chars().anyMatch(Character::isDigit) || token.substring(1).chars().anyMatch(Character::isUpperCase)
                || !Character.isUpperCase(token.charAt(0))) {
            return true; // NATO, iPhone, McDonald, A380
        }
        if (!atSentenceStart(text, start)) {
            return true;
        }
        return recurs(token, text) || followsTitle(text, lastMarkBefore(text, start))
                || beforeAnotherName(text, start + token.length());
    }

    /** The word at {@code start} opens a sentence: nothing but spaces, quotes or a bracket since a stop or a break. */
    static boolean atSentenceStart(String text, int start) {
        int before = lastMarkBefore(text, start);
        return before < 0 || ".!?:\n".indexOf(text.charAt(before)) >= 0;
    }

    /** The last character before {@code start} that is not a space, a quote or a bracket; -1 if none. */
    private static int lastMarkBefore(String text, int start) {
        int before = start - 1;
        while (before >= 0 && " \u00A0\t\"'\u201C\u2018(".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before;
    }

    /** "Jarid Arraes, a student": a first name before a surname. */
    private static boolean beforeAnotherName(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** True if {@code token} stands as a whole word at least twice in {@code text}. */
    static boolean recurs(String token, String text) {
        return occurrences(token, text, 2) >= 2;
    }

    /**
     * How many times {@code token} stands as a whole word in {@code text}, counting no further than {@code atMost}
     * (no regex per call: a hot path).
     */
    static int occurrences(String token, String text, int atMost) {
        int count = 0;
        for (int at = text.indexOf(token); at >= 0 && count < atMost; at = text.indexOf(token, at + 1)) {
            int end = at + token.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                count++;
            }
        }
        return count;
    }

    /** "Mr. Smtih": a title whose stop looks like a sentence end. */
    private boolean followsTitle(String text, int stop) {
        if (stop < 0 || text.charAt(stop) != '.') {
            return false;
        }
        int wordStart = stop;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return titles.contains(text.substring(wordStart, stop).toLowerCase(Locale.ROOT));
    }
}
