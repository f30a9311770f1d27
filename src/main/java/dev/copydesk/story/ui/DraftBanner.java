package dev.copydesk.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.copydesk.story.SavedDraft;

/** Offers back unsaved work kept on the server as a draft: restore it or discard it. */
final class DraftBanner extends Div {

    DraftBanner() {
        setId("draft-banner");
        addClassName("copydesk-banner");
        setVisible(false);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    /** Offers {@code draft} over the story's current {@code revision}; each button hides the banner first. */
    void offer(SavedDraft draft, int revision, Runnable restore, Runnable discard) {
        removeAll();
        String based = draft.baseRevision() == revision ? ""
                : " It was based on revision " + draft.baseRevision() + "; revision " + revision
                        + " has been saved since, and restoring replaces its text with yours.";
        Span text = new Span("You have unsaved work on this story from " + LockBanner.TIME.format(draft.updatedAt())
                + "." + based);
        Button restoreButton = new Button("Restore it", click -> {
            setVisible(false);
            restore.run();
        });
        restoreButton.setId("restore-draft");
        Button discardButton = new Button("Discard it", click -> {
            discard.run();
            setVisible(false);
        });
        restoreButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        discardButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(text, restoreButton, discardButton);
        setVisible(true);
    }
}
