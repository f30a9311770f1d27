package dev.copydesk.ingest;

import java.time.Instant;

/** A line learned as one source's boilerplate, for the desk's list. */
public record LearnedLine(long id, String source, String text, int stories, Instant lastSeen) {
}
