package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-story structure: the repeated headline, the byline zone, ad inserts, scraped boilerplate, repeated
 * paragraphs and sentences, and paragraph separators. These passes look across blocks, so they run on the
 * whole body; they are cheap (no LanguageTool).
 */
final class StructureRules {

    private static final Pattern AD_MARKER = Pattern.compile(
            "^(?i:ad|advert|advertisement|sponsored(?: content| post)?|promoted(?: content)?|paid (?:content|post)"
                    + "|partner content)\\s*[:\u2013\u2014|-]\\s*(.*)$");
    private static final Pattern AD_ALONE = Pattern.compile(
            "^(?i:advertisement|advert|ad|sponsored|promoted|story continues below(?: this)? advertisement"
                    + "|article continues below(?: this)? advertisement|continue reading below|scroll to continue"
                    + "(?: with content)?)\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}.*?([\\s\u00A0]*[-\u2013\u2014,:;|/]+[\\s\u00A0]*)$");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "of", "the", "for", "with", "in", "at", "on", "to",
            "a", "an", "by", "from", "or", "&");

    /** Boilerplate that scraped copy carries: each pattern must match the whole (normalised) block. */
    private static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("spread the (news|word)[.!]?"),
            Pattern.compile("((share|tweet|email|e-mail|print|save|pin|post)( this)?( article| story| page| link)?"
                    + "( on| via| to)?( facebook| twitter| x| linkedin| whatsapp| telegram| reddit| email| e-mail"
                    + "| pinterest| messenger)?[\\s|,/\u2022\u00b7]*){1,6}"),
            Pattern.compile("(follow|like|join) us on .{2,60}"),
            Pattern.compile("(sign up|subscribe|register)( now| today| here)?( to| for)? .{0,80}"
                    + "(newsletter|updates|alerts|briefing|emails?|digest|never miss.*)[.!]?"),
            Pattern.compile("(get|receive) (our|the) .{0,40}newsletter.{0,60}"),
            Pattern.compile(".{0,80}\\bcookies?\\b.{0,120}\\b(accept|consent|agree|policy|settings|continuing)\\b.{0,80}"),
            Pattern.compile("(\u00a9|\\(c\\)|copyright)\\s*.{0,120}"),
            Pattern.compile(".{0,120}all rights reserved\\.?"),
            Pattern.compile("(photo|image|picture|photograph|file photo|pictured|video)( credit)?\\s*[:(\u2013\u2014|-].{0,160}"),
            Pattern.compile("(credit|photo credit|image credit|source)\\s*:.{0,80}(getty|reuters|afp|ap|press|images|"
                    + "photo|shutterstock|agency|pool).{0,40}"),
            Pattern.compile("\\d+\\s+comments?|comments?\\s*\\(\\d+\\)|(view|show|read|load|add|leave)( all)?( \\d+)?"
                    + " comments?( \\(\\d+\\))?|(leave|post) a (comment|reply)"),
            Pattern.compile("(tags?|topics?|filed under|categories|keywords)\\s*:.{0,200}"),
            Pattern.compile("(home|news|world|sport|business)\\s*([>\u00bb\u203a/|]\\s*[\\p{L} &'-]{2,30}\\s*){1,5}"),
            Pattern.compile("(read more|related( stories| articles| coverage| content| links)?|more on this( story)?"
                    + "|see also|recommended( for you)?|you may also like|most read|trending now|more from .{1,30})\\s*[:\u2026.]*"),
            Pattern.compile("(read more|related|see also)\\s*:.{1,150}"),
            Pattern.compile("(click here|tap here|download (our|the) app).{0,120}"));
    /** Author-bio footers: only recognised among the last blocks, where scraped pages put them. */
    private static final Pattern AUTHOR_BIO = Pattern.compile("about the author.{0,300}|\\p{L}+( \\p{L}+){1,3} is an? "
            + "(\\p{L}+ ){0,3}(reporter|correspondent|journalist|writer|editor|columnist|contributor|freelancer)\\b.{0,250}");
    private static final Pattern LINK_LIST_HEAD = Pattern.compile(
            "(read more|related( stories| articles| coverage| content| links)?|more on this( story)?|see also"
                    + "|recommended( for you)?|you may also like|most read|trending now)\\s*:?");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-\u2022*\u00b7\u2013>]|\\d+[.)])\\s+.*");
    private static final Pattern SPEAKER_OR_LIST = Pattern.compile(
            "^\\s*(([-\u2022*\u00b7\u2013]|\\d+[.)])\\s+|(q|a|question|answer)\\s*[:.]|[\\p{Lu}][\\p{L}. ]{0,30}:\\s).*",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_SAFE_DUPLICATE_WORDS = 8;

    private StructureRules() {
    }

    /** The findings, and which blocks they delete whole (later passes skip those). */
    record Result(List<Finding> findings, Set<Integer> removedBlocks) {
    }

    static Result check(String headline, String body, List<Block> blocks) {
        List<Finding> out = new ArrayList<>();
        Set<Integer> removed = new HashSet<>();
        repeatedHeadline(headline, body, blocks, out, removed);
        byline(blocks, removed, out);
        adInserts(body, blocks, out, removed);
        boilerplate(body, blocks, out, removed);
        duplicateBlocks(body, blocks, out, removed);
        duplicateSentences(blocks, out, removed);
        paragraphBreaks(body, blocks, out);
        return new Result(out, removed);
    }

    /** The span that deletes block i cleanly: the block and the separator after it (or before it, if last). */
    static int[] blockDeletion(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (i + 1 < blocks.size()) {
            return new int[] {b.start(), blocks.get(i + 1).start()};
        }
        return new int[] {i > 0 ? blocks.get(i - 1).end() : b.start(), b.end()};
    }

    private static void repeatedHeadline(String headline, String body, List<Block> blocks, List<Finding> out,
            Set<Integer> removed) {
        if (headline == null || headline.isBlank()) {
            return;
        }
        String h = Text.comparable(headline);
        for (int i = 0; i < blocks.size(); i++) {
            if (Text.comparable(blocks.get(i).text()).equals(h)) {
                int[] span = blockDeletion(blocks, i);
                out.add(Finding.safe(FindingType.DUPLICATE, span[0], span[1],
                        "The headline is repeated in the story text.", null, "repeated-headline", 0.98));
                removed.add(i);
            }
        }
    }

    private static void byline(List<Block> blocks, Set<Integer> removed, List<Finding> out) {
        int seen = 0;
        for (int i = 0; i < blocks.size() && seen < 3; i++) {
            if (removed.contains(i)) {
                continue;
            }
            seen++;
            Block b = blocks.get(i);
            Matcher m = BYLINE.matcher(b.text());
            if (b.text().length() <= 120 && m.matches()) {
                out.add(Finding.safe(FindingType.PUNCTUATION, b.start() + m.start(1), b.end(),
                        "Stray punctuation after the byline.", null, "byline-punctuation", 0.95));
                return;
            }
        }
    }

    private static void adInserts(String body, List<Block> blocks, List<Finding> out, Set<Integer> removed) {
        Set<String> payloads = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            Matcher marked = AD_MARKER.matcher(text);
            boolean isAd = marked.matches() || AD_ALONE.matcher(text).matches();
            if (isAd && !removed.contains(i)) {
                int[] span = blockDeletion(blocks, i);
                out.add(Finding.safe(FindingType.AD_INSERT, span[0], span[1], "Ad insert: a line marked as advertising.",
                        null, "ad-marked", 0.97));
                removed.add(i);
                if (marked.matches() && !marked.group(1).isBlank()) {
                    payloads.add(Text.comparable(marked.group(1)));
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!removed.contains(i) && payloads.contains(Text.comparable(blocks.get(i).text()))) {
                int[] span = blockDeletion(blocks, i);
                out.add(Finding.safe(FindingType.AD_INSERT, span[0], span[1],
                        "Ad insert: the same promotion appears as a marked ad elsewhere in the story.", null,
                        "ad-echo", 0.95));
                removed.add(i);
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            if (!removed.contains(i) && looksLikePromoLine(blocks.get(i).text())) {
                Block b = blocks.get(i);
                out.add(Finding.hint(FindingType.AD_INSERT, b.start(), b.end(),
                        "Short title-case line between paragraphs: possibly an ad insert, or a subhead.", null,
                        "ad-promo-line", 0.5));
            }
        }
    }

    /** Title case throughout, function words capitalised too, no sentence punctuation, and short. */
    static boolean looksLikePromoLine(String text) {
        String t = text.strip();
        List<String> words = Text.words(t);
        if (words.size() < 2 || words.size() > 8 || t.matches(".*[.!?:;,\"\u201C\u201D]\\s*$")
                || t.matches("^(?i:by)\\s.*")) {
            return false;
        }
        boolean capitalisedFunctionWord = false;
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
            if (FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                capitalisedFunctionWord = true;
            }
        }
        return capitalisedFunctionWord;
    }

    private static void boilerplate(String body, List<Block> blocks, List<Finding> out, Set<Integer> removed) {
        for (int i = 0; i < blocks.size(); i++) {
            if (removed.contains(i)) {
                continue;
            }
            String norm = blocks.get(i).normalised();
            if (norm.length() > 400) {
                continue;
            }
            boolean match = BOILERPLATE.stream().anyMatch(p -> p.matcher(norm).matches())
                    || i >= blocks.size() - 2 && AUTHOR_BIO.matcher(norm).matches();
            if (!match) {
                continue;
            }
            int[] span = blockDeletion(blocks, i);
            out.add(Finding.safe(FindingType.BOILERPLATE, span[0], span[1],
                    "Web boilerplate (share, subscribe, credits, links or notices), not part of the story.", null,
                    "boilerplate", 0.9));
            removed.add(i);
            if (LINK_LIST_HEAD.matcher(norm).matches()) {
                for (int j = i + 1; j < blocks.size() && LIST_ITEM.matcher(blocks.get(j).text()).matches()
                        && blocks.get(j).wordCount() <= 16; j++) {
                    int[] item = blockDeletion(blocks, j);
                    out.add(Finding.safe(FindingType.BOILERPLATE, item[0], item[1],
                            "A link in a \"read more\" list, not part of the story.", null, "boilerplate-link-list", 0.9));
                    removed.add(j);
                }
            }
        }
    }

    private static void duplicateBlocks(String body, List<Block> blocks, List<Finding> out, Set<Integer> removed) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String key = Text.comparable(b.text());
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier == null || removed.contains(i)) {
                continue;
            }
            boolean safe = b.wordCount() >= MIN_SAFE_DUPLICATE_WORDS && !SPEAKER_OR_LIST.matcher(b.text()).matches()
                    && !b.text().strip().endsWith("?");
            int[] span = blockDeletion(blocks, i);
            if (safe) {
                out.add(Finding.safe(FindingType.DUPLICATE, span[0], span[1],
                        "This paragraph repeats an earlier one word for word.", null, "duplicate-paragraph", 0.95));
                removed.add(i);
            } else if (b.wordCount() > 4) {
                out.add(Finding.hint(FindingType.DUPLICATE, b.start(), b.end(),
                        "This line repeats an earlier one. Keep it if it is a recurring question, subhead or list item.",
                        null, "repeated-line", 0.4));
            }
        }
    }

    private static void duplicateSentences(List<Block> blocks, List<Finding> out, Set<Integer> removed) {
        Map<String, Boolean> seen = new HashMap<>();
        for (Block b : blocks) {
            boolean blockRemoved = removed.contains(b.index());
            for (Text.Sentence s : Text.sentences(b.text())) {
                String key = Text.comparable(s.text());
                if (Text.words(s.text()).size() < MIN_SAFE_DUPLICATE_WORDS) {
                    continue;
                }
                if (seen.putIfAbsent(key, Boolean.TRUE) != null && !blockRemoved && !isWholeBlock(b, s)) {
                    boolean question = s.text().strip().endsWith("?");
                    int start = b.start() + s.start();
                    // Take the space before the sentence with it, so no double space is left behind.
                    while (start > b.start() && Text.isSpace(b.text().charAt(start - b.start() - 1))) {
                        start--;
                    }
                    out.add(new Finding(FindingType.DUPLICATE, start, b.start() + s.end(),
                            "This sentence repeats an earlier one word for word.", null, "duplicate-sentence",
                            question ? 0.5 : 0.9, !question, false));
                }
            }
        }
    }

    private static boolean isWholeBlock(Block b, Text.Sentence s) {
        return s.start() == 0 && s.end() >= b.text().stripTrailing().length();
    }

    /** One blank line between paragraphs: the canonical form of a body. */
    private static void paragraphBreaks(String body, List<Block> blocks, List<Finding> out) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            int from = blocks.get(i).end();
            int to = blocks.get(i + 1).start();
            if (!body.substring(from, to).equals("\n\n")) {
                out.add(Finding.safe(FindingType.SPACING, from, to, "Paragraphs are separated by one blank line.",
                        "\n\n", "paragraph-break", 0.99));
            }
        }
    }
}
