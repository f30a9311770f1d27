package dev.copydesk.ingest;

/** Input that cannot be imported; the message tells the user what is wrong and what to do. */
public class ImportException extends RuntimeException {

    private final Reason reason;

    public ImportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Lets the API pick a status code (413 for too large, 415 for a file format that is not text, 400 otherwise:
     * broken encoding and control characters are bad text, not an unsupported format).
     */
    public enum Reason { EMPTY, TOO_LARGE, NOT_TEXT, INVALID_ENCODING, CONTROL_CHARACTERS }
}
