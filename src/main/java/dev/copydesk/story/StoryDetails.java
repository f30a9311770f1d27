package dev.copydesk.story;

import java.time.Instant;
import java.util.List;

/**
 * A story with its current text and tags, as the editor opens it. {@code revision} is the base for the next
 * save.
 */
public record StoryDetails(long id, String headline, String byline, String source, StoryStatus status,
        int revision, String body, String lastEditor, Instant createdAt, Instant updatedAt, List<Tag> tags) {
}
