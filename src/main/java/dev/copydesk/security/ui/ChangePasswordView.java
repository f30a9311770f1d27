package dev.copydesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.copydesk.base.ui.Notifications;
import dev.copydesk.security.InvalidUserException;
import dev.copydesk.security.UserAccountService;
import jakarta.annotation.security.PermitAll;

/** Every user changes their own password here (the "Password" button in the navigation bar). */
@Route(ChangePasswordView.ROUTE)
@PageTitle("Change password · Copydesk")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    /** MainLayout links here by this path: base may not import security. */
    public static final String ROUTE = "account/password";

    private final UserAccountService users;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");

    public ChangePasswordView(UserAccountService users) {
        this.users = users;
        addClassName("copydesk-page");
        current.setId("current-password");
        fresh.setId("new-password");
        repeated.setId("repeat-password");
        fresh.setHelperText("At least " + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        Button save = new Button("Change password", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        Paragraph note = new Paragraph("You will be logged out everywhere and log in again with the new password.");
        note.addClassName("copydesk-muted");
        add(new H2("Change password"), note, new FormLayout(current, fresh, repeated), save);
    }

    private void save() {
        if (!fresh.getValue().equals(repeated.getValue())) {
            Notifications.error("The two new passwords differ.");
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (InvalidUserException e) {
            Notifications.error(e.getMessage());
            return;
        }
        // The service has ended this session with the others; the login page says why.
        UI.getCurrent().getPage().setLocation("login?password-changed");
    }
}
