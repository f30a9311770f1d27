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
class Story extends AbstractEntity {

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

    /** Records that revision {@code number} is now current, written by {@code author}. */
    void advanceTo(int number, String headline, String byline, String author, Instant now) {
        this.currentRevision = number;
        this.headline = headline;
        this.byline = byline;
        this.lastEditor = author;
        this.updatedAt = now;
    }

    void setStatus(StoryStatus status) {
        this.status = status;
    }

    /**
     * The editor hands {@code revision} to review; only that revision can then be approved. Who, when and the
     * blocking findings it had are kept for the review queue.
     */
    void submit(int revision, String by, Instant at, int blocking) {
        this.submittedRevision = revision;
        this.submittedBy = by;
        this.submittedAt = at;
        this.blockingFindings = blocking;
        this.status = StoryStatus.IN_REVIEW;
    }

    Integer getSubmittedRevision() {
        return submittedRevision;
    }

    void approve(int revision, StoryStatus newStatus) {
        this.approvedRevision = revision;
        this.status = newStatus;
    }

    void exported(int revision) {
        this.exportedRevision = revision;
        if (status == StoryStatus.APPROVED && approvedRevision != null && approvedRevision == revision) {
            this.status = StoryStatus.EXPORTED;
        }
    }

    Integer getExportedRevision() {
        return exportedRevision;
    }

    Integer getApprovedRevision() {
        return approvedRevision;
    }

    String getHeadline() {
        return headline;
    }

    String getByline() {
        return byline;
    }

    String getSource() {
        return source;
    }

    StoryStatus getStatus() {
        return status;
    }

    int getCurrentRevision() {
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
