package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Finds what garbles wire copy. Plain text in, findings out: it knows nothing of stories, users or storage.
 * Paragraph-local work (Copydesk's text rules and LanguageTool) is cached by paragraph text in this engine
 * (a new engine starts cold), so after a one-paragraph edit only that paragraph is checked again; the
 * whole-story passes need no LanguageTool and are cheap enough to run every time, which keeps their
 * cross-paragraph findings exact. Thread-safe.
 */
public final class CleanupEngine {

    /** Above this many characters LanguageTool is skipped: it would take seconds; the other passes still run. */
    public static final int MAX_GRAMMAR_CHARS = 100_000;
    /** Paragraphs per cache. */
    private static final int CACHE_ENTRIES = 20_000;
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed());

    private final HouseStyle style;
    private final GrammarChecker grammar;
    private final Rules rules;
    private final Cache<String, List<Finding>> paragraphCache = Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();
    /** LanguageTool's findings by whitespace-collapsed paragraph (see {@link Collapsed}). */
    private final Cache<String, List<Finding>> grammarCache = Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();

    /** @param grammar LanguageTool, or null to run without grammar and spelling checks */
    public CleanupEngine(HouseStyle style, GrammarChecker grammar) {
        this.style = style;
        this.grammar = grammar;
        this.rules = new Rules(style);
    }

    public HouseStyle style() {
        return style;
    }

    /** Copydesk's own rules, in the order they run (LanguageTool's are not listed: there are thousands). */
    public List<Rule> rules() {
        return rules.all();
    }

    /** The rule with this id: Copydesk's own, or a LanguageTool rule ({@code LT:…}) once it has reported something. */
    public Optional<Rule> rule(String ruleId) {
        return rules.get(ruleId).or(() -> grammar == null ? Optional.empty() : grammar.rule(ruleId));
    }

    public Analysis analyze(String headline, String body) {
        return analyze(headline, body, Set.of());
    }

    /** As {@link #analyze(String, String)}, also flagging the story's source's learned boilerplate lines. */
    public Analysis analyze(String headline, String body, Set<String> learned) {
        String text = body == null ? "" : body;
        if (text.isBlank()) {
            return new Analysis(List.of(), grammar == null ? Analysis.GrammarStatus.OFF : Analysis.GrammarStatus.CHECKED);
        }
        List<Finding> findings = new ArrayList<>();
        StoryText story = StoryText.of(headline, text, learned);
        rules.checkStructure(story, findings);

        boolean english = Text.looksEnglish(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        Analysis.GrammarStatus status = grammarStatus(english, text);
        List<Finding> grammarFindings = new ArrayList<>();
        for (Block b : story.blocks()) {
            for (Finding f : paragraphFindings(b.text(), english)) {
                findings.add(f.shift(b.start()));
            }
            if (status == Analysis.GrammarStatus.CHECKED && !story.isRemoved(b.index())) {
                Optional<List<Finding>> checked = grammarFindings(b.text());
                if (checked.isEmpty()) {
                    status = Analysis.GrammarStatus.LOADING;
                    continue;
                }
                checked.get().forEach(f -> grammarFindings.add(f.shift(b.start())));
            }
        }
        if (english) {
            rules.checkEnglishStory(story, findings);
        }
        // LanguageTool's hint yields to a Copydesk rule on the same words (not to a sentence-wide query).
        for (Finding g : spellingInContext(headline, text, grammarFindings)) {
            int width = g.end() - g.start();
            if (findings.stream().noneMatch(f -> f.overlaps(g) && f.end() - f.start() <= 3 * width + 10)) {
                findings.add(g);
            }
        }
        findings.sort(ORDER);
        return new Analysis(List.copyOf(findings), status);
    }

    /**
     * LanguageTool's spelling findings read against the story: a name the story itself shows to be one is no
     * misspelling, nor is a word of the other spelling variant under house style AUTO (a story that mixes them gets
     * its own finding, {@link MixedSpellings}); under BRITISH, a British spelling stands.
     */
    private List<Finding> spellingInContext(String headline, String text, List<Finding> found) {
        String context = (headline == null ? "" : headline + "\n") + text;
        int offset = context.length() - text.length();
        return found.stream().filter(f -> {
            if (style == HouseStyle.AUTO && grammar != null && grammar.isVariantVocabulary(f.ruleId())) {
                return false; // "apartment" is as good as "flat" when the story may be either variant
            }
            if (f.type() != FindingType.SPELLING || !f.ruleId().startsWith(GrammarChecker.RULE_PREFIX)) {
                return true;
            }
            String covered = text.substring(f.start(), Math.min(f.end(), text.length()));
            Optional<SpellingVariants.Form> variant = rules.spelling().form(covered);
            if (variant.isPresent() && (style == HouseStyle.AUTO
                    || variant.get().variant() == (style == HouseStyle.BRITISH ? SpellingVariants.Variant.BRITISH
                            : SpellingVariants.Variant.AMERICAN))) {
                return false;
            }
            boolean unknownWord = f.ruleId().contains("MORFOLOGIK"); // the speller, not a confusion rule (were/where)
            if (unknownWord && (StoryNames.recurs(covered, context) || partOfAnAddress(text, f.start(), f.end())
                    || insideAName(text, f.start(), f.end()) || onlyCase(covered, f.replacement())
                    || quotedAlone(text, f.start(), f.end()) || closedCompound(covered, f.replacement()))) {
                return false; // a term the story uses on purpose (baile funk), or a web address (.amazon)
            }
            return !rules.names().isName(covered, context, f.start() + offset);
        }).toList();
    }

    /** "Show das Poderosas": a lower-case word between two capitalised ones belongs to a name. */
    private static boolean insideAName(String text, int start, int end) {
        return start >= 2 && end + 1 < text.length() && text.charAt(start - 1) == ' ' && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1))
                && Character.isUpperCase(text.charAt(text.lastIndexOf(' ', start - 2) + 1));
    }

    /** A word in quotation marks of its own ('they were "pardu" (mixed race)') is mentioned, not misspelt. */
    private static boolean quotedAlone(String text, int start, int end) {
        return start > 0 && end < text.length() && "\u201C\"\u2018'".indexOf(text.charAt(start - 1)) >= 0
                && "\u201D\"\u2019'".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * "thinktank" for "think tank", "horsemeat" for "horse meat": two content words written as one is a closed
     * compound, a matter of house style that edited copy has everywhere, not a misspelling. Two words glued where
     * one is a function word ("validateyour", "ofthe") are still flagged.
     */
    static boolean closedCompound(String covered, String suggestion) {
        if (suggestion == null || covered.indexOf(' ') >= 0) {
            return false;
        }
        int split = suggestion.indexOf(' ');
        if (split < 0 || suggestion.indexOf(' ', split + 1) >= 0
                || !suggestion.replace(" ", "").equalsIgnoreCase(covered)) {
            return false;
        }
        String first = suggestion.substring(0, split);
        String second = suggestion.substring(split + 1);
        return first.length() >= 3 && second.length() >= 3 && first.chars().allMatch(Character::isLetter)
                && second.chars().allMatch(Character::isLetter) && !Text.isStopword(first.toLowerCase(Locale.ROOT))
                && !Text.isStopword(second.toLowerCase(Locale.ROOT));
    }

    /** "wi-fi" for "Wi-Fi": a compound whose only fault is its letter case is not misspelt. */
    private static boolean onlyCase(String covered, String suggestion) {
        return suggestion != null && covered.indexOf('-') > 0 && covered.equalsIgnoreCase(suggestion);
    }

    private static boolean partOfAnAddress(String text, int start, int end) {
        return start > 0 && "./@#".indexOf(text.charAt(start - 1)) >= 0
                || end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1));
    }

    private Analysis.GrammarStatus grammarStatus(boolean english, String text) {
        if (grammar == null) {
            return Analysis.GrammarStatus.OFF;
        }
        if (!english) {
            return Analysis.GrammarStatus.NOT_ENGLISH;
        }
        if (text.length() > MAX_GRAMMAR_CHARS) {
            return Analysis.GrammarStatus.TOO_LONG;
        }
        return grammar.isReady() ? Analysis.GrammarStatus.CHECKED : Analysis.GrammarStatus.LOADING;
    }

    private List<Finding> paragraphFindings(String block, boolean english) {
        return paragraphCache.get((english ? "E" : "N") + block, key -> List.copyOf(rules.checkParagraph(block, english)));
    }

    /** Empty while LanguageTool warms up (nothing is cached then). */
    private Optional<List<Finding>> grammarFindings(String block) {
        Collapsed collapsed = Collapsed.of(block);
        // Not Cache.get(key, loader): a check takes milliseconds, too long to hold the cache's lock for a key.
        List<Finding> found = grammarCache.getIfPresent(collapsed.text());
        if (found == null) {
            Optional<List<Finding>> checked = grammar.check(collapsed.text());
            if (checked.isEmpty()) {
                return Optional.empty();
            }
            found = checked.get();
            grammarCache.put(collapsed.text(), found);
        }
        return Optional.of(found.stream().map(collapsed::toOriginal).toList());
    }

    /** Applies every safe fix (see {@link Autoclean}). */
    public Autoclean.Result autoclean(String headline, String body) {
        return Autoclean.run(this, headline, body, (finding, text) -> false);
    }

    /** Autoclean at {@code level}, leaving out what {@code skip} rules out. */
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip,
            Autoclean.Level level) {
        return Autoclean.run(this, headline, body, skip, level, Set.of());
    }

    /** As above, with the source's learned boilerplate lines. */
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip,
            Autoclean.Level level, Set<String> learned) {
        return Autoclean.run(this, headline, body, skip, level, learned);
    }

    /** Applies every safe fix that {@code skip} does not rule out (given the finding and the text it is in). */
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip) {
        return Autoclean.run(this, headline, body, skip);
    }
}
