package dev.copydesk.story;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One line of a story's audit trail. Inserted, never changed. */
@Entity
@Table(name = "story_event")
class StoryEvent extends AbstractEntity {

    /** {@code EXPORTED} is the export view's download (the story becomes EXPORTED); {@code EXPORTED_VIA_API} a read. */
    enum Kind {
        SUBMITTED, APPROVED, CHANGES_REQUESTED, WAIVED, RESTORED, EDITED_IN_WORKFLOW, EXPORTED, EXPORTED_VIA_API,
        /** A finding that would block approval was ignored, with the editor's reason. */
        IGNORED_BLOCKING_FINDING,
        /** Such an ignore was taken back: the finding blocks again. */
        RESTORED_BLOCKING_FINDING
    }

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    private StoryStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 32)
    private StoryStatus toStatus;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoryEvent() {
    }

    StoryEvent(long storyId, Kind kind, StoryStatus from, StoryStatus to, int revision, String username, String comment,
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

    StoryEventView toView() {
        return new StoryEventView(kind.name(), fromStatus, toStatus, revision, username, comment, createdAt);
    }
}
