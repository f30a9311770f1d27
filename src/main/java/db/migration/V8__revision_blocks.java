package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.copydesk.story.BlockCodec;
import dev.copydesk.story.BlockTags;
import dev.copydesk.story.TagCodec;
import dev.copydesk.text.Body;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Revisions store their body as blocks (id, kind, text) instead of text plus tags named by their text.
 * Each revision's body is parsed into blocks (ids b1, b2, … in order), its tags become the kinds of the blocks
 * they named (a tag on part of a paragraph splits it, as tagging does now), and the body column is rewritten
 * as the canonical rendering of those blocks: paragraph breaks and white space at line ends only; the words are
 * untouched, and revision 1 keeps the exact upload in raw_text. This is the one time revision rows are updated.
 * Drafts keep text and tags: they are an editor's unsaved work, kept exactly as typed.
 */
public class V8__revision_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table revision add column blocks text");
        }
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery("select id, body, tags from revision");
                PreparedStatement update = db.prepareStatement("update revision set blocks = ?, body = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                Body body = BlockTags.apply(Body.parse(rows.getString("body")), TagCodec.decode(rows.getString("tags")));
                update.setString(1, BlockCodec.encode(body));
                update.setString(2, body.text());
                update.setLong(3, rows.getLong("id"));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table revision drop column tags");
        }
    }
}
