package dev.copydesk.story;

/**
 * A save that would change a paragraph (or, in the whole-story text mode, the story) someone else holds. Nothing
 * was written; the text is handed back in {@link #mine()}, as with any conflict.
 */
public class HeldParagraphException extends MergeConflictException {

    private final String holder;

    HeldParagraphException(int baseRevision, int currentRevision, String currentAuthor, String mine, String theirs,
            String holder, String what) {
        super(baseRevision, currentRevision, currentAuthor, mine, theirs, holder + " is editing " + what
                + ", so your change to it was not saved.");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
