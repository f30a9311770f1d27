package dev.copydesk.story;

/**
 * A save from outside the editor: the revision the text is based on, the new body, optionally a headline (null
 * keeps the base's) and a message, and the client's Idempotency-Key (null if it sent none).
 */
public record RevisionRequest(Integer baseRevision, String headline, String body, String message,
        String idempotencyKey) {
}
