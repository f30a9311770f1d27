package dev.copydesk.security.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import dev.copydesk.security.UserAccountService;
import dev.copydesk.security.UserSummary;

/** An admin types a new password for someone; the callback saves it and says whether the dialog may close. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserSummary user, Predicate<String> save) {
        setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least " + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        password.setWidthFull();
        Paragraph note = new Paragraph(user.username() + " is logged out everywhere and logs in with this password.");
        note.addClassName("copydesk-muted");
        add(note, password);
        Button confirm = new Button("Reset password", click -> {
            if (save.test(password.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-reset");
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
