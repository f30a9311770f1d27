package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The hardening headers on pages, redirects, errors, static files and API answers (browser proof: SmokeIT). */
@IntegrationTest
class SecurityHeadersTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void every_page_and_redirect_of_the_ui_carries_the_security_headers_and_a_csp_that_vaadin_can_run_under()
            throws Exception {
        for (String path : List.of("/login", "/", "/users", "/no-such-page", "/styles.css")) {
            HttpHeaders headers = get(path, null).headers();
            assertHardened(path, headers);
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("*"));
        }
    }

    @Test
    void vaadins_own_pages_for_a_logged_in_user_carry_them_instead_of_vaadins_sameorigin_default() throws Exception {
        WebLogin browser = new WebLogin(port).loggedIn("editor", "editor");
        for (String path : List.of("/", "/import", "/account/password")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<meta name=\"_csrf\"");
            assertHardened(path, page.headers());
            assertThat(page.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        }
    }

    @Test
    void api_answers_carry_them_too_with_a_csp_that_lets_nothing_load() throws Exception {
        WebLogin client = new WebLogin(port);
        for (HttpResponse<String> answer : List.of(client.api("editor", "editor", "/api/stories"),
                client.api("editor", "editor", "/api/stories/999999"), get("/api/stories", null))) {
            String what = answer.request().uri().getPath() + " → " + answer.statusCode();
            assertHardened(what, answer.headers());
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValue(SecurityConfig.API_CSP);
        }
    }

    @Test
    void without_the_tls_proxy_setting_forwarded_headers_are_not_trusted_and_cookies_are_not_secure()
            throws Exception {
        HttpResponse<String> login = get("/login", "https");
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP, whatever the header says")
                .isEmpty();
    }

    static void assertHardened(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).as(what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(new WebLogin(port).uri(path)).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
