package dev.copydesk.story;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A story's metadata. Its text lives in {@link Revision}s; the story only points at the current one
 * by number, so this row stays small enough to list thousands of stories.
 */
@Entity
@Table(name = "story")
public class Story extends AbstractEntity {

    @Column(name = "headline", nullable = false, length = StoryLimits.MAX_HEADLINE_LENGTH)
    private String headline;

    @Column(name = "byline", length = StoryLimits.MAX_BYLINE_LENGTH)
    private String byline;

    @Column(name = "source", nullable = false, length = StoryLimits.MAX_SOURCE_LENGTH)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private StoryStatus status;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "last_editor", nullable = false, length = 64)
    private String lastEditor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "exported_revision")
    private Integer exportedRevision;

    @Column(name = "submitted_revision")
    private Integer submittedRevision;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "blocking_findings")
    private Integer blockingFindings;

    @Column(name = "dateline", length = StoryLimits.MAX_DATELINE_LENGTH)
    private String dateline;

    @Column(name = "original_id", length = StoryLimits.MAX_ORIGINAL_ID_LENGTH)
    private String originalId;

    @Column(name = "import_format", length = 16)
    private String importFormat;

    /** Set by the import's near-duplicate check (DuplicateFinder), never by an edit. */
    @Column(name = "duplicate_of", insertable = false, updatable = false)
    private Long duplicateOf;

    @Column(name = "duplicate_score", insertable = false, updatable = false)
    private Integer duplicateScore;

    protected Story() {
    }

    Story(String headline, String byline, String source, String author, Instant now) {
        this.headline = headline;
        this.byline = byline;
        this.source = source;
        this.status = StoryStatus.DRAFT;
        this.currentRevision = 0;
        this.lastEditor = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the imported document said of itself; set once, at import. */
    void provenance(String dateline, String originalId, String importFormat) {
        this.dateline = dateline;
        this.originalId = originalId;
        this.importFormat = importFormat;
    }

    public String getDateline() {
        return dateline;
    }

    public String getOriginalId() {
        return originalId;
    }

    public String getImportFormat() {
        return importFormat;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public Integer getDuplicateScore() {
        return duplicateScore;
    }

    /** Records that revision {@code number} is now current, written by {@code author}. */
    void advanceTo(int number, String headline, String byline, String author, Instant now) {
        this.currentRevision = number;
        this.headline = headline;
        this.byline = byline;
        this.lastEditor = author;
        this.updatedAt = now;
    }

    /*
     * The workflow, in one place: DRAFT -> IN_REVIEW (submit) -> APPROVED (approve) or CHANGES_REQUESTED
     * (requestChanges) -> the editor revises and submits again; APPROVED -> EXPORTED (exported); an edit to a
     * story in review, approved or exported makes it a DRAFT again (reopenedByEdit). A step the status does not
     * allow is refused with a WorkflowException that says why.
     */

    /**
     * The editor hands the current revision to review; only that revision can then be approved. Who, when and the
     * blocking findings it had are kept for the review queue.
     */
    public void submit(String by, Instant at, int blocking) {
        checkSubmittable();
        this.submittedRevision = currentRevision;
        this.submittedBy = by;
        this.submittedAt = at;
        this.blockingFindings = blocking;
        this.status = StoryStatus.IN_REVIEW;
    }

    /** Refuses unless the story is a draft or has changes requested. */
    public void checkSubmittable() {
        if (status != StoryStatus.DRAFT && status != StoryStatus.CHANGES_REQUESTED) {
            // (an exported or approved story is edited first, which makes it a draft again)
            throw new WorkflowException("Only a draft or a story with requested changes can be submitted; this one is "
                    + status.label().toLowerCase() + ".");
        }
    }

    /** Refuses unless the story is in review with exactly {@code revision} submitted. */
    public void checkApprovable(int revision) {
        if (status != StoryStatus.IN_REVIEW) {
            throw new WorkflowException("Only a story in review can be approved; this one is "
                    + status.label().toLowerCase() + ".");
        }
        if (submittedRevision == null || submittedRevision != revision) {
            throw new WorkflowException("Revision " + submittedRevision
                    + " was submitted for review; only that revision can be approved.");
        }
    }

    /**
     * Approves {@code revision}. The story is APPROVED if that is the current revision; if it was edited since, the
     * approved revision stays the publishable one and the story is a DRAFT again. Returns the new status.
     */
    public StoryStatus approve(int revision) {
        checkApprovable(revision);
        this.approvedRevision = revision;
        this.status = revision == currentRevision ? StoryStatus.APPROVED : StoryStatus.DRAFT;
        return status;
    }

    public void requestChanges() {
        if (status != StoryStatus.IN_REVIEW) {
            throw new WorkflowException("Changes can be requested only for a story in review; this one is "
                    + status.label().toLowerCase() + ".");
        }
        this.status = StoryStatus.CHANGES_REQUESTED;
    }

    /**
     * A new revision of a story in review, approved or exported starts a new draft (an approved revision stays the
     * publishable one). Returns the status the story left, or null if it was a draft already.
     */
    StoryStatus reopenedByEdit() {
        if (status == StoryStatus.IN_REVIEW || status == StoryStatus.APPROVED || status == StoryStatus.EXPORTED) {
            StoryStatus from = status;
            this.status = StoryStatus.DRAFT;
            return from;
        }
        return null;
    }

    /** Revision {@code revision} went out; if it is the approved one, an approved story is EXPORTED. */
    void exported(int revision) {
        this.exportedRevision = revision;
        if (status == StoryStatus.APPROVED && approvedRevision != null && approvedRevision == revision) {
            this.status = StoryStatus.EXPORTED;
        }
    }

    public Integer getSubmittedRevision() {
        return submittedRevision;
    }

    Integer getExportedRevision() {
        return exportedRevision;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    String getHeadline() {
        return headline;
    }

    String getByline() {
        return byline;
    }

    public String getSource() {
        return source;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    String getLastEditor() {
        return lastEditor;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
