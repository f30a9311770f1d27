package dev.copydesk.ingest.format;

import java.util.List;

/**
 * One story as a reader found it: headline, byline, dateline, the agency or site it names, its own id (a NewsML-G2
 * guid, an NITF doc-id, a page's canonical URL), the body (blocks separated by a blank line), the document as text
 * (kept beside revision 1) and notes for the person importing it. Any part but the body may be null.
 */
public record ImportedItem(Format format, String headline, String byline, String dateline, String agency,
        String originalId, String body, String rawText, List<String> notes) {

    public ImportedItem {
        notes = List.copyOf(notes);
    }
}
