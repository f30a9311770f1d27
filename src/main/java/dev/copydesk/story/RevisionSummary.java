package dev.copydesk.story;

import java.time.Instant;

/** A history row: no text, just who, when, why and how long. */
public record RevisionSummary(int number, String author, Instant createdAt, String message, int length) {
}
