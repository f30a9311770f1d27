package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.copydesk.ingest.ui.ImportView;
import dev.copydesk.security.Role;
import dev.copydesk.security.ui.LoginView;
import dev.copydesk.security.ui.UserListView;
import dev.copydesk.story.ui.StoryListView;
import org.junit.jupiter.api.Test;

class NavigationSecurityTest extends KaribuTest {

    @Test
    void anonymous_user_lands_on_the_login_view() {
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        _assertNone(StoryListView.class);
    }

    @Test
    void anonymous_user_cannot_open_the_user_admin_view() {
        UI.getCurrent().navigate(UserListView.class);
        _assertOne(LoginView.class);
        _assertNone(UserListView.class);
    }

    @Test
    void editor_cannot_reach_admin_only_views() {
        login("editor", Role.EDITOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UserListView.class);
    }

    @Test
    void side_nav_lists_exactly_the_views_the_role_may_open() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryListView.class);
        assertThat(navLabels()).containsExactly("Desk", "Import", "Learned lines");

        login("reviewer", Role.REVIEWER);
        UI.getCurrent().navigate(StoryListView.class);
        assertThat(navLabels()).containsExactly("Desk", "Review", "Learned lines");

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(StoryListView.class);
        assertThat(navLabels()).containsExactly("Desk", "Import", "Review", "Export", "Ingest sources", "Learned lines",
                "Users");
    }

    @Test
    void reviewer_cannot_open_the_import_view() {
        login("reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ImportView.class);
    }

    @Test
    void admin_opens_the_user_list() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UserListView.class);
        _assertOne(UserListView.class);
    }

    private static java.util.List<String> navLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
