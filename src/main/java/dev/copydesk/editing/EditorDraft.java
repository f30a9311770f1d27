package dev.copydesk.editing;

import java.time.Instant;
import java.util.List;

import dev.copydesk.base.domain.AbstractEntity;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagCodec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One editor's unsaved work on one story, overwritten every few seconds while they edit. */
@Entity
@Table(name = "story_draft")
class EditorDraft extends AbstractEntity {

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "base_revision", nullable = false)
    private int baseRevision;

    @Column(name = "headline", nullable = false, length = StoryLimits.MAX_HEADLINE_LENGTH)
    private String headline;

    @Column(name = "byline", length = StoryLimits.MAX_BYLINE_LENGTH)
    private String byline;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "tags", columnDefinition = "text")
    private String tags;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EditorDraft() {
    }

    EditorDraft(long storyId, String username) {
        this.storyId = storyId;
        this.username = username;
    }

    void update(int baseRevision, String headline, String byline, String body, List<Tag> tags, Instant now) {
        this.baseRevision = baseRevision;
        this.headline = headline;
        this.byline = byline;
        this.body = body;
        this.tags = TagCodec.encode(tags);
        this.updatedAt = now;
    }

    SavedDraft toView() {
        return new SavedDraft(storyId, baseRevision, headline, byline, body, TagCodec.decode(tags), updatedAt);
    }
}
