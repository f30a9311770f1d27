package dev.copydesk.story;

import java.time.Instant;

/** A desk row: small, no text. */
public record StoryListItem(long id, String headline, StoryStatus status, String source, String lastEditor,
        Instant updatedAt, int revisionCount, Integer approvedRevision, Long duplicateOf, Integer duplicateScore) {

    public StoryListItem(long id, String headline, StoryStatus status, String source, String lastEditor,
            Instant updatedAt, int revisionCount, Integer approvedRevision) {
        this(id, headline, status, source, lastEditor, updatedAt, revisionCount, approvedRevision, null, null);
    }
}
