package dev.copydesk.review;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.story.StoryLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An editor's decision that a finding does not apply to this story. For a finding that would block approval
 * the decision carries the editor's reason, which the reviewer sees.
 */
@Entity
@Table(name = "ignored_finding")
class IgnoredFinding extends AbstractEntity {

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "rule_id", nullable = false, length = 100)
    private String ruleId;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null on rows written before types were kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "finding_type", length = 32)
    private FindingType findingType;

    @Column(name = "reason", length = StoryLimits.MAX_IGNORE_REASON_LENGTH)
    private String reason;

    protected IgnoredFinding() {
    }

    IgnoredFinding(long storyId, String fingerprint, String ruleId, FindingType findingType, String label,
            String reason, String username, Instant createdAt) {
        this.storyId = storyId;
        this.fingerprint = fingerprint;
        this.ruleId = ruleId;
        this.findingType = findingType;
        this.label = label;
        this.reason = reason;
        this.username = username;
        this.createdAt = createdAt;
    }

    IgnoredFindingView toView() {
        return new IgnoredFindingView(fingerprint, ruleId, findingType, label, reason, username, createdAt);
    }
}
