package dev.copydesk.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

/** The 429 answers: JSON for API clients, a small page with a way back for people at the login form. */
final class TooManyAttempts {

    static final int STATUS = 429;

    private TooManyAttempts() {
    }

    static void json(HttpServletResponse response, String reason, long retryAfterSeconds) throws IOException {
        start(response, retryAfterSeconds, "application/json");
        response.getWriter().write("{\"error\":\"too_many_requests\",\"message\":\"" + reason + " Try again in "
                + inWords(retryAfterSeconds) + ".\"}");
    }

    static void page(HttpServletResponse response, String reason, long retryAfterSeconds) throws IOException {
        start(response, retryAfterSeconds, "text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Too many failed logins · Copydesk</title></head>
                <body>
                <h1>Too many failed logins</h1>
                <p>%s Wait %s, then try again.</p>
                <p><a href="login">Back to the login page</a></p>
                </body>
                </html>
                """.formatted(reason, inWords(retryAfterSeconds)));
    }

    private static void start(HttpServletResponse response, long retryAfterSeconds, String contentType) {
        response.setStatus(STATUS);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setContentType(contentType);
    }

    /** Whole seconds for Retry-After, rounded up: a client that waits that long is let through. */
    static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }
}
