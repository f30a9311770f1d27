package dev.copydesk.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any /api path no endpoint claims. Without it the request falls through to Vaadin, which answers a
 * script asking for a typo'd path with 200 and an HTML page.
 */
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknown() {
        return ApiErrors.error(HttpStatus.NOT_FOUND, "not_found", "There is no such API path; see /api/openapi.");
    }
}
