package dev.copydesk.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what was wrong with a JSON request body for the endpoint it was sent to: which endpoint, what it takes
 * (an example built from the request record), and what arrived instead.
 */
final class BodyMessages {

    private BodyMessages() {
    }

    /** A body sent with a type the endpoint does not read (415). */
    static String unsupportedType(HttpServletRequest request, HttpMediaTypeNotSupportedException e) {
        Optional<MethodParameter> body = bodyParameter(request);
        String sent = e.getContentType() == null ? "no Content-Type" : e.getContentType().toString();
        if (body.isEmpty()) {
            return endpoint(request) + " does not read a " + sent + " body.";
        }
        return endpoint(request) + " takes " + takes(body.get()) + "; this request was sent as " + sent + ".";
    }

    /** A body that is missing, is not JSON, or does not fit the request record (400). */
    static String unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        Optional<MethodParameter> body = bodyParameter(request);
        String takes = body.map(BodyMessages::takes).orElse("a JSON object");
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return endpoint(request) + " has no field \u201c" + unknown.getPropertyName() + "\u201d; it takes " + takes + ".";
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            var last = mismatch.getPath().getLast();
            String field = last.getPropertyName() != null ? last.getPropertyName() : "item " + last.getIndex();
            return "In the body of " + endpoint(request) + ", \u201c" + field + "\u201d has the wrong type; it takes "
                    + takes + ".";
        }
        if (cause instanceof MismatchedInputException) {
            return "The body of " + endpoint(request) + " must be a JSON object: " + takes + ".";
        }
        if (cause instanceof JacksonException json) {
            String where = json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr();
            return "The body of " + endpoint(request) + " is not valid JSON" + where + " (" + json.getOriginalMessage()
                    + "); it takes " + takes + ".";
        }
        return endpoint(request) + " needs a body: " + takes + ".";
    }

    /** E.g. "a JSON object such as {"note": "…"} (Content-Type: application/json), or no body". */
    private static String takes(MethodParameter body) {
        RequestBody annotation = body.getParameterAnnotation(RequestBody.class);
        boolean optional = annotation != null && !annotation.required();
        return "a JSON object such as " + example(body.getParameterType()) + " (Content-Type: "
                + MediaType.APPLICATION_JSON_VALUE + ")" + (optional ? ", or no body at all" : "");
    }

    /** {"baseRevision": 3, "body": "…"}, from the record's components, so it can never drift from the code. */
    static String example(Class<?> type) {
        if (!type.isRecord()) {
            return "{\u2026}";
        }
        return Arrays.stream(type.getRecordComponents())
                .map(c -> "\"" + c.getName() + "\": " + (isNumber(c.getType()) ? "3" : "\"\u2026\""))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class;
    }

    private static Optional<MethodParameter> bodyParameter(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return Optional.empty();
        }
        return Arrays.stream(handler.getMethodParameters()).filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .findFirst();
    }

    private static String endpoint(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
