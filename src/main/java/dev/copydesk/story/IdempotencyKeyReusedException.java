package dev.copydesk.story;

/** An Idempotency-Key sent again with a different save: a retry must repeat the request exactly. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final int revision;

    public IdempotencyKeyReusedException(long storyId, String key, int revision) {
        super("The Idempotency-Key \u201c" + key + "\u201d was already used on story " + storyId
                + " for a different save (it made revision " + revision + "). A retry must send the same request; "
                + "use a new key for a new save.");
        this.revision = revision;
    }

    /** The revision the first request with this key made. */
    public int revision() {
        return revision;
    }
}
