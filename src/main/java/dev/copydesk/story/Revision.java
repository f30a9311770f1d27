package dev.copydesk.story;

import java.time.Instant;
import java.util.List;

import dev.copydesk.base.domain.AbstractEntity;
import dev.copydesk.text.Body;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One saved state of a story: the full text, who wrote it, when and why. Immutable: Hibernate never
 * issues an UPDATE for it and nothing deletes it. Revision 1 is the story as received and also keeps
 * the raw upload, so "diff against the agency original" is exact.
 */
@Entity
@Immutable
@Table(name = "revision")
public class Revision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private Story story;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Revision parent;

    @Column(name = "headline", nullable = false, updatable = false, length = StoryLimits.MAX_HEADLINE_LENGTH)
    private String headline;

    @Column(name = "byline", updatable = false, length = StoryLimits.MAX_BYLINE_LENGTH)
    private String byline;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    @Column(name = "raw_text", updatable = false, columnDefinition = "text")
    private String rawText;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message", updatable = false, length = StoryLimits.MAX_MESSAGE_LENGTH)
    private String message;

    /** The body as blocks (id, kind, text), as {@link BlockCodec} writes them; {@link #body} is their rendering. */
    @Column(name = "blocks", updatable = false, columnDefinition = "text")
    private String blocks;

    /** The API client's key for the save that made this revision, so a retry finds it instead of saving twice. */
    @Column(name = "idempotency_key", updatable = false, length = StoryChecks.MAX_IDEMPOTENCY_KEY_LENGTH)
    private String idempotencyKey;

    /** {@link StoryEdit#fingerprint()} of that save: a retry with the same key must ask for the same thing. */
    @Column(name = "request_fingerprint", updatable = false, length = 64)
    private String requestFingerprint;

    protected Revision() {
    }

    private Revision(Story story, int number, Revision parent, String headline, String byline, String body,
            String rawText, String author, Instant createdAt, String message, String blocks) {
        this.story = story;
        this.number = number;
        this.parent = parent;
        this.headline = headline;
        this.byline = byline;
        this.body = body;
        this.rawText = rawText;
        this.author = author;
        this.createdAt = createdAt;
        this.message = message;
        this.blocks = blocks;
    }

    static Revision asReceived(Story story, String headline, String byline, Body body, String rawText,
            String author, Instant now) {
        return new Revision(story, 1, null, headline, byline, body.text(), rawText, author, now, "As received",
                BlockCodec.encode(body));
    }

    static Revision after(Revision parent, String headline, String byline, Body body, String author, Instant now,
            String message) {
        return after(parent, headline, byline, body, author, now, message, null, null);
    }

    static Revision after(Revision parent, String headline, String byline, Body body, String author, Instant now,
            String message, String idempotencyKey, String requestFingerprint) {
        Revision next = new Revision(parent.story, parent.number + 1, parent, headline, byline, body.text(), null,
                author, now, message, BlockCodec.encode(body));
        next.idempotencyKey = idempotencyKey;
        next.requestFingerprint = requestFingerprint;
        return next;
    }

    public int getNumber() {
        return number;
    }

    public String getHeadline() {
        return headline;
    }

    public String getByline() {
        return byline;
    }

    public String getBody() {
        return body;
    }

    String getRawText() {
        return rawText;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getMessage() {
        return message;
    }

    /** The body as blocks: the typed value every feature works on. */
    Body getDocument() {
        return BlockCodec.decode(blocks, body);
    }

    /** The tagged blocks, as the editor and the API name them. */
    public List<Tag> getTags() {
        return BlockTags.of(getDocument());
    }

    String getRequestFingerprint() {
        return requestFingerprint;
    }

    Integer getParentNumber() {
        return number > 1 ? number - 1 : null;
    }
}
