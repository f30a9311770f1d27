package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by the schema before blocks (revision text plus tags named by their text) migrates to
 * revisions stored as blocks without losing a tag, on the same H2 file settings the app uses.
 */
class BlockMigrationTest {

    private static final String TAGS = "[{\"kind\":\"AD\",\"text\":\"Buy Our Sofas Now\"},"
            + "{\"kind\":\"BOILERPLATE\",\"text\":\" Sponsored by Acme.\"},{\"kind\":\"AD\",\"text\":\"Gone Ad Line\"}]";

    @Test
    void revisions_with_tags_by_text_become_blocks_with_kinds_and_no_tag_is_lost() throws Exception {
        Path dir = Files.createTempDirectory("copydesk-migration");
        String url = "jdbc:h2:file:" + dir.resolve("copydesk").toAbsolutePath() + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").target("6").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into story (id, version, headline, source, status, current_revision, last_editor, "
                    + "created_at, updated_at) values (1, 0, 'H', 'wire', 'DRAFT', 2, 'editor', now(), now())");
            sql.execute("insert into revision (id, version, story_id, number, headline, body, raw_text, author, "
                    + "created_at) values (1, 0, 1, 1, 'H', 'First paragraph.\nBuy Our Sofas Now\n\n\n"
                    + "Second paragraph. Sponsored by Acme.\n', 'raw', 'editor', now())");
            sql.execute("insert into revision (id, version, story_id, number, parent_id, headline, body, author, "
                    + "created_at, tags) values (2, 0, 1, 2, 1, 'H', 'First paragraph.\nBuy Our Sofas Now\n\n\n"
                    + "Second paragraph. Sponsored by Acme.\n', 'editor', now(), '" + TAGS + "')");
        }

        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select number, body, blocks, raw_text from revision order by number")) {
            rows.next();
            Body first = BlockCodec.decode(rows.getString("blocks"), rows.getString("body"));
            assertThat(rows.getString("body")).isEqualTo("First paragraph.\n\nBuy Our Sofas Now\n\n"
                    + "Second paragraph. Sponsored by Acme.");
            assertThat(first.blocks()).extracting(Block::kind).containsOnly(BlockKind.TEXT);
            assertThat(rows.getString("raw_text")).as("the exact upload stays").isEqualTo("raw");

            rows.next();
            Body second = BlockCodec.decode(rows.getString("blocks"), rows.getString("body"));
            assertThat(second.blocks()).containsExactly(
                    new Block("b1", BlockKind.TEXT, "First paragraph."),
                    new Block("b2", BlockKind.AD, "Buy Our Sofas Now"),
                    new Block("b3", BlockKind.TEXT, "Second paragraph."),
                    new Block("b4", BlockKind.BOILERPLATE, "Sponsored by Acme."));
            assertThat(rows.getString("body")).isEqualTo(second.text());
            assertThat(second.publishText()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet columns = db.getMetaData().getColumns(null, null, "REVISION", "TAGS")) {
            assertThat(columns.next()).as("tags live in the blocks now").isFalse();
        }
    }
}
