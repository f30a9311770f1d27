package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Live sessions end the moment a password changes or an account is disabled: real logins over real HTTP. */
@IntegrationTest
class UserSessionsTest {

    @Autowired
    UserAccountService users;

    @Value("${local.server.port}")
    int port;

    @Test
    void an_admin_resetting_a_password_ends_that_users_sessions_at_once() throws Exception {
        String user = TestUsers.newUser(users, Role.EDITOR, "first-password");
        WebLogin laptop = new WebLogin(port).loggedIn(user, "first-password");
        WebLogin phone = new WebLogin(port).loggedIn(user, "first-password");
        WebLogin bystander = new WebLogin(port).loggedIn("reviewer", "reviewer");
        assertThat(laptop.hasLiveSession()).isTrue();
        assertThat(phone.hasLiveSession()).isTrue();

        TestUsers.as("admin", Role.ADMIN, () -> users.resetPassword(idOf(user), "second-password"));

        assertThat(laptop.hasLiveSession()).as("the laptop session ended").isFalse();
        assertThat(phone.hasLiveSession()).as("the phone session ended").isFalse();
        assertThat(bystander.hasLiveSession()).as("another user's session lives on").isTrue();
        assertThat(laptop.api(user, "first-password", "/api/stories").statusCode()).isEqualTo(401);
        assertThat(laptop.api(user, "second-password", "/api/stories").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_ones_own_password_ends_ones_sessions_and_the_old_password_stops_working() throws Exception {
        String user = TestUsers.newUser(users, Role.REVIEWER, "old-password");
        WebLogin browser = new WebLogin(port).loggedIn(user, "old-password");
        assertThat(browser.hasLiveSession()).isTrue();

        TestUsers.as(user, Role.REVIEWER, () -> {
            users.changeOwnPassword("old-password", "new-password");
            return null;
        });

        assertThat(browser.hasLiveSession()).isFalse();
        assertThat(new WebLogin(port).postLogin(user, "old-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
        assertThat(new WebLogin(port).loggedIn(user, "new-password").hasLiveSession()).isTrue();
    }

    @Test
    void disabling_a_user_ends_their_ui_session_at_once_and_their_next_api_call_is_refused() throws Exception {
        String user = TestUsers.newUser(users, Role.EDITOR, "some-password");
        WebLogin browser = new WebLogin(port).loggedIn(user, "some-password");
        assertThat(browser.hasLiveSession()).isTrue();
        assertThat(browser.api(user, "some-password", "/api/stories").statusCode()).isEqualTo(200);

        TestUsers.as("admin", Role.ADMIN, () -> users.setEnabled(idOf(user), false));

        assertThat(browser.hasLiveSession()).as("the UI session ended").isFalse();
        assertThat(browser.api(user, "some-password", "/api/stories").statusCode()).as("the API refuses").isEqualTo(401);
    }

    private long idOf(String username) {
        return TestUsers.as("admin", Role.ADMIN, () -> users.list().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow().id());
    }
}
