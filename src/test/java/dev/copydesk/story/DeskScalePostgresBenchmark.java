package dev.copydesk.story;

import dev.copydesk.PostgresServer;
import dev.copydesk.cleanup.SharedLanguageTool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DeskScaleBenchmark} on PostgreSQL (a fresh database on {@code COPYDESK_TEST_POSTGRES_URL}).
 * {@code ./mvnw -Pbench test -Dtest=DeskScalePostgresBenchmark}.
 */
@Tag("bench")
@EnabledIf(value = "dev.copydesk.PostgresServer#available",
        disabledReason = "no PostgreSQL reachable at COPYDESK_TEST_POSTGRES_URL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SharedLanguageTool.class)
class DeskScalePostgresBenchmark extends DeskScaleBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry, "desk");
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
