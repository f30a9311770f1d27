package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;

/**
 * The README's backup and restore of the embedded database, step by step: with the app stopped, H2's Script tool
 * writes the database to a compressed SQL file; the data directory is wiped; RunScript reads it back into a new
 * database, which has the same revisions, byte for byte. (The README runs the same tools from the packaged jar.)
 */
class BackupRestoreTest {

    static List<String> revisions(Connection db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select story_id, number, headline, body, blocks, raw_text, author, created_at from revision "
                        + "order by story_id, number")) {
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    row.append(rows.getString(i)).append('\u001f');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    static void writeStories(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                sql.execute("insert into story (id, version, headline, source, status, current_revision, last_editor, "
                        + "created_at, updated_at) values (" + i + ", 0, 'Story " + i + "', 'wire', 'DRAFT', 2, 'editor', "
                        + "current_timestamp, current_timestamp)");
                for (int n = 1; n <= 2; n++) {
                    sql.execute("insert into revision (version, story_id, number, headline, body, blocks, raw_text, "
                            + "author, created_at) values (0, " + i + ", " + n + ", 'Story " + i + "', 'Caf\u00e9 "
                            + "\u201cquoted\u201d text " + i + "." + n + "', null, 'raw " + i + "', 'editor', "
                            + "current_timestamp)");
                }
            }
        }
    }

    @Test
    void a_script_backup_of_the_stopped_database_restores_into_a_wiped_data_directory_with_the_same_revisions()
            throws Exception {
        Path data = Files.createTempDirectory("copydesk-data");
        String url = "jdbc:h2:file:" + data.resolve("copydesk").toAbsolutePath() + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        List<String> before;
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            writeStories(db);
            before = revisions(db);
        }
        assertThat(before).hasSize(6);

        Path backup = Files.createTempDirectory("copydesk-backup").resolve("copydesk-backup.zip");
        Script.main("-url", url, "-user", "sa", "-script", backup.toString(), "-options", "compression", "zip");
        assertThat(backup).isNotEmptyFile();

        try (var files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (var left = Files.list(data)) {
            assertThat(left).as("the data directory is wiped").isEmpty();
        }

        RunScript.main("-url", url, "-user", "sa", "-script", backup.toString(), "-options", "compression", "zip");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(revisions(db)).isEqualTo(before);
            try (Statement sql = db.createStatement(); ResultSet v = sql.executeQuery(
                    "select max(\"version\") from \"flyway_schema_history\"")) {
                assertThat(v.next()).isTrue();
                assertThat(v.getString(1)).as("the schema history comes back too").isNotBlank();
            }
        }
    }
}
