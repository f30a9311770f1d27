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
     * Lets the API pick a status code (413 for too large, 415 for a file format Copydesk does not import, 400
     * otherwise: broken encoding and control characters are bad text, not an unsupported format; a document that
     * is not what its type says, is broken or is refused as unsafe (XML entities) is bad input).
     */
    public enum Reason { EMPTY, TOO_LARGE, NOT_TEXT, INVALID_ENCODING, CONTROL_CHARACTERS, WRONG_TYPE, MALFORMED,
        UNSAFE }

    public static ImportException malformed(String message) {
        return new ImportException(Reason.MALFORMED, message);
    }

    public static ImportException tooLarge(String message) {
        return new ImportException(Reason.TOO_LARGE, message);
    }
}
