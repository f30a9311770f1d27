package dev.copydesk.story;

/** Size limits shared by the entities, the services and the views that enforce them early. */
public final class StoryLimits {

    /** Largest story body accepted (import, editor, API), in UTF-8 bytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final int MAX_HEADLINE_LENGTH = 500;
    public static final int MAX_BYLINE_LENGTH = 300;
    public static final int MAX_SOURCE_LENGTH = 200;
    public static final int MAX_DATELINE_LENGTH = 200;
    public static final int MAX_ORIGINAL_ID_LENGTH = 300;
    public static final int MAX_MESSAGE_LENGTH = 500;
    /** An editor's reason for ignoring a finding that would block approval. */
    public static final int MAX_IGNORE_REASON_LENGTH = 1000;

    private StoryLimits() {
    }
}
