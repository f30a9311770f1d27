package dev.copydesk.ingest;

import java.util.List;

import dev.copydesk.story.StoryDetails;

/**
 * What an import made, how the bytes were read ({@code encoding}: e.g. "UTF-8", "Windows-1252",
 * "UTF-8 (declared)"; "pasted" for pasted text) and what was changed on the way in, for the person who sent it.
 */
public record ImportReport(StoryDetails story, String encoding, List<String> notes) {
}
