package dev.copydesk.review;

import java.time.Instant;

/**
 * A row of the review queue: small, no text. {@code blockingFindings} is counted when the revision is submitted
 * (null for stories submitted before counts were kept); the review screen shows the live gate.
 */
public record ReviewQueueItem(long id, String headline, int revision, String submittedBy, Instant submittedAt,
        Integer blockingFindings) {
}
