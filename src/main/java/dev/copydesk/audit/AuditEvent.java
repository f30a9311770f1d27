package dev.copydesk.audit;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One line of a story's audit trail. Inserted, never changed. Statuses are kept by name, so the trail knows
 * nothing of the story aggregate and any feature can write to it.
 */
@Entity
@Table(name = "story_event")
class AuditEvent extends AbstractEntity {

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private AuditKind kind;

    @Column(name = "from_status", length = 32)
    private String fromStatus;

    @Column(name = "to_status", length = 32)
    private String toStatus;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "comment", length = AuditTrail.MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AuditEvent() {
    }

    AuditEvent(long storyId, AuditKind kind, String from, String to, int revision, String username, String comment,
            Instant createdAt) {
        this.storyId = storyId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.revision = revision;
        this.username = username;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    AuditEntry toEntry() {
        return new AuditEntry(kind.name(), fromStatus, toStatus, revision, username, comment, createdAt);
    }
}
