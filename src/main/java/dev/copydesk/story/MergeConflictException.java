package dev.copydesk.story;

/**
 * A save based on an older revision whose changes overlap changes saved since. Nothing was written; the
 * editor's text is in {@link #mine()} and the current text in {@link #theirs()}, for a person to resolve.
 */
public class MergeConflictException extends StaleRevisionException {

    private final String mine;
    private final String theirs;

    public MergeConflictException(int baseRevision, int currentRevision, String currentAuthor, String mine,
            String theirs) {
        super(baseRevision, currentRevision, currentAuthor);
        this.mine = mine;
        this.theirs = theirs;
    }

    protected MergeConflictException(int baseRevision, int currentRevision, String currentAuthor, String mine,
            String theirs, String message) {
        super(baseRevision, currentRevision, currentAuthor, message);
        this.mine = mine;
        this.theirs = theirs;
    }

    public String mine() {
        return mine;
    }

    public String theirs() {
        return theirs;
    }
}
