package dev.copydesk.editing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Both versions side by side when a save overlaps someone else's: the editor writes the text to keep (it starts
 * as their own) and saves it on top of the newer revision. Nothing is written until they choose.
 */
final class ResolveConflictDialog {

    private ResolveConflictDialog() {
    }

    static void open(String who, int revision, String theirs, String mine, Consumer<String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Your changes overlap revision " + revision + " by " + who);
        dialog.setId("resolve-dialog");
        dialog.setWidth("min(96vw, 1200px)");
        Div other = new Div();
        other.setText(theirs);
        other.addClassName("copydesk-readonly-body");
        TextArea resolved = new TextArea("The text to save (yours, to start with)");
        resolved.setValue(mine);
        resolved.setWidthFull();
        resolved.setId("resolved-text");
        resolved.addClassName("copydesk-body");
        Div left = new Div(new H4("Revision " + revision + " (saved by " + who + ")"), other);
        Div right = new Div(new H4("Yours"), resolved);
        left.addClassName("copydesk-compare-column");
        right.addClassName("copydesk-compare-column");
        HorizontalLayout columns = new HorizontalLayout(left, right);
        columns.setWidthFull();
        dialog.add(new Paragraph("Edit your text so it keeps what matters from both, then save. Your text is also kept "
                + "as a draft until you do."), columns);
        Button keep = new Button("Save this text", click -> {
            dialog.close();
            save.accept(resolved.getValue());
        });
        keep.setId("save-resolved");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep editing", click -> dialog.close()), keep);
        dialog.open();
    }
}
