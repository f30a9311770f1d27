package dev.copydesk.api;

/** Every API error: a short machine word and a sentence for people. Never a stack trace. */
public record ApiError(String error, String message) {
}
