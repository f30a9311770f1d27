package dev.copydesk.cleanup;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The Spring face of the cleanup engine: one engine per application over the LanguageTool pool the context
 * provides (a bean, not a static, so a test JVM can hand every context the one pool it already warmed), warmed in
 * the background once the app is up, so the first request is never held up by LanguageTool's start-up. Method
 * security lives here, not in the engine.
 */
@Service
public class CleanupService {

    private final GrammarChecker grammar;
    private final CleanupEngine engine;
    private final LearnedLines learned;

    private final Timer analyses;

    CleanupService(@Value("${copydesk.cleanup.house-style:AUTO}") HouseStyle style,
            Optional<GrammarChecker> grammar, Optional<LearnedLines> learned, Optional<MeterRegistry> meters) {
        this.analyses = meters.map(m -> m.timer("copydesk.analyses")).orElse(null);
        this.grammar = grammar.orElse(null);
        this.engine = new CleanupEngine(style, this.grammar);
        this.learned = learned.orElse(source -> java.util.Set.of());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        if (grammar != null) {
            grammar.startWarmUp();
        }
    }

    @PreAuthorize("isAuthenticated()")
    public Analysis analyze(String headline, String body) {
        return timed(() -> engine.analyze(headline, body));
    }

    /** Metric copydesk.analyses: how long each analysis of a story takes. */
    private Analysis timed(java.util.function.Supplier<Analysis> analysis) {
        return analyses == null ? analysis.get() : analyses.record(analysis);
    }

    /** As {@link #analyze(String, String)} for a story from {@code source}: its learned boilerplate is flagged too. */
    @PreAuthorize("isAuthenticated()")
    public Analysis analyze(String headline, String body, String source) {
        return timed(() -> engine.analyze(headline, body, learned.of(source)));
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body) {
        return engine.autoclean(headline, body);
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip) {
        return engine.autoclean(headline, body, skip);
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip,
            Autoclean.Level level) {
        return engine.autoclean(headline, body, skip, level);
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip,
            Autoclean.Level level, String source) {
        return engine.autoclean(headline, body, skip, level, learned.of(source));
    }

    public boolean grammarReady() {
        return grammar == null || grammar.isReady();
    }

}
