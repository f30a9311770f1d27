package dev.copydesk.story;

/**
 * A story to create: its parts as split by the importer, plus the raw text as received, which is kept
 * unchanged beside revision 1. {@code dateline}, {@code originalId} (the document's own id: a NewsML-G2 guid, an NITF
 * doc-id, a page's URL) and {@code format} say where it came from; any may be null.
 */
public record StoryDraft(String headline, String byline, String source, String body, String rawText, String dateline,
        String originalId, String format) {

    public StoryDraft(String headline, String byline, String source, String body, String rawText) {
        this(headline, byline, source, body, rawText, null, null, null);
    }
}
