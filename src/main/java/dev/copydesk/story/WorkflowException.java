package dev.copydesk.story;

/** A workflow step refused: wrong state, self-approval, a stale approval or unresolved findings. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
