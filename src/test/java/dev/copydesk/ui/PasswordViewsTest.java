package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;

import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import dev.copydesk.security.UserSummary;
import dev.copydesk.security.ui.ChangePasswordView;
import dev.copydesk.security.ui.UserListView;
import dev.copydesk.story.ui.StoryListView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordViewsTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_user_changes_their_password_from_the_navigation_bar_and_bad_input_gets_a_clear_message() {
        String user = TestUsers.newUser(users, Role.EDITOR, "password-one");
        login(user, Role.EDITOR);
        UI.getCurrent().navigate(StoryListView.class);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        _assertOne(ChangePasswordView.class);

        fillIn("wrong-one", "password-two", "password-two");
        NotificationsKt.expectNotifications("Your current password is not right.");
        fillIn("password-one", "password-two", "password-2");
        NotificationsKt.expectNotifications("The two new passwords differ.");
        fillIn("password-one", "short", "short");
        NotificationsKt.expectNotifications("A password needs at least 8 characters.");
        assertThat(encoder.matches("password-one", users.loadUserByUsername(user).getPassword())).isTrue();

        fillIn("password-one", "password-two", "password-two");
        assertThat(encoder.matches("password-two", users.loadUserByUsername(user).getPassword())).isTrue();
    }

    @Test
    void an_admin_resets_a_password_from_the_user_list() {
        String user = TestUsers.newUser(users, Role.REVIEWER, "password-one");
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        int row = GridKt._findAll(grid).stream().map(UserSummary::username).toList().indexOf(user);
        assertThat(row).isNotNegative();
        var actions = GridKt._getCellComponent(grid, row, "actions");
        _click(LocatorJ._get(actions, Button.class, spec -> spec.withText("Reset password")));

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("confirm-reset")));
        NotificationsKt.expectNotifications("A password needs at least 8 characters.");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "password-two");
        _click(_get(Button.class, spec -> spec.withId("confirm-reset")));
        NotificationsKt.expectNotifications("New password set for " + user + "; their sessions have ended.");
        assertThat(encoder.matches("password-two", users.loadUserByUsername(user).getPassword())).isTrue();
    }

    private static void fillIn(String current, String fresh, String repeated) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), fresh);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeated);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }
}
