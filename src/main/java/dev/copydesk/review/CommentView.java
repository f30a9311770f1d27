package dev.copydesk.review;

import java.time.Instant;

/** A comment as the story's thread shows it. */
public record CommentView(String username, String text, Instant createdAt) {
}
