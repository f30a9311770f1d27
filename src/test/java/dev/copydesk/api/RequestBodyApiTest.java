package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Optional bodies may be empty whatever they are labelled; every refusal names what was wrong for its endpoint. */
@IntegrationTest
class RequestBodyApiTest {

    private static final String FORM = "application/x-www-form-urlencoded"; // what `curl -d ''` sends

    @Value("${local.server.port}")
    int port;
    @Autowired
    ReviewService workflow;
    @Autowired
    StoryService stories;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    private long story() throws Exception {
        return api.importStory("Bodies Headline\n\nThe council met on Monday.\n\nIt approved the budget.");
    }

    /** A body of unknown length (chunked), as a streaming client sends it. */
    private int chunked(String user, String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void an_empty_optional_body_is_fine_whatever_its_content_type() throws Exception {
        long id = story();
        var cleaned = api.call("editor", "POST", "/api/stories/" + id + "/autoclean", FORM, "");
        assertThat(cleaned.status()).as(cleaned.text()).isEqualTo(200);
        var submitted = api.call("editor", "POST", "/api/stories/" + id + "/submit", FORM, "");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("IN_REVIEW");
        var approved = api.call("reviewer", "POST", "/api/stories/" + id + "/approve", "text/plain", "");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");

        long other = story();
        assertThat(chunked("editor", "/api/stories/" + other + "/submit", "text/plain", ""))
                .as("an empty chunked body too").isEqualTo(200);
    }

    @Test
    void a_json_body_still_works_also_when_chunked() throws Exception {
        long id = story();
        assertThat(chunked("editor", "/api/stories/" + id + "/submit", "application/json", "{\"note\": \"ready now\"}"))
                .isEqualTo(200);
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.auditTrail(id)).getFirst().comment())
                .isEqualTo("ready now");
    }

    @Test
    void a_body_of_the_wrong_type_gets_a_message_about_that_endpoint() throws Exception {
        long id = story();
        var form = api.call("editor", "POST", "/api/stories/" + id + "/submit", FORM, "note=ready");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().get("error").asText()).isEqualTo("unsupported_format");
        assertThat(form.json().get("message").asText())
                .contains("POST /api/stories/" + id + "/submit").contains("{\"note\": \"\u2026\"}")
                .contains("or no body at all").contains(FORM).doesNotContain("story as text/plain");

        var story = api.call("editor", "POST", "/api/stories", "application/json", "{\"a\": 1}");
        assertThat(story.status()).isEqualTo(415);
        assertThat(story.json().get("message").asText()).contains("text/plain").contains("application/json");
        var empty = api.call("editor", "POST", "/api/stories", "application/json", "");
        assertThat(empty.status()).as("an empty import is a 400 whatever its type").isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("no body");
    }

    @Test
    void broken_json_and_wrong_field_types_say_where_and_what() throws Exception {
        long id = story();
        var broken = api.call("editor", "POST", "/api/stories/" + id + "/submit", "application/json", "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).contains("not valid JSON at line 1, column 2")
                .contains("{\"note\": \"\u2026\"}");
        api.call("editor", "POST", "/api/stories/" + id + "/submit", null, null);
        var wrongType = api.call("reviewer", "POST", "/api/stories/" + id + "/approve", "application/json",
                "{\"revision\": \"the latest\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("message").asText()).contains("\u201crevision\u201d has the wrong type")
                .contains("{\"revision\": 3, \"waiver\": \"\u2026\"}");
        var noComment = api.call("reviewer", "POST", "/api/stories/" + id + "/reject", FORM, "");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("message").asText()).contains("comment is required");
    }

    @Test
    void bad_query_parameters_are_named() throws Exception {
        var status = api.get("reviewer", "/api/stories?status=NOPE");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("message").asText()).contains("NOPE").contains("status").contains("IN_REVIEW");
        long id = story();
        var format = api.send("admin", "GET", "/api/stories/" + id + "/export", Map.of(), null);
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("message").asText()).contains("\u201cformat\u201d is required");
    }
}
