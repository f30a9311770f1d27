package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pinned REST API over real HTTP with HTTP Basic, as a wire feed or script would call it. */
@IntegrationTest
class StoryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    record Reply(int status, JsonNode json, String location) {
    }

    private Reply call(String user, String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Reply(response.statusCode(), json, response.headers().firstValue("Location").orElse(null));
    }

    private long importSeed() throws Exception {
        Reply created = call("editor", "POST", "/api/stories", "text/plain; charset=UTF-8",
                Files.readString(Path.of("src/main/resources/demo/story-as-received.txt")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void import_autoclean_submit_approve_through_the_pinned_endpoints() throws Exception {
        Reply created = call("editor", "POST", "/api/stories?source=wire", "text/plain; charset=UTF-8",
                Files.readString(Path.of("src/main/resources/demo/story-as-received.txt")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).isEqualTo("/api/stories/" + id);
        assertThat(created.json().get("title").asText()).startsWith("Russia Slams");
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.json().get("revision").asInt()).isEqualTo(1);
        assertThat(created.json().get("body").asText()).startsWith("Russia Slams");

        Reply findings = call("reviewer", "GET", "/api/stories/" + id + "/findings", null, null);
        assertThat(findings.status()).isEqualTo(200);
        JsonNode first = findings.json().get(0);
        assertThat(first.get("type").asText()).isEqualTo("DUPLICATE");
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.has("end") && first.has("message") && first.has("replacement")).isTrue();
        assertThat(first.get("replacement").isNull()).isTrue();

        Reply cleaned = call("editor", "POST", "/api/stories/" + id + "/autoclean", null, null);
        assertThat(cleaned.json().get("revision").asInt()).isEqualTo(2);
        assertThat(cleaned.json().get("body").asText()).doesNotContain("Lounge Bar");
        assertThat(call("editor", "POST", "/api/stories/" + id + "/submit", "application/json", "{\"note\": \"ready\"}")
                .json().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/approve", null, null).json().get("status").asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void autoclean_at_the_suggested_level_also_takes_suggestions_and_an_unknown_level_is_refused() throws Exception {
        String text = "Council budget\n\nThe council met in the vicinity of the town hall to discuss the budget for the coming year.\n\n"
                + "In the event that the vote fails, members will ask for more time to read the figures.";
        long id = call("editor", "POST", "/api/stories?source=wire", "text/plain; charset=UTF-8", text).json()
                .get("id").asLong();
        JsonNode findings = call("editor", "GET", "/api/stories/" + id + "/findings", null, null).json();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("hint").asBoolean()).isTrue();
            assertThat(f.get("safe").asBoolean()).isFalse();
        });

        Reply unknown = call("editor", "POST", "/api/stories/" + id + "/autoclean?level=everything", null, null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("safe").contains("suggested");

        Reply safe = call("editor", "POST", "/api/stories/" + id + "/autoclean?level=safe", null, null);
        assertThat(safe.json().get("body").asText()).contains("in the vicinity of the town hall to discuss");
        Reply all = call("editor", "POST", "/api/stories/" + id + "/autoclean?level=suggested", null, null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("body").asText()).contains("met near the town hall to discuss").contains("If the vote fails");
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/autoclean?level=suggested", null, null).status())
                .isEqualTo(403);
    }

    private String exportText(long id, String user, String format) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stories/" + id
                + "/export?format=" + format)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + "\n" + response.body();
    }

    @Test
    void the_seed_imported_autocleaned_approved_and_exported_as_text_matches_the_golden_file() throws Exception {
        long id = importSeed();
        assertThat(exportText(id, "admin", "text")).as("export before approval").startsWith("409\n");
        call("editor", "POST", "/api/stories/" + id + "/autoclean", null, null);
        call("editor", "POST", "/api/stories/" + id + "/submit", null, null);
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/approve", null, null).status()).isEqualTo(200);

        String text = exportText(id, "admin", "text");
        java.nio.file.Path golden = Path.of("src/test/resources/export/seed-autocleaned.expected.txt");
        if (!Files.exists(golden)) {
            Files.writeString(Path.of("target/seed-autocleaned.actual.txt"), text.substring(4));
        }
        assertThat(text).isEqualTo("200\n" + Files.readString(golden));
        String nitf = exportText(id, "admin", "nitf");
        assertThat(nitf).startsWith("200\n<?xml");
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/standards/nitf/nitf-3-6.xsd")).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(nitf.substring(4))));
        String ninjs = exportText(id, "admin", "ninjs");
        assertThat(ninjs).startsWith("200\n{");
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(getClass().getResourceAsStream("/standards/ninjs/ninjs-schema_2.2.json"));
        assertThat(schema.validate(JSON.readTree(ninjs.substring(4)))).isEmpty();
        assertThat(exportText(id, "admin", "pdf")).startsWith("400\n");
        assertThat(exportText(id, "reviewer", "text")).as("REVIEWER cannot export").startsWith("403\n");
        assertThat(exportText(id, "editor", "text")).startsWith("403\n");
    }

    @Test
    void stories_and_revisions_can_be_listed() throws Exception {
        long id = importSeed();
        call("editor", "POST", "/api/stories/" + id + "/autoclean", null, null);
        Reply list = call("reviewer", "GET", "/api/stories?status=DRAFT&q=russia&size=500", null, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValues("id").stream().map(JsonNode::asLong)).contains(id);
        Reply revisions = call("reviewer", "GET", "/api/stories/" + id + "/revisions", null, null);
        assertThat(revisions.json().get(0).get("number").asInt()).isEqualTo(2);
        assertThat(revisions.json().get(0).get("message").asText()).startsWith("Autoclean: ");
        Reply first = call("reviewer", "GET", "/api/stories/" + id + "/revisions/1", null, null);
        assertThat(first.json().get("body").asText()).startsWith("Russia Slams");
        assertThat(call("reviewer", "GET", "/api/stories?status=NOPE", null, null).status()).isEqualTo(400);
    }

    @Test
    void an_openapi_description_of_the_api_is_served() throws Exception {
        Reply openapi = call("editor", "GET", "/api/openapi", null, null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().get("paths").has("/api/stories/{id}/export")).isTrue();
        assertThat(openapi.json().get("paths").get("/api/imports").get("post").get("requestBody").get("content")
                .has("application/zip")).as("the batch import and its body are described").isTrue();
        assertThat(call(null, "GET", "/api/openapi", null, null).status()).isEqualTo(401);
    }

    /**
     * Every pinned endpoint × every role: allowed calls never answer 401/403, refused ones answer exactly 403
     * (and anonymous 401). Allowed calls may still fail on state (409) or input (400): that is not about roles.
     */
    @Test
    void the_role_by_endpoint_authorization_matrix() throws Exception {
        record Endpoint(String method, String path, String contentType, String body, java.util.Set<String> allowed) {
        }
        java.util.Set<String> anyRole = java.util.Set.of("editor", "reviewer", "admin");
        java.util.Set<String> editors = java.util.Set.of("editor", "admin");
        java.util.Set<String> reviewers = java.util.Set.of("reviewer", "admin");
        for (String user : List.of("editor", "reviewer", "admin")) {
            long id = importSeed();
            List<Endpoint> endpoints = List.of(
                    new Endpoint("POST", "/api/stories", "text/plain", "Matrix headline\n\nMatrix body.", editors),
                    new Endpoint("POST", "/api/imports", "text/plain", "Matrix batch\n\nMatrix body.", editors),
                    new Endpoint("GET", "/api/stories/" + id, null, null, anyRole),
                    new Endpoint("GET", "/api/stories/" + id + "/findings", null, null, anyRole),
                    new Endpoint("POST", "/api/stories/" + id + "/autoclean", null, null, editors),
                    new Endpoint("POST", "/api/stories/" + id + "/submit", null, null, editors),
                    new Endpoint("POST", "/api/stories/" + id + "/approve", null, null, reviewers),
                    new Endpoint("POST", "/api/stories/" + id + "/reject", "application/json", "{\"comment\":\"x\"}", reviewers),
                    new Endpoint("GET", "/api/stories/" + id + "/export?format=text", null, null, java.util.Set.of("admin")));
            for (Endpoint e : endpoints) {
                int status = call(user, e.method(), e.path(), e.contentType(), e.body()).status();
                if (e.allowed().contains(user)) {
                    assertThat(status).as("%s %s as %s", e.method(), e.path(), user).isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s %s as %s", e.method(), e.path(), user).isEqualTo(403);
                }
                assertThat(call(null, e.method(), e.path(), e.contentType(), e.body()).status())
                        .as("%s %s anonymous", e.method(), e.path()).isEqualTo(401);
            }
        }
    }

    @Test
    void roles_are_enforced_by_the_services_behind_the_api() throws Exception {
        long id = importSeed();
        assertThat(call(null, "GET", "/api/stories/" + id, null, null).status()).isEqualTo(401);
        assertThat(call(null, "GET", "/api/stories/" + id, null, null).json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(call("reviewer", "POST", "/api/stories", "text/plain", "Headline\n\nBody.").status()).isEqualTo(403);
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/autoclean", null, null).status()).isEqualTo(403);
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/submit", null, null).status()).isEqualTo(403);
        call("editor", "POST", "/api/stories/" + id + "/submit", null, null);
        Reply editorApproves = call("editor", "POST", "/api/stories/" + id + "/approve", null, null);
        assertThat(editorApproves.status()).isEqualTo(403);
        assertThat(editorApproves.json().get("message").asText()).isNotBlank();
        assertThat(call("editor", "POST", "/api/stories/" + id + "/reject", "application/json", "{\"comment\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(call("admin", "GET", "/api/stories/" + id, null, null).status()).isEqualTo(200);
    }

    @Test
    void wrong_state_bad_input_and_unknown_ids_get_the_pinned_codes() throws Exception {
        long id = importSeed();
        assertThat(call("reviewer", "POST", "/api/stories/" + id + "/approve", null, null).status())
                .as("approve a DRAFT").isEqualTo(409);
        call("editor", "POST", "/api/stories/" + id + "/submit", null, null);
        Reply noComment = call("reviewer", "POST", "/api/stories/" + id + "/reject", "application/json", "{}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(call("reviewer", "GET", "/api/stories/999999", null, null).status()).isEqualTo(404);
        Reply typo = call("reviewer", "GET", "/api/storys", null, null);
        assertThat(typo.status()).as("an unknown API path is a JSON 404, not the app's HTML page").isEqualTo(404);
        assertThat(typo.json().get("error").asText()).isEqualTo("not_found");
        assertThat(call("editor", "POST", "/api/stories", "application/json", "{\"a\":1}").status()).isEqualTo(415);
        assertThat(call("editor", "POST", "/api/stories", "text/plain", "   ").status()).isEqualTo(400);
        assertThat(call("editor", "POST", "/api/stories", "not a media type", "H\n\nB.").status()).isEqualTo(415);
        assertThat(call("editor", "POST", "/api/stories", "text/plain", "H\n\n" + "x".repeat(1_100_000)).status())
                .isEqualTo(413);
        assertThat(call("editor", "POST", "/api/stories/" + id + "/submit", "application/json", "{not json").status())
                .isEqualTo(400);
    }
}
