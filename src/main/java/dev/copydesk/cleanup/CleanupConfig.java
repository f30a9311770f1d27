package dev.copydesk.cleanup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The LanguageTool pool as a bean: off with {@code copydesk.cleanup.grammar=false}, one instance per core (≤ 4). */
@Configuration
class CleanupConfig {

    @Bean
    @ConditionalOnProperty(name = "copydesk.cleanup.grammar", havingValue = "true", matchIfMissing = true)
    GrammarChecker grammarChecker(@Value("${copydesk.cleanup.house-style:AUTO}") HouseStyle style,
            @Value("${copydesk.cleanup.grammar-instances:0}") int instances) {
        int pool = instances > 0 ? instances : Math.min(4, Runtime.getRuntime().availableProcessors());
        return new GrammarChecker(style, pool);
    }
}
