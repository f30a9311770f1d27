package dev.copydesk.story;

import java.time.Instant;
import java.util.List;

/** One revision's full text, read-only. {@code rawText} is set only on revision 1 (the upload as received). */
public record RevisionDetails(long storyId, int number, Integer parentNumber, String headline, String byline,
        String body, String rawText, String author, Instant createdAt, String message, List<Tag> tags) {
}
