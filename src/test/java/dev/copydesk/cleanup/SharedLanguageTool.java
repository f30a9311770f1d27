package dev.copydesk.cleanup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * LanguageTool built once per test JVM: the Spring test context uses the pool the engine tests warm
 * ({@link Engines}), instead of building and warming a second one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedLanguageTool {

    @Bean(destroyMethod = "")
    @Primary
    GrammarChecker sharedGrammarChecker() {
        return Engines.grammar();
    }
}
