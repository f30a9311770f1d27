package dev.copydesk.security;

/** A user account request that cannot be carried out; the message is fit for the person who asked. */
public class InvalidUserException extends RuntimeException {

    public InvalidUserException(String message) {
        super(message);
    }
}
