package dev.copydesk;

import dev.copydesk.cleanup.SharedLanguageTool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database contract on a real PostgreSQL (an empty database Flyway migrates as the app starts, configured only
 * by the standard {@code spring.datasource.*} properties, as {@code SPRING_DATASOURCE_URL} would in production).
 */
@Tag("postgres")
@EnabledIf(value = "dev.copydesk.PostgresServer#available",
        disabledReason = "no PostgreSQL reachable at COPYDESK_TEST_POSTGRES_URL (bash .ci/run starts one)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SharedLanguageTool.class)
class PostgresDatabaseContractTest extends DatabaseContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry, "contract");
    }
}
