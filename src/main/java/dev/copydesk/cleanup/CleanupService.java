package dev.copydesk.cleanup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The Spring face of the cleanup engine: one engine and one LanguageTool pool per application (this bean owns
 * them; nothing static shares them), warmed in the background once the app is up, so the first request is never
 * held up by LanguageTool's start-up. Method security lives here, not in the engine.
 */
@Service
public class CleanupService {

    private final GrammarChecker grammar;
    private final CleanupEngine engine;

    CleanupService(@Value("${copydesk.cleanup.house-style:BRITISH}") HouseStyle style,
            @Value("${copydesk.cleanup.grammar:true}") boolean grammarEnabled,
            @Value("${copydesk.cleanup.grammar-instances:0}") int instances) {
        int pool = instances > 0 ? instances : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.grammar = grammarEnabled ? new GrammarChecker(style, pool) : null;
        this.engine = new CleanupEngine(style, grammar);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        if (grammar != null) {
            grammar.startWarmUp();
        }
    }

    @PreAuthorize("isAuthenticated()")
    public Analysis analyze(String headline, String body) {
        return engine.analyze(headline, body);
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body) {
        return engine.autoclean(headline, body);
    }

    @PreAuthorize("isAuthenticated()")
    public Autoclean.Result autoclean(String headline, String body, java.util.function.BiPredicate<Finding, String> skip) {
        return engine.autoclean(headline, body, skip);
    }

    public boolean grammarReady() {
        return grammar == null || grammar.isReady();
    }

}
