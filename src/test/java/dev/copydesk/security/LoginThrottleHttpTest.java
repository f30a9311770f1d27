package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Throttled logins over real HTTP, through both filter chains. The test profile makes the first wait ten
 * minutes, so nothing here depends on how fast the machine is.
 */
@IntegrationTest
class LoginThrottleHttpTest {

    @Autowired
    UserAccountService users;
    @Autowired
    PasswordEncoder encoder;

    @Value("${local.server.port}")
    int port;

    @Test
    void after_five_failed_api_logins_further_attempts_get_429_with_retry_after_and_hash_nothing() throws Exception {
        String user = TestUsers.newUser(users, Role.EDITOR, "right-password");
        WebLogin client = new WebLogin(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.api(user, "wrong-" + i, "/api/stories").statusCode()).isEqualTo(401);
        }
        long checksBefore = checks();

        HttpResponse<String> refused = client.api(user, "wrong-again", "/api/stories");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).contains("\"error\":\"too_many_requests\"").contains("Try again in");
        assertThat(client.api(user, "right-password", "/api/stories").statusCode())
                .as("even the right password waits").isEqualTo(429);
        assertThat(client.api(user.toUpperCase(), "right-password", "/api/stories").statusCode())
                .as("user names count case-insensitively").isEqualTo(429);
        assertThat(checks()).as("no refused attempt reached the password encoder").isEqualTo(checksBefore);

        assertThat(client.api("reviewer", "reviewer", "/api/stories").statusCode())
                .as("other users log in as usual").isEqualTo(200);
    }

    @Test
    void the_login_form_is_throttled_too_with_a_readable_page_and_it_shares_the_count_with_the_api() throws Exception {
        String user = TestUsers.newUser(users, Role.REVIEWER, "right-password");
        WebLogin browser = new WebLogin(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.postLogin(user, "wrong-" + i);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        long checksBefore = checks();

        HttpResponse<String> refused = browser.postLogin(user, "right-password");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("Too many failed logins for this user name.").contains("minutes")
                .contains("<a href=\"login\">Back to the login page</a>");
        assertThat(browser.api(user, "right-password", "/api/stories").statusCode())
                .as("the same user name over HTTP Basic").isEqualTo(429);
        assertThat(checks()).isEqualTo(checksBefore);
    }

    @Test
    void a_successful_login_resets_the_count() throws Exception {
        String user = TestUsers.newUser(users, Role.EDITOR, "right-password");
        WebLogin client = new WebLogin(port);
        for (int i = 0; i < 4; i++) {
            assertThat(client.api(user, "wrong-" + i, "/api/stories").statusCode()).isEqualTo(401);
        }
        assertThat(client.api(user, "right-password", "/api/stories").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(client.api(user, "wrong-again-" + i, "/api/stories").statusCode())
                    .as("failure %d after the success", i + 1).isEqualTo(401);
        }
        assertThat(client.api(user, "right-password", "/api/stories").statusCode()).isEqualTo(429);
    }

    @Test
    void wrong_current_passwords_at_change_password_count_like_failed_logins() {
        String user = TestUsers.newUser(users, Role.EDITOR, "right-password");
        TestUsers.as(user, Role.EDITOR, () -> {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> users.changeOwnPassword("wrong", "new-password-1"))
                        .hasMessageContaining("not right");
            }
            assertThatThrownBy(() -> users.changeOwnPassword("right-password", "new-password-1"))
                    .isInstanceOf(InvalidUserException.class).hasMessageContaining("Too many wrong passwords");
            return null;
        });
    }

    private long checks() {
        return ((BoundedPasswordEncoder) encoder).checks();
    }
}
