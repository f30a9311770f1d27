package dev.copydesk.api;

import java.io.IOException;
import java.io.PushbackInputStream;

import dev.copydesk.ingest.BatchReport;
import dev.copydesk.ingest.ImportRequest;
import dev.copydesk.ingest.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch import: {@code POST /api/imports} with a ZIP archive (or one document of any import format) as the body.
 * Every good entry becomes a story; the reply lists them and every refused entry with the reason. One bad entry never
 * stops the rest; an archive that is damaged, too large or a zip bomb is refused as a whole (400/413) and stores
 * nothing.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    /**
     * {@code source}: the source for every story (else each document's agency or site, else "API"); {@code name}:
     * the archive's file name, for the log and for an upload that is one document.
     */
    @Operation(summary = "Import a ZIP archive of stories (or one document) and report on every entry",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(mediaType = "text/plain", schema = @Schema(type = "string"))}))
    @PostMapping
    BatchReport create(HttpServletRequest request, @RequestParam(required = false) String source,
            @RequestParam(required = false) String name) throws IOException {
        PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
        int first = body.read();
        if (first == -1) {
            throw ApiRequestException.badRequest("POST /api/imports needs a ZIP archive (application/zip) or one "
                    + "document in the request body; this request had no body.");
        }
        body.unread(first);
        String type = request.getHeader("Content-Type");
        if (type != null && !type.isBlank()) {
            try {
                MediaType.parseMediaType(type); // a charset parameter is checked too
            } catch (InvalidMediaTypeException e) {
                throw ApiRequestException.unsupportedType("The Content-Type header cannot be used: " + e.getMessage()
                        + ". Send a ZIP archive as application/zip, or leave the type out and the bytes decide.");
            }
        }
        return imports.importBatch(body, new ImportRequest(type == null || type.isBlank() ? null : type, name, source,
                "API", null), BatchReport.Progress.NONE);
    }
}
