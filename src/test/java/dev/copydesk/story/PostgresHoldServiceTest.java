package dev.copydesk.story;

import javax.sql.DataSource;

import dev.copydesk.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The hold tests on a real PostgreSQL: one database for the class, emptied of viewers before each test. */
@Tag("postgres")
@EnabledIf("dev.copydesk.PostgresServer#available")
class PostgresHoldServiceTest extends HoldServiceTest {

    private static DataSource shared;

    @Override
    DataSource dataSource() {
        synchronized (PostgresHoldServiceTest.class) {
            if (shared == null) {
                shared = new DriverManagerDataSource(PostgresServer.freshDatabase("holds"), PostgresServer.user(),
                        PostgresServer.password());
                migrate(shared, "postgresql");
            }
        }
        new JdbcTemplate(shared).update("delete from story_viewer");
        return shared;
    }
}
