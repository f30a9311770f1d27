package dev.copydesk.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A login refused before its password was checked. A service exception, not bad credentials, so it never
 * counts as a failed attempt itself.
 */
class LoginThrottledException extends AuthenticationServiceException {

    private final long retryAfterSeconds;

    LoginThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfterSeconds = TooManyAttempts.seconds(retryAfter);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
