package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.copydesk.security.InvalidUserException;
import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Copydesk needs from its database, checked the same way on each one it runs on (H2, the embedded default;
 * PostgreSQL, for production): text columns, identity columns, row locks ({@code SELECT … FOR UPDATE}) that make
 * concurrent saves wait for each other, user names unique whatever their case in the database itself, and LIKE
 * patterns that take the user's % and _ literally.
 */
public abstract class DatabaseContract {

    @Autowired
    protected StoryService stories;
    @Autowired
    protected UserAccountService users;
    @Autowired
    protected JdbcTemplate jdbc;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private StoryDetails create(String headline, String body) {
        return TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(headline, null, "wire", body,
                body)));
    }

    @Test
    void user_names_are_unique_whatever_their_case_in_the_database_itself() {
        String name = "Case" + unique();
        String insert = "insert into app_user (version, username, display_name, password_hash, role, enabled, "
                + "created_at) values (0, ?, 'Test', 'x', 'EDITOR', true, current_timestamp)";
        jdbc.update(insert, name);
        assertThatThrownBy(() -> jdbc.update(insert, name.toLowerCase(java.util.Locale.ROOT)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> users.create(new NewUser(
                name.toUpperCase(java.util.Locale.ROOT), "Test", "long enough password", Role.EDITOR))))
                .isInstanceOf(InvalidUserException.class);
        jdbc.update(insert, name + "x"); // a different name is fine
    }

    @Test
    void a_headline_search_takes_percent_and_underscore_literally() {
        String tag = unique();
        StoryDetails literal = create("Turnout 100% in Ward_7 " + tag, "The turnout was complete.");
        create("Turnout 1000 in Ward17 " + tag, "The turnout was high.");
        create("Turnout 100 percent in Ward 7 " + tag, "The turnout was complete again.");
        List<StoryListItem> found = TestUsers.as("editor", Role.EDITOR, () -> stories.list(
                new StoryFilter(null, "100% in WARD_7 " + tag), PageRequest.of(0, 10)));
        assertThat(found).extracting(StoryListItem::id).containsExactly(literal.id());
    }

    @Test
    void a_long_body_with_any_characters_is_stored_and_read_back_exactly() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 600_000) {
            body.append("Zo\u00eb\u2019s caf\u00e9 \u201cwon\u201d \u2014 \u0411\u0435\u043b\u0433\u0440\u0430\u0434 "
                    + "\u4e1c\u4eac \ud83d\udcf0 paragraph ").append(body.length()).append(".\n\n");
        }
        String text = body.toString().strip();
        StoryDetails story = create("Long body " + unique(), text);
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.get(story.id())).body()).isEqualTo(text);
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.revision(story.id(), 1)).rawText()).isEqualTo(text);
    }

    @Test
    void identity_columns_hand_out_growing_ids() {
        StoryDetails first = create("First " + unique(), "One.");
        StoryDetails second = create("Second " + unique(), "Two.");
        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void concurrent_saves_to_one_story_wait_for_each_other_and_every_edit_is_kept() throws Exception {
        int editors = 8;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            paragraphs.add("Paragraph " + i + " as received.");
        }
        String body = String.join("\n\n", paragraphs);
        StoryDetails story = create("Hot story " + unique(), body);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StoryDetails>> saves = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(editors)) {
            for (int i = 0; i < editors; i++) {
                int k = i;
                saves.add(pool.submit(() -> {
                    start.await();
                    // Every editor saves from revision 1: the row lock makes each wait, then merge its paragraph.
                    return TestUsers.as("editor" + k, Role.EDITOR, () -> stories.save(story.id(), new StoryEdit(1,
                            story.headline(), null, body.replace("Paragraph " + k + " as received.",
                            "Paragraph " + k + " edited by editor " + k + "."), "edit " + k)));
                }));
            }
            start.countDown();
            for (Future<StoryDetails> save : saves) {
                save.get();
            }
        }
        StoryDetails last = TestUsers.as("editor", Role.EDITOR, () -> stories.get(story.id()));
        assertThat(last.revision()).isEqualTo(editors + 1);
        for (int i = 0; i < editors; i++) {
            assertThat(last.body()).contains("Paragraph " + i + " edited by editor " + i + ".");
        }
    }
}
