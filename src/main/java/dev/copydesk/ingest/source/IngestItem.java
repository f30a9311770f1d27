package dev.copydesk.ingest.source;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item a source offered (a feed entry, a file) and what became of it. */
@Entity
@Table(name = "ingest_item")
public class IngestItem {

    /** IMPORTED: a story was made; DUPLICATE: the same content came before; FAILED: to be retried. */
    public enum Status { IMPORTED, DUPLICATE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Null once the source is removed: the item stays, so its content still counts as seen. */
    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "item_key", nullable = false, length = 1000)
    private String itemKey;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(length = 500)
    private String title;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "story_id")
    private Long storyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IngestItem() {
    }

    IngestItem(long sourceId, String itemKey, String keyHash, String title, Instant now) {
        this.sourceId = sourceId;
        this.itemKey = Backoff.cut(itemKey);
        this.keyHash = keyHash;
        this.title = title == null ? null : title.length() > 500 ? title.substring(0, 499) + "\u2026" : title;
        this.status = Status.FAILED;
        this.updatedAt = now;
    }

    void imported(Long storyId, String contentHash, String note, Instant now) {
        this.status = Status.IMPORTED;
        this.storyId = storyId;
        this.contentHash = contentHash;
        this.lastError = note == null ? null : Backoff.cut(note);
        this.nextAttemptAt = null;
        this.attempts++;
        this.updatedAt = now;
    }

    void duplicate(Long storyId, String contentHash, Instant now) {
        this.status = Status.DUPLICATE;
        this.storyId = storyId;
        this.contentHash = contentHash;
        this.lastError = null;
        this.nextAttemptAt = null;
        this.attempts++;
        this.updatedAt = now;
    }

    void failed(String error, Instant now) {
        this.status = Status.FAILED;
        this.attempts++;
        this.lastError = Backoff.cut(error);
        this.nextAttemptAt = now.plusSeconds(Backoff.seconds(attempts));
        this.updatedAt = now;
    }

    /** Whether it should be tried (again) at {@code now}. */
    boolean due(Instant now) {
        return status == Status.FAILED && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public Long getStoryId() {
        return storyId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    String getContentHash() {
        return contentHash;
    }
}
