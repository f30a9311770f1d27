package dev.copydesk.story;

/**
 * A save based on a revision that is no longer current: someone else saved in between. Nothing was
 * written; the caller still holds its text and can merge or retry.
 */
public class StaleRevisionException extends RuntimeException {

    private final int baseRevision;
    private final int currentRevision;
    private final String currentAuthor;

    public StaleRevisionException(int baseRevision, int currentRevision, String currentAuthor) {
        this(baseRevision, currentRevision, currentAuthor, "Revision " + currentRevision + " by " + currentAuthor
                + " was saved after revision " + baseRevision + ", which this edit was based on.");
    }

    protected StaleRevisionException(int baseRevision, int currentRevision, String currentAuthor, String message) {
        super(message);
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
        this.currentAuthor = currentAuthor;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public String currentAuthor() {
        return currentAuthor;
    }
}
