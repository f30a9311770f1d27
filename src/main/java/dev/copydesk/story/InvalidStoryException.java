package dev.copydesk.story;

/** Story input that cannot be stored; the message says why, in words an editor understands. */
public class InvalidStoryException extends RuntimeException {

    public InvalidStoryException(String message) {
        super(message);
    }
}
