package dev.copydesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.copydesk.base.ui.Notifications;
import dev.copydesk.security.InvalidUserException;
import dev.copydesk.security.NewUser;
import dev.copydesk.security.Role;
import dev.copydesk.security.UserAccountService;
import dev.copydesk.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/** Admins list, create, enable and disable user accounts, and reset passwords. */
@Route("users")
@PageTitle("Users · Copydesk")
@Menu(title = "Users", order = 9, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserListView extends VerticalLayout {

    private final UserAccountService users;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Full name");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();

    public UserListView(UserAccountService users) {
        this.users = users;
        addClassName("copydesk-page");
        setSizeFull();

        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button toggle = new Button(u.enabled() ? "Disable" : "Enable", click -> setEnabled(u, !u.enabled()));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button reset = new Button("Reset password", click -> new ResetPasswordDialog(u,
                    password -> resetPassword(u, password)).open());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(toggle, reset);
        }).setKey("actions").setAutoWidth(true);
        grid.setId("users");

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.EDITOR);
        password.setHelperText("At least " + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        Button create = new Button("Create user", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, role);

        add(new H2("Users"), grid, new H3("New user"), form, create);
        refresh();
    }

    private void create() {
        try {
            UserSummary created = users.create(new NewUser(username.getValue().strip(), displayName.getValue(),
                    password.getValue(), role.getValue()));
            Notifications.success("Created " + created.username() + " (" + created.role().label() + ").");
            username.clear();
            displayName.clear();
            password.clear();
            refresh();
        } catch (InvalidUserException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void setEnabled(UserSummary user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            refresh();
        } catch (InvalidUserException e) {
            Notifications.error(e.getMessage());
        }
    }

    private boolean resetPassword(UserSummary user, String password) {
        try {
            users.resetPassword(user.id(), password);
            Notifications.success("New password set for " + user.username() + "; their sessions have ended.");
            return true;
        } catch (InvalidUserException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
