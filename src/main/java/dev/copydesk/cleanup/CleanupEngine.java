package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what garbles wire copy. Plain text in, findings out: it knows nothing of stories, users or storage.
 * Paragraph-local work (Copydesk's text rules and LanguageTool) is cached by paragraph text, so after a
 * one-paragraph edit only that paragraph is checked again; the whole-story passes need no LanguageTool and
 * are cheap enough to run every time, which keeps their cross-paragraph findings exact.
 * Thread-safe.
 */
public final class CleanupEngine {

    /** Above this many characters LanguageTool is skipped: it would take seconds; the other passes still run. */
    public static final int MAX_GRAMMAR_CHARS = 100_000;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\r\\u200B\\uFEFF]+");
    private static final int TEXT_CACHE_ENTRIES = 20_000;
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed());

    private final HouseStyle style;
    private final GrammarChecker grammar;
    private final Map<String, List<Finding>> textRuleCache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Finding>> eldest) {
                    return size() > TEXT_CACHE_ENTRIES;
                }
            });

    /** @param grammar LanguageTool, or null to run without grammar and spelling checks */
    public CleanupEngine(HouseStyle style, GrammarChecker grammar) {
        this.style = style;
        this.grammar = grammar;
    }

    public HouseStyle style() {
        return style;
    }

    public Analysis analyze(String headline, String body) {
        String text = body == null ? "" : body;
        if (text.isBlank()) {
            return new Analysis(List.of(), grammar == null ? Analysis.GrammarStatus.OFF : Analysis.GrammarStatus.CHECKED);
        }
        List<Finding> findings = new ArrayList<>();
        controlCharacters(text, findings);
        List<Block> blocks = Block.split(text);
        StructureRules.Result structure = StructureRules.check(headline, text, blocks);
        findings.addAll(structure.findings());

        boolean english = Text.looksEnglish(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        Analysis.GrammarStatus status = grammarStatus(english, text);
        List<Finding> grammarFindings = new ArrayList<>();
        for (Block b : blocks) {
            for (Finding f : textRules(b.text(), english)) {
                findings.add(f.shift(b.start()));
            }
            if (status == Analysis.GrammarStatus.CHECKED && !structure.removedBlocks().contains(b.index())) {
                Optional<List<Finding>> checked = grammar.check(b.text());
                if (checked.isEmpty()) {
                    status = Analysis.GrammarStatus.LOADING;
                    continue;
                }
                checked.get().forEach(f -> grammarFindings.add(f.shift(b.start())));
            }
        }
        if (english) {
            findings.addAll(StoryRules.check(headline, blocks, structure.removedBlocks(), style));
        }
        // LanguageTool's hint yields to a Copydesk rule on the same words (not to a sentence-wide query).
        for (Finding g : grammarFindings) {
            int width = g.end() - g.start();
            if (findings.stream().noneMatch(f -> f.overlaps(g) && f.end() - f.start() <= 3 * width + 10)) {
                findings.add(g);
            }
        }
        findings.sort(ORDER);
        return new Analysis(List.copyOf(findings), status);
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

    private List<Finding> textRules(String block, boolean english) {
        String key = (english ? "E" : "N") + block;
        List<Finding> cached = textRuleCache.get(key);
        if (cached == null) {
            cached = List.copyOf(TextRules.check(block, style, english));
            textRuleCache.put(key, cached);
        }
        return cached;
    }

    private static void controlCharacters(String text, List<Finding> out) {
        Matcher m = CONTROL.matcher(text);
        while (m.find()) {
            out.add(Finding.safe(FindingType.SPACING, m.start(), m.end(), "Invisible control characters.", null,
                    "control-character", 0.99));
        }
    }

    /** Forgets cached per-paragraph results, LanguageTool's included (benchmarks measure cold analyses). */
    public void clearCaches() {
        textRuleCache.clear();
        if (grammar != null) {
            grammar.clearCache();
        }
    }

    /** Applies every safe fix (see {@link Autoclean}). */
    public Autoclean.Result autoclean(String headline, String body) {
        return Autoclean.run(this, headline, body);
    }

    /** Applies every safe fix that {@code skip} does not rule out (given the finding and the text it is in). */
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip) {
        return Autoclean.run(this, headline, body, skip);
    }
}
