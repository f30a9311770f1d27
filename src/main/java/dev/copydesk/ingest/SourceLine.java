package dev.copydesk.ingest;

import java.time.Instant;

import dev.copydesk.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A short line seen in stories from one source, how many stories carried it, and whether an admin forgot it. */
@Entity
@Table(name = "source_line")
class SourceLine extends AbstractEntity {

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "line_hash", nullable = false, length = 64)
    private String lineHash;

    @Column(name = "line_text", nullable = false, length = 300)
    private String lineText;

    @Column(name = "stories", nullable = false)
    private int stories;

    @Column(name = "last_story", nullable = false)
    private long lastStory;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "forgotten", nullable = false)
    private boolean forgotten;

    protected SourceLine() {
    }

    SourceLine(String source, String lineHash, String lineText) {
        this.source = source;
        this.lineHash = lineHash;
        this.lineText = lineText;
    }

    /** Counts story {@code storyId} once, however often the line occurs in it. */
    void seenIn(long storyId, Instant now) {
        if (stories == 0 || lastStory != storyId) {
            stories++;
            lastStory = storyId;
        }
        updatedAt = now;
    }

    void forget() {
        forgotten = true;
    }

    LearnedLine toView() {
        return new LearnedLine(getId(), source, lineText, stories, updatedAt);
    }

    String getLineHash() {
        return lineHash;
    }

    String getLineText() {
        return lineText;
    }
}
