package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Requests that ride on a browser's cached Basic credentials from another site's page; real HTTP. */
@IntegrationTest
class CrossSiteApiTest {

    @Autowired
    PasswordEncoder encoder;

    @Value("${local.server.port}")
    int port;

    @Test
    void a_request_the_browser_marks_as_from_another_site_is_refused_before_any_password_check() throws Exception {
        long checksBefore = ((BoundedPasswordEncoder) encoder).checks();
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> answer = call("GET", "/api/stories", Map.of("Sec-Fetch-Site", site));
            assertThat(answer.statusCode()).as(site).isEqualTo(403);
            assertThat(answer.body()).contains("\"error\":\"forbidden\"").contains("another site");
        }
        assertThat(call("POST", "/api/stories", Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(((BoundedPasswordEncoder) encoder).checks()).isEqualTo(checksBefore);
    }

    @Test
    void an_origin_that_is_not_the_apps_own_is_refused() throws Exception {
        for (String origin : new String[] {"https://evil.example", "http://localhost:" + (port + 1),
                "https://localhost:" + port, "http://127.0.0.1:" + port, "null", "::not a url::"}) {
            HttpResponse<String> answer = call("GET", "/api/stories", Map.of("Origin", origin));
            assertThat(answer.statusCode()).as(origin).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
        }
    }

    @Test
    void api_clients_and_the_apps_own_origin_pass() throws Exception {
        assertThat(call("GET", "/api/stories", Map.of()).statusCode()).as("no browser headers").isEqualTo(200);
        assertThat(call("GET", "/api/stories", Map.of("Origin", "http://localhost:" + port)).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/stories", Map.of("Origin", "HTTP://LOCALHOST:" + port)).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/stories", Map.of("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/stories", Map.of("Sec-Fetch-Site", "none")).statusCode())
                .as("typed into the address bar").isEqualTo(200);
    }

    private HttpResponse<String> call(String method, String path, Map<String, String> headers) throws Exception {
        String basic = Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(new WebLogin(port).uri(path))
                .header("Authorization", "Basic " + basic)
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
