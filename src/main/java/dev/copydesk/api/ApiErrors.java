package dev.copydesk.api;

import dev.copydesk.ingest.ImportException;
import dev.copydesk.story.IdempotencyKeyReusedException;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.WorkflowException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure of an API call to the pinned JSON error and status code; stack traces stay in the log. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiRequestException.class)
    ResponseEntity<ApiError> badRequest(ApiRequestException e) {
        return error(e.status(), e.error(), e.getMessage());
    }

    @ExceptionHandler(StoryNotFoundException.class)
    ResponseEntity<ApiError> notFound(StoryNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(InvalidStoryException.class)
    ResponseEntity<ApiError> invalid(InvalidStoryException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(dev.copydesk.export.ExportFormat.UnknownFormatException.class)
    ResponseEntity<ApiError> unknownFormat(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiError> badImport(ImportException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> error(HttpStatus.CONTENT_TOO_LARGE, "too_large", e.getMessage());
            case NOT_TEXT -> error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format", e.getMessage());
            default -> error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
        };
    }

    @ExceptionHandler({WorkflowException.class, StaleRevisionException.class})
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    /** 422: the request is well-formed, but its key already names a different save (the IETF draft's choice). */
    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ApiError> keyReused(IdempotencyKeyReusedException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        log.warn("API call refused: {}", e.getMessage());
        return error(HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this.");
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ApiError> unauthorized(AuthenticationCredentialsNotFoundException e) {
        return error(HttpStatus.UNAUTHORIZED, "unauthorized", "Log in with HTTP Basic.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format", BodyMessages.unsupportedType(request, e));
    }

    @ExceptionHandler(InvalidMediaTypeException.class)
    ResponseEntity<ApiError> invalidMediaType(InvalidMediaTypeException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format",
                "The Content-Type header cannot be used: " + e.getMessage() + ".");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", BodyMessages.unreadable(request, e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request",
                "The query parameter \u201c" + e.getParameterName() + "\u201d is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String allowed = type != null && type.isEnum() ? "; use one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")) : "";
        return error(HttpStatus.BAD_REQUEST, "bad_request", "\u201c" + e.getValue() + "\u201d is not a valid \u201c"
                + e.getName() + "\u201d" + allowed + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "There is no such API path.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("API call failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Something went wrong on the server; try again, or ask an admin to check the log.");
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, message));
    }
}
