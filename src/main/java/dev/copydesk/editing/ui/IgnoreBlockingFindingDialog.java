package dev.copydesk.editing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.StoryLimits;

/**
 * Asks why before an ad, duplicate or boilerplate finding is ignored: that finding blocks approval, and the
 * reviewer sees the reason instead of the block. The dialog only collects the reason; the view ignores.
 */
final class IgnoreBlockingFindingDialog {

    private IgnoreBlockingFindingDialog() {
    }

    /** Ignores {@code f}: a finding that blocks review asks for a reason first, any other goes without (null). */
    static void ignore(Finding f, String finding, Consumer<String> ignoreWithReason) {
        if (f.blocksApproval()) {
            open(finding, ignoreWithReason);
        } else {
            ignoreWithReason.accept(null);
        }
    }

    static void open(String finding, Consumer<String> ignoreWithReason) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Ignore a finding that blocks approval?");
        dialog.setId("ignore-reason-dialog");
        dialog.setWidth("min(92vw, 560px)");
        Paragraph what = new Paragraph();
        what.setText(finding);
        TextArea reason = new TextArea("Why does it not apply? The reviewer sees this.");
        reason.setId("ignore-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(StoryLimits.MAX_IGNORE_REASON_LENGTH);
        Button ignore = new Button("Ignore with this reason", click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why, or keep the finding.");
                return;
            }
            dialog.close();
            ignoreWithReason.accept(reason.getValue());
        });
        ignore.setId("confirm-ignore");
        ignore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(what, reason);
        dialog.getFooter().add(new Button("Keep the finding", click -> dialog.close()), ignore);
        dialog.open();
        reason.focus();
    }
}
