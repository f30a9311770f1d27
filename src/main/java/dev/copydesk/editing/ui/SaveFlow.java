package dev.copydesk.editing.ui;

import java.util.function.Consumer;

import dev.copydesk.base.ui.Notifications;
import dev.copydesk.story.HeldParagraphException;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.MergeConflictException;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;

/**
 * Saving the editor's session as a revision, and what the editor is told: a save over a newer revision merges, or
 * opens the resolve dialog when the changes overlap, or is refused; the text is never lost, it stays in the editor
 * and in the draft.
 *
 * @param saved shows a new revision
 * @param notSaved says beside the buttons that nothing was saved
 * @param resolved shows the text the editor chose in the resolve dialog (it is saved next)
 */
record SaveFlow(StoryService stories, EditorSession session, DraftBanner drafts, Consumer<StoryDetails> saved,
        Runnable notSaved, Consumer<String> resolved) {

    /** Saves the session on top of the loaded revision, with this message (blank: the suggested one). */
    void save(String message) {
        StoryDetails before = session.loaded();
        if (!session.isDirty()) {
            Notifications.success("Nothing to save: no changes since revision " + before.revision() + ".");
            return;
        }
        StoryEdit edit = session.edit(message);
        try {
            StoryDetails after = saved(edit);
            boolean merged = after.revision() > before.revision() + 1;
            Notifications.success("Saved as revision " + after.revision() + "."
                    + (merged ? " Someone saved in between; your changes were merged with theirs." : ""));
        } catch (HeldParagraphException e) {
            notSaved.run();
            Notifications.error(e.getMessage() + " Your text is still here: save again when they are done.");
        } catch (MergeConflictException e) {
            notSaved(e, "your changes overlap theirs, so choose what to keep.");
            ResolveConflictDialog.open(e.currentAuthor(), e.currentRevision(), e.theirs(), e.mine(), text -> {
                session.text(text);
                resolved.accept(text);
                saveOnTopOf(e.currentRevision(), edit.message());
            });
        } catch (StaleRevisionException e) {
            notSaved(e, "reload the story to see the newer revision.");
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** After resolving a conflict: the resolved text becomes the revision after the one it was resolved against. */
    private void saveOnTopOf(int revision, String message) {
        try {
            Notifications.success("Saved as revision " + saved(session.editOnTopOf(revision, message)).revision() + ".");
        } catch (StaleRevisionException | InvalidStoryException e) {
            Notifications.error(e.getMessage() + " Your text is still here.");
        }
    }

    /** Saves, forgets the draft (it is in the revision now) and lets the view show the new revision. */
    private StoryDetails saved(StoryEdit edit) {
        StoryDetails after = stories.save(session.storyId(), edit);
        drafts.discard(session.storyId());
        saved.accept(after);
        return after;
    }

    private void notSaved(RuntimeException e, String whatNow) {
        notSaved.run();
        Notifications.error(e.getMessage() + " Your text was not saved and is still here: " + whatNow);
    }
}
