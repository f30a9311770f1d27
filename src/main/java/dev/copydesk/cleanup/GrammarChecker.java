package dev.copydesk.cleanup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.PatternRuleLoader;
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

    /** How LanguageTool's rule ids appear in Copydesk's findings. */
    static final String RULE_PREFIX = "LT:";
    /** Copydesk's own LanguageTool pattern rules (grammar LanguageTool lacks), added to every instance. */
    static final String OWN_RULES = "/cleanup/languagetool-rules.xml";
    private static final String WARM_UP_TEXT = "The minister said on Tuesday that the the talks had went well. "
            + "Their is no reason to belive otherwise, an official added.";

    private final HouseStyle style;
    /** Categories that are noisy on news copy, or that Copydesk's own rules already cover. */
    private final Set<String> offCategories;
    /** Single rules that duplicate Copydesk's own (quotes, abbreviations, spaces) or misfire on news copy. */
    private final Set<String> offRules;
    /** The only LanguageTool rules whose single suggestion autoclean may apply without review. */
    private final Set<String> safeRules;
    /** LanguageTool's rules as Copydesk rules, by Copydesk id, as they first report something. */
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();
    /** Rules about the other variant's vocabulary (en-GB's "American English phrases": apartment, flat). */
    private final Set<String> variantVocabulary = ConcurrentHashMap.newKeySet();
    private final int poolSize;
    private final BlockingQueue<JLanguageTool> pool;
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private final AtomicBoolean started = new AtomicBoolean(false);
    private final java.util.concurrent.atomic.AtomicLong paragraphsChecked = new java.util.concurrent.atomic.AtomicLong();

    public GrammarChecker(HouseStyle style, int poolSize) {
        this.style = style;
        WordLists lists = new WordLists();
        this.offCategories = lists.set("languagetool-off-categories");
        this.offRules = lists.set("languagetool-off-rules");
        this.safeRules = lists.set("languagetool-safe-rules");
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
        offCategories.forEach(c -> lt.disableCategory(new CategoryId(c)));
        offRules.forEach(lt::disableRule);
        // Copydesk's own rules: should they fail to load, LanguageTool's own checks still run
        try (var in = GrammarChecker.class.getResourceAsStream(OWN_RULES)) {
            if (in == null) {
                throw new IOException("missing from the class path");
            }
            new PatternRuleLoader().getRules(in, OWN_RULES, lt.getLanguage()).forEach(lt::addRule);
        } catch (IOException | RuntimeException e) {
            log.error("Copydesk's LanguageTool rules {} did not load; LanguageTool's own rules run without them", OWN_RULES, e);
        }
        lt.addRule(new SubjectVerbComma(JLanguageTool.getMessageBundle()));
        return lt;
    }

    /** How many paragraphs LanguageTool has actually checked (cache misses): shows what an edit costs. */
    public long paragraphsChecked() {
        return paragraphsChecked.get();
    }

    public boolean isReady() {
        return ready.get();
    }

    /** The LanguageTool rule with this Copydesk id ({@code LT:…}), once it has reported something. */
    public Optional<Rule> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
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

    private List<Finding> toFindings(String paragraph, List<RuleMatch> matches) {
        List<Finding> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            Rule rule = rules.computeIfAbsent(RULE_PREFIX + m.getRule().getId(), id -> asRule(m.getRule()));
            List<String> suggestions = m.getSuggestedReplacements();
            String message = m.getMessage().replace("<suggestion>", "\u201c").replace("</suggestion>", "\u201d")
                    .replaceAll("<[^>]+>", "");
            if (suggestions.size() > 1) {
                message += " Suggestions: " + String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size())));
            }
            boolean safe = rule.safe() && suggestions.size() == 1;
            out.add(suggestions.isEmpty()
                    ? new Finding(rule, m.getFromPos(), m.getToPos(), message, null, 0.5, false, true)
                    : new Finding(rule, m.getFromPos(), m.getToPos(), message, suggestions.getFirst(), safe ? 0.9 : 0.5,
                            safe, false));
        }
        return List.copyOf(out);
    }

    /** True for a rule that flags the other English variant's words (apartment for flat), by Copydesk id. */
    public boolean isVariantVocabulary(String ruleId) {
        return variantVocabulary.contains(ruleId);
    }

    /** A LanguageTool rule as a Copydesk rule: its type from its category; safe only if the profile says so. */
    private Rule asRule(org.languagetool.rules.Rule lt) {
        String category = lt.getCategory().getId().toString();
        if (category.equals("AMERICAN_ENGLISH") || category.equals("BRITISH_ENGLISH")) {
            variantVocabulary.add(RULE_PREFIX + lt.getId());
        }
        FindingType type = switch (lt.getCategory().getId().toString()) {
            case "TYPOS" -> FindingType.SPELLING;
            case "PUNCTUATION" -> FindingType.PUNCTUATION;
            case "GRAMMAR", "CONFUSED_WORDS", "COMPOUNDING", "MULTITOKEN_SPELLING", "PROPER_NOUNS" -> FindingType.GRAMMAR;
            default -> FindingType.STYLE;
        };
        return new Rule(RULE_PREFIX + lt.getId(), type, safeRules.contains(lt.getId()) ? Rule.Nature.SAFE : Rule.Nature.HINT);
    }
}
