package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's tag or slug glued to the start of a paragraph ({@code russiaThe attack}, {@code kenyaDuring the
 * talks}, {@code banksy“I will}) is removed safely when the story itself says it is a tag: what follows it opens a
 * sentence (a function word, or a quotation mark, which no word has inside it), or the tag is a section or status
 * slug ({@code world}, {@code update}), or one of the story's own words, from its headline or a name the story capitalises elsewhere, or the same tag is glued to another
 * paragraph too. A word like {@code easyJet} or {@code iPhone} keeps its letters: a glued token that recurs
 * in the story is a word, and without such evidence nothing is flagged.
 */
final class GluedTags extends StoryCheck {

    private static final Pattern AT_START = Pattern.compile("^(\\p{Ll}{2,})(?=([\u201C\"\u2018]?)(\\p{Lu}[\\p{L}\u2019']*))");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Rule rule = safe("glued-label", FindingType.SPELLING);
    private final Set<String> functionWords;
    private final Set<String> slugs;
    private final Set<String> openers;

    GluedTags(WordLists lists) {
        functionWords = lists.set("stopwords");
        openers = lists.set("sentence-openers");
        slugs = lists.set("section-slugs");
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        for (Block b : story.blocks()) {
            if (story.isRemoved(b.index())) {
                continue;
            }
            Matcher m = AT_START.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            String tag = m.group(1);
            String next = m.group(3);
            if (tag.length() < 3 && !slugs.contains(tag)) {
                continue; // two letters are a tag only as a section slug ("ukBe careful")
            }
            boolean quoted = !m.group(2).isEmpty();
            if (!quoted && StoryNames.recurs(tag + next, story.body())) {
                continue; // easyJet, mentioned again: a word
            }
            String nextLower = next.toLowerCase(Locale.ROOT);
            if (quoted || functionWords.contains(nextLower) || openers.contains(nextLower) || slugs.contains(tag)
                    || inHeadline(tag, story.headline())
                    || namedElsewhere(tag, story.body()) || gluedElsewhere(tag, story, b)) {
                out.add(rule.finding(b.start() + m.start(1), b.start() + m.end(1),
                        "A stray word is glued to the start of the paragraph (a scraped tag or label).", null, 0.8));
            }
        }
    }

    private static boolean inHeadline(String tag, String headline) {
        if (headline == null) {
            return false;
        }
        Matcher w = WORD.matcher(headline);
        while (w.find()) {
            if (w.group().equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The tag capitalised inside a sentence somewhere in the story: a name ("Kenya"), not a sentence's first word. */
    private static boolean namedElsewhere(String tag, String body) {
        String name = Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean whole = (at == 0 || !Character.isLetter(body.charAt(at - 1)))
                    && (end == body.length() || !Character.isLetter(body.charAt(end)));
            if (whole && !StoryNames.atSentenceStart(body, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean gluedElsewhere(String tag, StoryText story, Block self) {
        return story.blocks().stream().anyMatch(o -> o != self && o.text().startsWith(tag)
                && o.text().length() > tag.length() && Character.isUpperCase(o.text().charAt(tag.length())));
    }
}
