package dev.copydesk.cleanup;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Scraped web boilerplate: share and subscribe prompts, notices, credits, comment counts, tags, breadcrumbs,
 * "read more" headings with the links listed under them, and author bios among the last paragraphs.
 */
final class Boilerplate extends StoryCheck {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-\u2022*\u00b7\u2013>]|\\d+[.)])\\s+.*");
    private static final int MAX_CHARS = 400;
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?](?:\\s|$)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}'-]+");
    private static final Pattern SEPARATOR = Pattern.compile("[|\u2022\u00b7/]");
    private static final int MAX_LINK_WORDS = 16;

    private final Rule passage = safe("boilerplate", FindingType.BOILERPLATE);
    private final Rule link = safe("boilerplate-link-list", FindingType.BOILERPLATE);
    /** A hint, not safe: a source re-sending a story (an update) repeats its lines too; a person decides. */
    private final Rule learnedLine = hint("learned-boilerplate", FindingType.BOILERPLATE);
    /** Each must match the whole (normalised) block. */
    private final List<Pattern> patterns;
    /** Author-bio footers: only recognised among the last blocks, where scraped pages put them. */
    private final Pattern authorBio;
    private final Pattern linkListHead;
    private final java.util.Set<String> linkWords;

    Boilerplate(WordLists lists) {
        patterns = lists.list("boilerplate-patterns").stream().map(Pattern::compile).toList();
        authorBio = Pattern.compile("about the author.{0,300}|\\p{L}+( \\p{L}+){1,3} is an? (\\p{L}+ ){0,3}("
                + WordLists.alternation(lists.list("author-roles")) + ")\\b.{0,250}");
        linkWords = lists.set("link-words");
        linkListHead = Pattern.compile("(" + WordLists.alternation(lists.list("link-list-headings")) + ")\\s*:?");
    }

    /**
     * A line judged by its features, not a phrase: short, no sentence in it, and made mostly of a site's chrome words
     * ("Facebook Twitter WhatsApp Email", "Home | News | Sport | Opinion", "Sign in | Subscribe").
     */
    private boolean siteChrome(String norm) {
        if (norm.length() > 120 || SENTENCE_END.matcher(norm).find()) {
            return false;
        }
        List<String> words = java.util.Arrays.stream(NOT_A_WORD.split(norm)).filter(w -> !w.isEmpty()).toList();
        long chrome = words.stream().filter(linkWords::contains).count();
        boolean separated = SEPARATOR.matcher(norm).find();
        return words.size() >= 3 && chrome * 5 >= words.size() * 4 || separated && chrome >= 2 && chrome * 3 >= words.size() * 2;
    }

    /** The share of the story's paragraphs that are learned lines: most of them means a re-sent story, not chrome. */
    private static double learnedShare(StoryText story) {
        long learned = story.blocks().stream().filter(b -> story.learned().contains(b.normalised())).count();
        return (double) learned / Math.max(1, story.blocks().size());
    }

    @Override
    void check(StoryText story, List<Finding> out) {
        List<Block> blocks = story.blocks();
        // a re-sent story (most paragraphs learned lines) teaches nothing here: worked out once, not per line
        boolean flagLearned = !story.learned().isEmpty() && learnedShare(story) <= 0.5;
        for (int i = 0; i < blocks.size(); i++) {
            if (story.isRemoved(i)) {
                continue;
            }
            String norm = blocks.get(i).normalised();
            if (norm.length() > MAX_CHARS) {
                continue;
            }
            boolean match = patterns.stream().anyMatch(p -> p.matcher(norm).matches()) || siteChrome(norm)
                    || i >= blocks.size() - 2 && authorBio.matcher(norm).matches();
            if (!match) {
                if (flagLearned && story.learned().contains(norm)) {
                    int[] span = story.deletion(i);
                    out.add(learnedLine.finding(span[0], span[1], "A line this source sends with many of its stories: its "
                            + "boilerplate, as the desk learned it.", null, 0.9));
                }
                continue;
            }
            out.add(story.deleteBlock(passage, i,
                    "Web boilerplate (share, subscribe, credits, links or notices), not part of the story.", 0.9));
            if (linkListHead.matcher(norm).matches()) {
                for (int j = i + 1; j < blocks.size() && LIST_ITEM.matcher(blocks.get(j).text()).matches()
                        && blocks.get(j).wordCount() <= MAX_LINK_WORDS; j++) {
                    out.add(story.deleteBlock(link, j, "A link in a \"read more\" list, not part of the story.", 0.9));
                }
            }
        }
    }
}
