package dev.copydesk.review;

import java.time.Instant;

/** A comment as the story's thread shows it; {@code blockId} the paragraph it is anchored to, or null. */
public record CommentView(String username, String text, Instant createdAt, String blockId) {
}
