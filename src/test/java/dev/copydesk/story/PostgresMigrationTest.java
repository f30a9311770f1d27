package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.copydesk.PostgresServer;
import dev.copydesk.text.Body;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A PostgreSQL database written by the previous release (schema version 14, before case-insensitive user names)
 * migrates to this one with its stories, revisions and users intact; an empty one migrates too (the contract
 * test's app start does that).
 */
@Tag("postgres")
@EnabledIf(value = "dev.copydesk.PostgresServer#available",
        disabledReason = "no PostgreSQL reachable at COPYDESK_TEST_POSTGRES_URL (bash .ci/run starts one)")
class PostgresMigrationTest {

    private static Flyway flyway(String url, String target) {
        var config = Flyway.configure().dataSource(url, PostgresServer.user(), PostgresServer.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void a_database_of_the_previous_release_migrates_with_its_data_and_then_refuses_a_name_differing_in_case()
            throws SQLException {
        String url = PostgresServer.freshDatabase("previous");
        flyway(url, "14").migrate();
        Body body = Body.parse("First paragraph.\n\nSecond paragraph.");
        try (Connection db = PostgresServer.connect(url); Statement sql = db.createStatement()) {
            sql.execute("insert into app_user (version, username, display_name, password_hash, role, enabled, "
                    + "created_at) values (0, 'Ana', 'Ana', 'x', 'EDITOR', true, now())");
            sql.execute("insert into story (id, version, headline, source, status, current_revision, last_editor, "
                    + "created_at, updated_at) overriding system value values (1, 0, 'H', 'wire', 'DRAFT', 1, "
                    + "'Ana', now(), now())");
            try (PreparedStatement revision = db.prepareStatement("insert into revision (version, story_id, number, "
                    + "headline, body, blocks, raw_text, author, created_at) values (0, 1, 1, 'H', ?, ?, 'raw', "
                    + "'Ana', now())")) {
                revision.setString(1, body.text());
                revision.setString(2, BlockCodec.encode(body));
                revision.executeUpdate();
            }
        }

        assertThat(flyway(url, null).migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);

        try (Connection db = PostgresServer.connect(url); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select body, blocks from revision where story_id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(BlockCodec.decode(rows.getString("blocks"), rows.getString("body"))).isEqualTo(body);
            }
            try (ResultSet rows = sql.executeQuery("select username from app_user")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Ana");
            }
            assertThatThrownBy(() -> sql.execute("insert into app_user (version, username, display_name, "
                    + "password_hash, role, enabled, created_at) values (0, 'ANA', 'Ana', 'x', 'EDITOR', true, now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("uq_app_user_username_lower");
        }
    }
}
