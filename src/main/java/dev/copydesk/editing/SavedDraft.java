package dev.copydesk.editing;

import java.time.Instant;
import java.util.List;

import dev.copydesk.story.Tag;

/** Unsaved editor work kept on the server, offered back when the editor reopens the story. */
public record SavedDraft(long storyId, int baseRevision, String headline, String byline, String body, List<Tag> tags,
        Instant updatedAt) {
}
