package dev.copydesk.demo;

/**
 * A start that cannot give the desk a usable admin. {@link StartupFailureAnalyzer} turns it into Spring Boot's
 * one-paragraph "APPLICATION FAILED TO START" report instead of a stack trace.
 */
class FirstAdminException extends RuntimeException {

    private final String action;

    FirstAdminException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    String action() {
        return action;
    }
}
