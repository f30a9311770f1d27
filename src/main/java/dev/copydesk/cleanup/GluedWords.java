package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two words run together inside a sentence. A lost full stop is restored safely where the second word opens
 * sentences ({@code minutesIt was}, {@code Norbert KraftHe told}), or is a name the story uses elsewhere and a
 * sentence goes on after it ({@code had begunFonda told}: no sentence ends on "begun" less than on "the", so after
 * a word such as "the" or "in" only a space was lost). The first word may be a figure ({@code 1970sBut}) or a
 * compound ({@code micro-breweryOne}). Anything else is only a hint for an editor to weigh: it may be a name such as
 * {@code deGaulle} or a brand, and before "I" ({@code futureI must}) the space alone may be what was lost. Tags glued
 * to a paragraph's start are {@link GluedTags}'.
 */
final class GluedWords extends StoryCheck {

    /**
     * A lower-case word, or a figure with its unit or ending ({@code 1970s}, {@code 15th}, {@code $630m}), or a
     * hyphenated compound ({@code micro-brewery}), run into a capitalised one. The capitalised part ends where its
     * lower-case letters do ({@code practicePizzaExpress}). A token with one lower-case letter before the capital
     * ({@code iPhone}, {@code eBay}, {@code kWh}) is a name or a unit and never matches.
     */
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\s\u00A0])((?:[\\p{L}\\p{N}]+-)*"
            + "(?:[\\p{N}$\u00A3\u20AC][\\p{N}.,]*\\p{Ll}{1,3}|\\p{Ll}{2,}))(\\p{Lu}\\p{Ll}*)(?!\\p{Ll})");
    /** A capitalised word glued to a function word that opens sentences ({@code KraftHe}). */
    private static final Pattern NAME_THEN_OPENER = Pattern.compile("(?<=[\\s\u00A0])(\\p{Lu}\\p{Ll}{2,})(\\p{Lu}\\p{Ll}*)\\b");

    private final Rule words = judgement("glued-words", FindingType.SPELLING);
    private final Rule sentences = safe("glued-sentences", FindingType.SPACING);
    private final Set<String> nameParticles;
    private final Set<String> functionWords;
    private final Set<String> openers;
    private final Set<String> honorifics;
    private final Set<String> neverFinal;

    GluedWords(WordLists lists) {
        nameParticles = lists.set("name-particles");
        functionWords = lists.set("stopwords");
        openers = lists.set("sentence-openers");
        honorifics = lists.set("honorifics");
        neverFinal = lists.set("never-final-words");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        for (Block block : story.blocks()) {
            if (!story.isRemoved(block.index())) {
                check(story.body(), block, out);
            }
        }
    }

    private void check(String body, Block block, List<Finding> out) {
        String b = block.text();
        int at = block.start();
        Matcher inside = INSIDE.matcher(b);
        while (inside.find()) {
            String first = inside.group(1);
            String second = inside.group(2);
            // "practicePizzaExpress", "onYouTube", "ofAIDS": capitals go on after the part, so it starts a name, an
            // abbreviation or a brand; after a figure a single capital is a unit ("20mA")
            boolean capitalsGoOn = inside.end() < b.length() && Character.isUpperCase(b.charAt(inside.end()));
            boolean afterFigure = !Character.isLetter(first.charAt(0)) || first.chars().anyMatch(Character::isDigit);
            if (capitalsGoOn || afterFigure && second.length() < 2) {
                if (capitalsGoOn && second.length() >= 3 && !afterFigure
                        && !nameParticles.contains(first.toLowerCase(Locale.ROOT))) {
                    out.add(words.finding(at + inside.start(), at + inside.end(), "Two words run together.",
                            first + " " + second, 0.5));
                }
                continue;
            }
            if (honorifics.contains(second) && beforeAName(b, inside.end())) {
                // "the daily mileDr Colin Moran": a title opens the next sentence
                out.add(sentences.finding(at + inside.start(2), at + inside.start(2), LOST_STOP, ". ", 0.8));
            } else if (second.equals("I") && goesOnInLowerCase(b, inside.end())) {
                // "the futureI must": "future. I must" or "future I must"; after "and" only the space was lost
                boolean spaceOnly = neverFinal.contains(first.toLowerCase(Locale.ROOT));
                out.add(words.finding(at + inside.start(), at + inside.end(), spaceOnly ? "Two words run together."
                        : "Two words run together: a full stop may be missing before \u201cI\u201d.",
                        first + (spaceOnly ? " I" : ". I"), 0.6));
            } else if (opensSentences(second)) {
                // "minutesIt was": a full stop and its space lost between two sentences
                out.add(sentences.finding(at + inside.start(2), at + inside.start(2), LOST_STOP, ". ", 0.85));
            } else if (second.length() >= 3 && !nameParticles.contains(first.toLowerCase(Locale.ROOT))) {
                if (first.length() >= 3 && !neverFinal.contains(first) && StoryNames.occurrences(second, body, 1) > 0
                        && goesOnInLowerCase(b, inside.end())) {
                    out.add(sentences.finding(at + inside.start(2), at + inside.start(2), LOST_STOP, ". ", 0.8));
                } else {
                    out.add(words.finding(at + inside.start(), at + inside.end(), "Two words run together.",
                            first + " " + second, 0.6));
                }
            }
        }
        Matcher name = NAME_THEN_OPENER.matcher(b);
        while (name.find()) {
            if (opensSentences(name.group(2)) || honorifics.contains(name.group(2)) && beforeAName(b, name.end())) {
                out.add(sentences.finding(at + name.start(2), at + name.start(2), LOST_STOP, ". ", 0.8));
            }
        }
    }

    private static final String LOST_STOP = "A full stop and a space are missing between two sentences.";

    private boolean opensSentences(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (functionWords.contains(lower) || openers.contains(lower)) && !word.equals("I");
    }

    /** A space and a capitalised word follow: "Dr Colin", not "Dr." or "Drive". */
    private static boolean beforeAName(String b, int end) {
        return end + 1 < b.length() && b.charAt(end) == ' ' && Character.isUpperCase(b.charAt(end + 1));
    }


    /** After the glued pair a sentence goes on: a space and a word in lower case ("Fonda told"). */
    private static boolean goesOnInLowerCase(String b, int end) {
        return end + 1 < b.length() && b.charAt(end) == ' ' && Character.isLowerCase(b.charAt(end + 1));
    }
}
