package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/stories/{id}/revisions as pinned in API.md: the editor's save, merges, conflicts and idempotent retries. */
@IntegrationTest
class RevisionApiTest {

    private static final String BODY = "Paragraph one as received.\n\nParagraph two as received.\n\nParagraph three as received.";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    private long story() throws Exception {
        return api.importStory("Revisions Headline " + System.nanoTime() + "\n\n" + BODY);
    }

    private static Map<String, Object> edit(int base, String body, String title, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("baseRevision", base);
        json.put("body", body);
        if (title != null) {
            json.put("title", title);
        }
        if (message != null) {
            json.put("message", message);
        }
        return json;
    }

    private ApiCalls.Reply save(String user, long id, Map<String, Object> edit, String key) throws Exception {
        return api.json(user, "POST", "/api/stories/" + id + "/revisions", edit,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private int revisions(long id) throws Exception {
        return api.get("reviewer", "/api/stories/" + id + "/revisions").json().size();
    }

    @Autowired
    dev.copydesk.story.HoldService holds;
    @Autowired
    dev.copydesk.story.StoryService stories;

    @Test
    void a_save_that_changes_a_paragraph_another_editor_holds_is_refused_with_the_text_handed_back() throws Exception {
        long id = story();
        // The admin holds paragraph 2 in an open editor.
        dev.copydesk.TestUsers.as("admin", dev.copydesk.security.Role.ADMIN,
                () -> holds.hold(id, "api-test-viewer", stories.get(id).blockIds().get(1)));
        try {
            String mine = BODY.replace("two as received", "two, changed over the API");
            var refused = save("editor", id, edit(1, mine, null, null), null);
            assertThat(refused.status()).as(refused.text()).isEqualTo(409);
            assertThat(refused.json().get("error").asText()).isEqualTo("conflict");
            assertThat(refused.json().get("message").asText()).contains("admin is editing paragraph 2");
            assertThat(refused.json().get("yours").asText()).isEqualTo(mine);
            assertThat(revisions(id)).isEqualTo(1);
            // Another paragraph is free to change.
            var other = save("editor", id, edit(1, BODY.replace("three as received", "three, changed"), null, null), null);
            assertThat(other.status()).as(other.text()).isEqualTo(201);
        } finally {
            holds.leave("api-test-viewer");
        }
    }

    @Test
    void a_save_on_the_current_revision_makes_the_next_one() throws Exception {
        long id = story();
        String body = BODY.replace("two as received", "two, edited over the API");
        var saved = save("editor", id, edit(1, body, null, "Edited over the API"), null);
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        assertThat(saved.header("Location")).isEqualTo("/api/stories/" + id + "/revisions/2");
        assertThat(saved.json().get("revision").asInt()).isEqualTo(2);
        assertThat(saved.json().get("body").asText()).isEqualTo(body);
        assertThat(saved.json().get("title").asText()).as("no title keeps the headline").startsWith("Revisions Headline");
        assertThat(saved.json().get("merged").asBoolean()).isFalse();
        var history = api.get("reviewer", "/api/stories/" + id + "/revisions").json();
        assertThat(history.get(0).get("message").asText()).isEqualTo("Edited over the API");
        assertThat(history.get(0).get("author").asText()).isEqualTo("editor");

        var retitled = save("editor", id, edit(2, body, "A New Headline", null), null);
        assertThat(retitled.json().get("title").asText()).isEqualTo("A New Headline");
        assertThat(retitled.json().get("revision").asInt()).isEqualTo(3);
    }

    @Test
    void a_stale_base_merges_paragraph_by_paragraph() throws Exception {
        long id = story();
        save("editor", id, edit(1, BODY.replace("one as received", "one by the editor"), null, null), null);
        var merged = save("admin", id, edit(1, BODY.replace("three as received", "three by the admin"), null, "admin"), null);
        assertThat(merged.status()).as(merged.text()).isEqualTo(201);
        assertThat(merged.json().get("merged").asBoolean()).isTrue();
        assertThat(merged.json().get("revision").asInt()).isEqualTo(3);
        assertThat(merged.json().get("body").asText()).contains("one by the editor", "three by the admin");
    }

    @Test
    void overlapping_edits_answer_409_with_your_text_and_the_current_story_and_write_nothing() throws Exception {
        long id = story();
        save("editor", id, edit(1, BODY.replace("two as received", "two by the editor"), null, null), null);
        String mine = BODY.replace("two as received", "two by the admin").replace("\n\n", "\r\n\r\n");
        var conflict = save("admin", id, edit(1, mine, null, null), null);
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.json().get("error").asText()).isEqualTo("conflict");
        assertThat(conflict.json().get("message").asText()).contains("revision 2 by editor").contains("baseRevision 2");
        assertThat(conflict.json().get("yours").asText()).as("exactly the body sent").isEqualTo(mine);
        assertThat(conflict.json().get("current").get("revision").asInt()).isEqualTo(2);
        assertThat(conflict.json().get("current").get("body").asText()).contains("two by the editor");
        assertThat(revisions(id)).isEqualTo(2);
    }

    @Test
    void a_save_that_changes_nothing_answers_200_with_the_current_story() throws Exception {
        long id = story();
        var same = save("editor", id, edit(1, BODY, null, "nothing"), null);
        assertThat(same.status()).as(same.text()).isEqualTo(200);
        assertThat(same.json().get("revision").asInt()).isEqualTo(1);
        assertThat(revisions(id)).isEqualTo(1);
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_revision_even_after_another_save() throws Exception {
        long id = story();
        var first = save("editor", id, edit(1, BODY.replace("one as received", "one, first try"), null, null), "key-A");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("revision").asInt()).isEqualTo(2);
        save("admin", id, edit(2, BODY.replace("one as received", "one, first try")
                .replace("three as received", "three by the admin"), null, null), null);

        var retry = save("editor", id, edit(1, BODY.replace("one as received", "one, first try"), null, null), "key-A");
        assertThat(retry.status()).as(retry.text()).isEqualTo(201);
        assertThat(retry.json().get("revision").asInt()).as("the revision the first request made").isEqualTo(2);
        assertThat(retry.json().get("body").asText()).isEqualTo(first.json().get("body").asText());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(revisions(id)).as("no second revision").isEqualTo(3);
        assertThat(jdbc.queryForObject("select idempotency_key from revision r join story s on s.id = r.story_id"
                + " where s.id = ? and r.number = 2", String.class, id)).as("stored with the revision").isEqualTo("key-A");

        var otherStory = story();
        var sameKeyElsewhere = save("editor", otherStory, edit(1, BODY + "\n\nMore.", null, null), "key-A");
        assertThat(sameKeyElsewhere.status()).as("keys are per story").isEqualTo(201);
    }

    @Test
    void the_same_key_with_a_different_save_is_refused_with_422() throws Exception {
        long id = story();
        save("editor", id, edit(1, BODY + "\n\nAdded.", null, null), "key-B");
        var reused = save("editor", id, edit(2, BODY + "\n\nSomething else.", null, null), "key-B");
        assertThat(reused.status()).as(reused.text()).isEqualTo(422);
        assertThat(reused.json().get("error").asText()).isEqualTo("idempotency_key_reused");
        assertThat(reused.json().get("message").asText()).contains("key-B").contains("revision 2");
        assertThat(revisions(id)).isEqualTo(2);
    }

    @Test
    void concurrent_retries_with_one_key_make_one_revision() throws Exception {
        long id = story();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ApiCalls.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> save("editor", id, edit(1, BODY + "\n\nOnce.", null, null), "key-C"));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<ApiCalls.Reply> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).as(f.get().text()).isEqualTo(201);
                numbers.add(f.get().json().get("revision").asInt());
            }
            assertThat(numbers).containsOnly(2);
        } finally {
            pool.shutdown();
        }
        assertThat(revisions(id)).isEqualTo(2);
    }

    @Test
    void bad_requests_say_what_is_wrong_and_roles_are_enforced() throws Exception {
        long id = story();
        var noBase = api.json("editor", "POST", "/api/stories/" + id + "/revisions", Map.of("body", "x"), Map.of());
        assertThat(noBase.status()).isEqualTo(400);
        assertThat(noBase.json().get("message").asText()).contains("baseRevision");
        var noSuchBase = save("editor", id, edit(9, BODY, null, null), null);
        assertThat(noSuchBase.status()).isEqualTo(400);
        assertThat(noSuchBase.json().get("message").asText()).contains("no revision 9");
        var empty = api.call("editor", "POST", "/api/stories/" + id + "/revisions", "application/json", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("needs a body")
                .contains("{\"baseRevision\": 3, \"body\": \"\u2026\", \"title\": \"\u2026\", \"message\": \"\u2026\"}");
        var text = api.call("editor", "POST", "/api/stories/" + id + "/revisions", "text/plain", "New body");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("message").asText()).contains("baseRevision").contains("text/plain");
        assertThat(save("editor", id, edit(1, "   ", null, null), null).status()).isEqualTo(400);
        var longKey = save("editor", id, edit(1, BODY + "\n\nY.", null, null), "k".repeat(201));
        assertThat(longKey.status()).isEqualTo(400);
        assertThat(longKey.json().get("message").asText()).contains("Idempotency-Key");
        assertThat(save("editor", 999_999, edit(1, BODY, null, null), null).status()).isEqualTo(404);
        assertThat(save("reviewer", id, edit(1, BODY + "\n\nX.", null, null), null).status()).isEqualTo(403);
        assertThat(save(null, id, edit(1, BODY + "\n\nX.", null, null), null).status()).isEqualTo(401);
        assertThat(revisions(id)).isEqualTo(1);
    }

    @Test
    void the_endpoint_and_its_json_body_are_in_the_openapi_description() throws Exception {
        var post = api.get("editor", "/api/openapi").json().get("paths").get("/api/stories/{id}/revisions").get("post");
        assertThat(post.get("requestBody").get("content").has("application/json")).isTrue();
        assertThat(post.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
    }
}
