package dev.copydesk.editing.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.review.ui.StoryHistoryView;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryStatus;

/**
 * The editor's action row: the revision message (suggested until the editor writes their own), Save (also
 * Ctrl+S), Submit, the mode switch, the comparison with the original, the keys, the workflow line and history.
 */
final class EditorToolbar extends HorizontalLayout {

    private final TextField message = new TextField();
    private final Button submitButton = new Button("Submit for review");
    private final Button mode = new Button("Edit text");
    private final Span status = new Span();
    private final RouterLink history = new RouterLink();
    private boolean messageTouched;

    /** The buttons run what the view does to save, submit, switch modes and compare with the original. */
    EditorToolbar(Runnable save, Runnable submit, Runnable toggleEditing, Runnable compare) {
        message.setPlaceholder("What changed (filled in for you; edit freely)");
        message.setMaxLength(StoryLimits.MAX_MESSAGE_LENGTH);
        message.setId("message");
        message.addValueChangeListener(e -> messageTouched = e.isFromClient() || messageTouched);
        Button saveButton = new Button("Save", click -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save");
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
        submitButton.setId("submit");
        submitButton.addClickListener(click -> submit.run());
        mode.setId("mode");
        mode.addClickListener(click -> toggleEditing.run());
        Button compareButton = new Button("As received \u2194 current", click -> compare.run());
        compareButton.setId("compare");
        Button help = new Button("Keys", click -> KeyboardHelp.open());
        help.setId("help");
        for (Button b : List.of(mode, compareButton, help)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        status.setId("editor-status");
        status.addClassName("copydesk-muted");
        add(message, saveButton, submitButton, mode, compareButton, help, status, history);
        setAlignItems(Alignment.BASELINE);
        setWidthFull();
        expand(message);
        setWrap(true);
    }

    /** A freshly loaded or saved revision: no message yet, its workflow line, and Submit if it can be submitted. */
    void show(StoryDetails story) {
        messageTouched = false;
        message.clear();
        update(story);
    }

    /** Shows a revision someone else saved (or a new status), leaving the message being written alone. */
    void update(StoryDetails story) {
        history.setText("History (" + story.revision() + ")");
        history.setRoute(StoryHistoryView.class, StoryRoutes.params(story.id()));
        status.setText(story.workflowLine());
        submitButton.setEnabled(story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.CHANGES_REQUESTED);
    }

    /** Fills in the suggested message, unless the editor has written one. */
    void suggest(String suggested) {
        if (!messageTouched) {
            message.setValue(suggested);
        }
    }

    String message() {
        return message.getValue();
    }

    void notSaved() {
        status.setText("Not saved: your text is kept here and as a draft.");
    }

    void editing(boolean editing) {
        mode.setText(editing ? "Review findings" : "Edit text");
    }
}
