package dev.copydesk.export;

import java.time.Instant;
import java.util.List;

/** What every format renders: an approved revision, tagged text already left out. */
public record ExportDocument(long storyId, int revision, String headline, String byline, List<String> paragraphs,
        String source, Instant created, Instant versionCreated) {
}
