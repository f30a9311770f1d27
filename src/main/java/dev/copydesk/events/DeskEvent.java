package dev.copydesk.events;

/**
 * Something that happened on the desk, told to every open view after it was committed. Plain values only (ids,
 * names, numbers), never entities, so an event can be written out and carried to another app node as it is.
 */
public sealed interface DeskEvent {

    /** The story it concerns, or 0 for a desk-wide event. */
    long storyId();

    /** What happened to a story's text or workflow. */
    enum Change {
        CREATED, SAVED, STATUS
    }

    /** A story was created, saved as a new revision, or moved in the workflow. */
    record StoryChanged(long storyId, int revision, String user, Change change) implements DeskEvent {
    }

    /** A comment was added, on the whole story ({@code blockId} null) or on one paragraph. */
    record CommentAdded(long storyId, String user, String blockId) implements DeskEvent {
    }

    /** Who has the story open, or holds which of its paragraphs, changed. */
    record PresenceChanged(long storyId) implements DeskEvent {
    }

    /** An import (one document or a batch) finished, with how many stories it created. */
    record ImportFinished(String user, int created) implements DeskEvent {
        @Override
        public long storyId() {
            return 0;
        }
    }

    /**
     * This node may have missed other nodes' events (its relay lost its connection and is back): every open view
     * re-reads what it shows. Delivered on the node only, never relayed.
     */
    record Resync() implements DeskEvent {
        @Override
        public long storyId() {
            return 0;
        }
    }
}
