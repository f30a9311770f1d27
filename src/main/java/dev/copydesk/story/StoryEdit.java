package dev.copydesk.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An editor's save: the revision it was based on, the new text, its ad/boilerplate tags ({@code null} keeps
 * the current tags), an optional message, and an optional Idempotency-Key from an API client.
 */
public record StoryEdit(int baseRevision, String headline, String byline, String body, String message,
        List<Tag> tags, String idempotencyKey) {

    public StoryEdit(int baseRevision, String headline, String byline, String body, String message, List<Tag> tags) {
        this(baseRevision, headline, byline, body, message, tags, null);
    }

    public StoryEdit(int baseRevision, String headline, String byline, String body, String message) {
        this(baseRevision, headline, byline, body, message, null, null);
    }

    /**
     * A digest of everything the save asks for (not the key), stored with the revision it made: a retry with the
     * same key must match it. Fields are length-prefixed, so no two different edits can run together the same way.
     */
    String fingerprint() {
        StringBuilder all = new StringBuilder().append(baseRevision);
        for (String field : new String[] {headline, byline, body, message, tags == null ? null : TagCodec.encode(tags)}) {
            all.append('|').append(field == null ? "-" : field.length() + ":" + field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
