package dev.copydesk.cleanup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool with a newsroom profile. JLanguageTool is not thread-safe, so a small pool of long-lived
 * instances (one per core) serves all checks; they are built and warmed in the background, and until then
 * {@link #check} answers "not ready" instead of blocking. It holds no results: {@link CleanupEngine} caches
 * them per paragraph, so an edit re-checks only the paragraphs it touched.
 */
public final class GrammarChecker {

    private static final Logger log = LoggerFactory.getLogger(GrammarChecker.class);

    /** Categories that are noisy on news copy, or that Copydesk's own rules already cover. */
    private static final Set<String> OFF_CATEGORIES = Set.of("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "TYPOGRAPHY",
            "CASING", "COLLOCATIONS", "CREATIVE_WRITING", "TEXT_ANALYSIS", "WIKIPEDIA", "SEMANTICS", "MISC",
            "GENDER_NEUTRALITY", "NONSTANDARD_PHRASES", "REPETITIONS_STYLE");
    /** Single rules that duplicate Copydesk's own (quotes, abbreviations, spaces) or misfire on news copy. */
    private static final Set<String> OFF_RULES = Set.of("EN_UNPAIRED_QUOTES", "EN_UNPAIRED_BRACKETS",
            "ABBREVIATION_PUNCTUATION", "COMMA_COMPOUND_SENTENCE", "COMMA_COMPOUND_SENTENCE_2",
            "WHITESPACE_RULE", "SENTENCE_WHITESPACE", "CONSECUTIVE_SPACES", "UPPERCASE_SENTENCE_START");
    /** The only LanguageTool rules whose single suggestion autoclean may apply without review. */
    static final Set<String> SAFE_RULES = Set.of("EN_A_VS_AN", "ENGLISH_WORD_REPEAT_RULE");
    private static final String WARM_UP_TEXT = "The minister said on Tuesday that the the talks had went well. "
            + "Their is no reason to belive otherwise, an official added.";

    private final HouseStyle style;
    private final int poolSize;
    private final BlockingQueue<JLanguageTool> pool;
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private final AtomicBoolean started = new AtomicBoolean(false);
    private final java.util.concurrent.atomic.AtomicLong paragraphsChecked = new java.util.concurrent.atomic.AtomicLong();

    public GrammarChecker(HouseStyle style, int poolSize) {
        this.style = style;
        this.poolSize = Math.max(1, poolSize);
        this.pool = new ArrayBlockingQueue<>(this.poolSize);
    }

    public HouseStyle style() {
        return style;
    }

    /** Builds and warms the pool on a background thread; returns at once. */
    public void startWarmUp() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().name("languagetool-warm-up").daemon(true).start(this::warmUp);
        }
    }

    /** Builds and warms the pool on the calling thread, for callers that would rather wait (batch jobs, tests). */
    public void warmUpNow() {
        if (started.compareAndSet(false, true)) {
            warmUp();
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!ready.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("LanguageTool did not start; see the log");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void warmUp() {
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < poolSize; i++) {
                JLanguageTool lt = newInstance();
                lt.check(WARM_UP_TEXT);
                pool.add(lt);
            }
            ready.set(true);
            log.info("LanguageTool ({}) ready: {} instance(s) in {} ms", style.languageCode(), poolSize,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.error("LanguageTool failed to start; grammar and spelling checks are off", e);
        }
    }

    private JLanguageTool newInstance() {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode(style.languageCode()));
        OFF_CATEGORIES.forEach(c -> lt.disableCategory(new CategoryId(c)));
        OFF_RULES.forEach(lt::disableRule);
        return lt;
    }

    /** How many paragraphs LanguageTool has actually checked (cache misses): shows what an edit costs. */
    public long paragraphsChecked() {
        return paragraphsChecked.get();
    }

    public boolean isReady() {
        return ready.get();
    }

    /**
     * Findings for one paragraph (offsets relative to it), or empty while LanguageTool is still warming up.
     * Uncached: the engine caches results per paragraph, with its other paragraph-local work.
     */
    public Optional<List<Finding>> check(String paragraph) {
        if (!ready.get()) {
            return Optional.empty();
        }
        paragraphsChecked.incrementAndGet();
        return Optional.of(toFindings(paragraph, runChecked(paragraph)));
    }

    private List<RuleMatch> runChecked(String paragraph) {
        JLanguageTool lt;
        try {
            lt = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        try {
            return lt.check(paragraph);
        } catch (IOException | RuntimeException e) {
            log.warn("LanguageTool failed on a paragraph of {} chars; skipped", paragraph.length(), e);
            return List.of();
        } finally {
            pool.add(lt);
        }
    }

    private static List<Finding> toFindings(String paragraph, List<RuleMatch> matches) {
        List<Finding> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            String ruleId = m.getRule().getId();
            String category = m.getRule().getCategory().getId().toString();
            String covered = paragraph.substring(m.getFromPos(), m.getToPos());
            FindingType type = switch (category) {
                case "TYPOS" -> FindingType.SPELLING;
                case "PUNCTUATION" -> FindingType.PUNCTUATION;
                case "GRAMMAR", "CONFUSED_WORDS", "COMPOUNDING", "MULTITOKEN_SPELLING", "PROPER_NOUNS" -> FindingType.GRAMMAR;
                default -> FindingType.STYLE;
            };
            if (type == FindingType.SPELLING && isNameLike(covered)) {
                continue; // proper names (Churkin, Deir al-Zour), acronyms, glued tokens: not misspellings
            }
            List<String> suggestions = m.getSuggestedReplacements();
            String replacement = suggestions.isEmpty() ? null : suggestions.getFirst();
            boolean safe = SAFE_RULES.contains(ruleId) && suggestions.size() == 1;
            String message = m.getMessage().replaceAll("</?suggestion>", "\u201c").replaceAll("<[^>]+>", "");
            if (suggestions.size() > 1) {
                message += " Suggestions: " + String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size())));
            }
            out.add(replacement == null
                    ? Finding.query(type, m.getFromPos(), m.getToPos(), message, "LT:" + ruleId, 0.5)
                    : new Finding(type, m.getFromPos(), m.getToPos(), message, replacement, "LT:" + ruleId,
                            safe ? 0.9 : 0.5, safe, false));
        }
        return List.copyOf(out);
    }

    private static boolean isNameLike(String token) {
        return token.chars().anyMatch(Character::isUpperCase) || token.chars().anyMatch(Character::isDigit);
    }
}
