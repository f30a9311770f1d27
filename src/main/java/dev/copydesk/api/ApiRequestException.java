package dev.copydesk.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses before any service sees it (wrong media type, unreadable body), with its reason. */
class ApiRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    ApiRequestException(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static ApiRequestException unsupportedType(String message) {
        return new ApiRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format", message);
    }

    static ApiRequestException badRequest(String message) {
        return new ApiRequestException(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
