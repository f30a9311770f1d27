package dev.copydesk.review;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A message in a story's discussion thread. */
@Entity
@Table(name = "story_comment")
class StoryComment extends AbstractEntity {

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The paragraph the comment is about, or null for the whole story. */
    @Column(name = "block_id", length = 64)
    private String blockId;

    protected StoryComment() {
    }

    StoryComment(long storyId, String username, String text, Instant createdAt, String blockId) {
        this.blockId = blockId;
        this.storyId = storyId;
        this.username = username;
        this.text = text;
        this.createdAt = createdAt;
    }

    CommentView toView() {
        return new CommentView(username, text, createdAt, blockId);
    }
}
