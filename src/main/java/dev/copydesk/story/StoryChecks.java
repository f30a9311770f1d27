package dev.copydesk.story;

import java.nio.charset.StandardCharsets;

/** What a headline, byline, body or Idempotency-Key must be before it is stored; the messages go to the user. */
public final class StoryChecks {

    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    private StoryChecks() {
    }

    static String headline(String headline) {
        String h = headline == null ? "" : headline.strip();
        if (h.isEmpty()) {
            throw new InvalidStoryException("A story needs a headline.");
        }
        if (h.length() > StoryLimits.MAX_HEADLINE_LENGTH) {
            throw new InvalidStoryException("The headline is longer than " + StoryLimits.MAX_HEADLINE_LENGTH
                    + " characters.");
        }
        return h;
    }

    static String byline(String byline) {
        if (byline == null || byline.isBlank()) {
            return null;
        }
        String b = byline.strip();
        if (b.length() > StoryLimits.MAX_BYLINE_LENGTH) {
            throw new InvalidStoryException("The byline is longer than " + StoryLimits.MAX_BYLINE_LENGTH
                    + " characters.");
        }
        return b;
    }

    /** Bodies keep their text exactly (defects included); only line endings are unified. */
    public static String body(String body) {
        String b = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (b.isBlank()) {
            throw new InvalidStoryException("The story has no text below the headline.");
        }
        if (b.getBytes(StandardCharsets.UTF_8).length > StoryLimits.MAX_BODY_BYTES) {
            throw new InvalidStoryException("The story text is larger than "
                    + StoryLimits.MAX_BODY_BYTES / 1024 + " KB.");
        }
        if (b.indexOf('\0') >= 0) {
            throw new InvalidStoryException("The story text contains NUL characters; it looks like binary data.");
        }
        return b;
    }

    /** A key is stored and compared as sent, so it must be short printable ASCII (as HTTP header values are). */
    static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new InvalidStoryException("An Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " printable ASCII characters, e.g. a UUID.");
        }
        return key;
    }

    /** Revision messages are cut, not refused: they are filled in for the editor and may grow with a merge note. */
    static String message(String text) {
        return text == null || text.length() <= StoryLimits.MAX_MESSAGE_LENGTH ? text
                : text.substring(0, StoryLimits.MAX_MESSAGE_LENGTH);
    }
}
