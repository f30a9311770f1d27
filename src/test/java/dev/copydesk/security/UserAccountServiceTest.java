package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void demo_users_exist_with_bcrypt_hashes_and_their_roles() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'editor'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("editor", hash)).isTrue();
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER");
        assertThat(users.loadUserByUsername("reviewer").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REVIEWER");
    }

    @Test
    void an_editor_cannot_list_or_create_users() {
        TestUsers.login("editor", Role.EDITOR);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser("sneaky", "S", "password123", Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_creates_a_user_who_can_then_log_in() {
        TestUsers.login("admin", Role.ADMIN);
        UserSummary created = users.create(new NewUser("night.desk", "Night Desk", "long-enough-pw", Role.REVIEWER));
        assertThat(created.role()).isEqualTo(Role.REVIEWER);
        assertThat(encoder.matches("long-enough-pw", users.loadUserByUsername("night.desk").getPassword())).isTrue();
        assertThatThrownBy(() -> users.create(new NewUser("night.desk", "Again", "long-enough-pw", Role.EDITOR)))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> users.create(new NewUser("short", "S", "123", Role.EDITOR)))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("at least 8");
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        TestUsers.login("admin", Role.ADMIN);
        long adminId = users.list().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.setEnabled(adminId, false)).isInstanceOf(InvalidUserException.class);
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one_and_a_long_enough_new_one() {
        String user = TestUsers.newUser(users, Role.EDITOR, "password-one");
        TestUsers.login(user, Role.EDITOR);
        assertThatThrownBy(() -> users.changeOwnPassword("wrong-password", "password-two"))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("current password");
        assertThatThrownBy(() -> users.changeOwnPassword("password-one", "short"))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> users.changeOwnPassword("password-one", "password-one"))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("choose another");

        users.changeOwnPassword("password-one", "password-two");

        String hash = users.loadUserByUsername(user).getPassword();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("password-two", hash)).isTrue();
        assertThat(encoder.matches("password-one", hash)).isFalse();
    }

    @Test
    void anonymous_callers_cannot_change_a_password() {
        assertThatThrownBy(() -> users.changeOwnPassword("x", "password-two"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_admin_resets_someone_elses_password_but_an_editor_cannot_and_nobody_resets_their_own() {
        String user = TestUsers.newUser(users, Role.REVIEWER, "password-one");
        long id = TestUsers.as("admin", Role.ADMIN, () -> users.list().stream()
                .filter(u -> u.username().equals(user)).findFirst().orElseThrow().id());
        TestUsers.login("editor", Role.EDITOR);
        assertThatThrownBy(() -> users.resetPassword(id, "password-two")).isInstanceOf(AccessDeniedException.class);

        TestUsers.login("admin", Role.ADMIN);
        assertThatThrownBy(() -> users.resetPassword(id, "short")).isInstanceOf(InvalidUserException.class)
                .hasMessageContaining("at least 8");
        users.resetPassword(id, "password-two");
        assertThat(encoder.matches("password-two", users.loadUserByUsername(user).getPassword())).isTrue();

        TestUsers.login(user, Role.ADMIN);
        assertThatThrownBy(() -> users.resetPassword(id, "password-three")).isInstanceOf(InvalidUserException.class)
                .hasMessageContaining("Change password");
    }
}
