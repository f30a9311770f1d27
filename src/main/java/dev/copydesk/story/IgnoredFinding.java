package dev.copydesk.story;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An editor's decision that a finding does not apply to this story. */
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

    protected IgnoredFinding() {
    }

    IgnoredFinding(long storyId, String fingerprint, String ruleId, String label, String username, Instant createdAt) {
        this.storyId = storyId;
        this.fingerprint = fingerprint;
        this.ruleId = ruleId;
        this.label = label;
        this.username = username;
        this.createdAt = createdAt;
    }

    IgnoredFindingView toView() {
        return new IgnoredFindingView(fingerprint, ruleId, label, username, createdAt);
    }
}
