package dev.copydesk.story;

import java.time.Instant;
import java.util.List;

/**
 * A story with its current text and tags, as the editor opens it. {@code revision} is the base for the next
 * save. {@code dateline} and {@code originalId} are what an imported document said of itself (null otherwise);
 * {@code duplicateOf} an earlier story the import looked nearly the same as, {@code duplicateScore} how alike (%).
 * {@code blockIds} are the ids of the body's paragraphs, in order (what holds and comments name); empty where the
 * caller built the record without them.
 */
public record StoryDetails(long id, String headline, String byline, String source, StoryStatus status,
        int revision, String body, String lastEditor, Instant createdAt, Instant updatedAt, List<Tag> tags,
        Integer approvedRevision, String dateline, String originalId, Long duplicateOf, Integer duplicateScore,
        List<String> blockIds) {

    public StoryDetails {
        blockIds = blockIds == null ? List.of() : List.copyOf(blockIds);
    }

    public StoryDetails(long id, String headline, String byline, String source, StoryStatus status, int revision,
            String body, String lastEditor, Instant createdAt, Instant updatedAt, List<Tag> tags,
            Integer approvedRevision, String dateline, String originalId, Long duplicateOf, Integer duplicateScore) {
        this(id, headline, byline, source, status, revision, body, lastEditor, createdAt, updatedAt, tags,
                approvedRevision, dateline, originalId, duplicateOf, duplicateScore, List.of());
    }

    public StoryDetails(long id, String headline, String byline, String source, StoryStatus status, int revision,
            String body, String lastEditor, Instant createdAt, Instant updatedAt, List<Tag> tags,
            Integer approvedRevision) {
        this(id, headline, byline, source, status, revision, body, lastEditor, createdAt, updatedAt, tags,
                approvedRevision, null, null, null, null);
    }

    /** E.g. "Revision 4 approved · revision 5 in draft", or "Revision 2 · In review". */
    public String workflowLine() {
        if (approvedRevision == null) {
            return "Revision " + revision + " \u00b7 " + status.label();
        }
        if (approvedRevision == revision) {
            return "Revision " + revision + " approved";
        }
        String state = status == StoryStatus.DRAFT ? "in draft" : status.label().toLowerCase(java.util.Locale.ROOT);
        return "Revision " + approvedRevision + " approved \u00b7 revision " + revision + " " + state;
    }
}
