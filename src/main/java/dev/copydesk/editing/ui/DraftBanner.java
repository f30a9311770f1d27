package dev.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.base.ui.Times;
import dev.copydesk.editing.DraftService;
import dev.copydesk.editing.SavedDraft;
import dev.copydesk.story.InvalidStoryException;

/**
 * The editor's unsaved work kept on the server as a draft on every change, and the banner that offers it back
 * when the story is opened again: restore it or discard it.
 */
final class DraftBanner extends Div {

    private final DraftService drafts;

    DraftBanner(DraftService drafts) {
        this.drafts = drafts;
        setId("draft-banner");
        addClassName("copydesk-banner");
        setVisible(false);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    /** Keeps the session's unsaved work as the story's draft. */
    void keep(EditorSession session) {
        if (session.isDirty()) {
            try {
                drafts.saveDraft(session.storyId(), session.loaded().revision(), session.headline(), session.byline(),
                        session.body(), session.tags());
            } catch (InvalidStoryException e) {
                // An empty or oversized body is reported on Save; the last good draft stays.
            }
        }
    }

    /** After a save: the draft is in the revision now. */
    void discard(long storyId) {
        drafts.discardDraft(storyId);
        hide();
    }

    /** On opening a story: offers its draft if that holds more than the revision (and drops it if not). */
    void offer(EditorSession session, Runnable restored) {
        hide();
        long storyId = session.storyId();
        drafts.draft(storyId).ifPresent(draft -> {
            if (!session.differsFrom(draft)) {
                drafts.discardDraft(storyId);
                return;
            }
            offer(draft, session.loaded().revision(), () -> {
                session.restore(draft);
                restored.run();
            }, () -> drafts.discardDraft(storyId));
        });
    }

    /** Offers {@code draft} over the story's current {@code revision}; each button hides the banner first. */
    private void offer(SavedDraft draft, int revision, Runnable restore, Runnable discard) {
        removeAll();
        String based = draft.baseRevision() == revision ? ""
                : " It was based on revision " + draft.baseRevision() + "; revision " + revision
                        + " has been saved since, and restoring replaces its text with yours.";
        Span text = new Span("You have unsaved work on this story from " + Times.CLOCK.format(draft.updatedAt())
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
