package dev.copydesk.story;

import java.time.Instant;

/** An audit-trail line as the history view shows it. */
public record StoryEventView(String kind, StoryStatus from, StoryStatus to, int revision, String username,
        String comment, Instant createdAt) {
}
