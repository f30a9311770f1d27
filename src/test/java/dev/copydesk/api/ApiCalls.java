package dev.copydesk.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API over real HTTP as a script would: raw bytes, any headers, HTTP Basic as a demo user. */
final class ApiCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiCalls(int port) {
        this.port = port;
    }

    record Reply(int status, String text, JsonNode json, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(String user, String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Reply(response.statusCode(), text, json && !text.isBlank() ? JSON.readTree(text) : null, response);
    }

    Reply call(String user, String method, String path, String contentType, String body) throws Exception {
        return send(user, method, path, contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Reply json(String user, String method, String path, Object body, Map<String, String> headers) throws Exception {
        var all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(user, method, path, all, JSON.writeValueAsBytes(body));
    }

    Reply get(String user, String path) throws Exception {
        return send(user, "GET", path, Map.of(), null);
    }

    /** Imports a story as the editor and returns its id. */
    long importStory(String text) throws Exception {
        Reply created = call("editor", "POST", "/api/stories", "text/plain; charset=UTF-8", text);
        if (created.status() != 201) {
            throw new AssertionError("import failed: " + created.status() + " " + created.text());
        }
        return created.json().get("id").asLong();
    }
}
