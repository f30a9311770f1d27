package dev.copydesk.api;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.net.URI;
import java.util.List;

import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.editing.StoryAutocleanService;
import dev.copydesk.export.ExportFormat;
import dev.copydesk.export.ExportService;
import dev.copydesk.ingest.ImportReport;
import dev.copydesk.ingest.ImportRequest;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.review.ReviewService;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.RevisionDetails;
import dev.copydesk.story.RevisionSummary;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pinned story endpoints. Security, validation and transactions live in the services they call. */
@RestController
@RequestMapping("/api/stories")
class StoryApiController {

    private final ImportService imports;
    private final StoryService stories;
    private final StoryAutocleanService autoclean;
    private final ReviewService workflow;
    private final ExportService exports;

    StoryApiController(ImportService imports, StoryService stories,
            StoryAutocleanService autoclean, ReviewService workflow, ExportService exports) {
        this.exports = exports;
        this.imports = imports;
        this.stories = stories;
        this.autoclean = autoclean;
        this.workflow = workflow;
    }

    /**
     * One story: text/plain, read in the charset it declares (or detected if it declares none); text/html, a web
     * page whose article is taken; application/xml, NITF or NewsML-G2. Counted as it arrives, refused past the size
     * limit (413); a ZIP archive belongs to {@code POST /api/imports} (415). The reply's {@code notes} say what was
     * changed on the way in.
     */
    @PostMapping
    ResponseEntity<StoryDto> create(HttpServletRequest request, @RequestParam(required = false) String title,
            @RequestParam(required = false) String source) throws IOException {
        // An empty body is a 400 whatever it is labelled (API.md); the type is judged only when there is a story.
        PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
        int first = body.read();
        if (first == -1) {
            throw ApiRequestException.badRequest("POST /api/stories needs the story in the request body, as "
                    + "text/plain; charset=UTF-8; this request had no body.");
        }
        body.unread(first);
        // Checked here rather than with `consumes`, so the /api/** fallback does not turn a wrong type into 404.
        MediaType type = contentType(request);
        ImportReport report;
        if (type != null && type.getType().equals("text") && type.getSubtype().equals("plain")) {
            report = imports.importUpload(body, type.getCharset(), source == null ? "API" : source, title);
        } else {
            // text/html, application/xml (NITF, NewsML-G2); no type or a generic one: the bytes decide (API.md)
            report = imports.importDocument(body, new ImportRequest(type == null ? null : type.toString(), null,
                    source, "API", title));
        }
        return ResponseEntity.created(URI.create("/api/stories/" + report.story().id()))
                .body(StoryDto.imported(report.story(), report.notes()));
    }

    /** Stories, newest change first: optional {@code status} and headline search {@code q}, paged. */
    @GetMapping
    List<StoryListItem> list(@RequestParam(required = false) StoryStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return stories.list(new StoryFilter(status, q), PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 500),
                Sort.by(Sort.Direction.DESC, "updatedAt")));
    }

    /** The story's revisions, newest first: number, author, time, message, length. */
    @GetMapping("/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable long id) {
        return stories.history(id);
    }

    /** One revision's full text and tags. */
    @GetMapping("/{id}/revisions/{number}")
    RevisionDetails revision(@PathVariable long id, @PathVariable int number) {
        return stories.revision(id, number);
    }

    @GetMapping("/{id}")
    StoryDto get(@PathVariable long id) {
        return StoryDto.of(stories.get(id));
    }

    /** The current text's findings, less those an editor ignored or tagged (as the editor shows them). */
    @GetMapping("/{id}/findings")
    List<FindingDto> findings(@PathVariable long id) {
        return autoclean.findings(id).stream().map(FindingDto::of).toList();
    }

    /** {@code level=safe} (the default): the safe fixes; {@code level=suggested}: every suggestion but judgement calls. */
    @PostMapping("/{id}/autoclean")
    StoryDto autoclean(@PathVariable long id, @RequestParam(defaultValue = "safe") String level) {
        Autoclean.Level parsed = Autoclean.Level.parse(level).orElseThrow(() -> new InvalidStoryException(
                "The autoclean level must be safe (the default) or suggested."));
        return StoryDto.of(autoclean.autoclean(id, parsed));
    }

    /** An optional note for the reviewer; the body may be left out (or empty, whatever its Content-Type). */
    record SubmitRequest(String note) {
    }

    /** Which revision to approve (default: the current one) and a reason for waiving blocking findings. */
    record ApproveRequest(Integer revision, String waiver) {
    }

    /** What should change; required (the service says so if it is missing). */
    record RejectRequest(String comment) {
    }

    @PostMapping("/{id}/submit")
    StoryDto submit(@PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        return StoryDto.of(workflow.submit(id, request == null ? null : request.note()));
    }

    /** Approves the current revision, or {@code {"revision": n}}; {@code {"waiver": "..."}} waives blocking findings. */
    @PostMapping("/{id}/approve")
    StoryDto approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest request) {
        int number = request != null && request.revision() != null ? request.revision() : stories.get(id).revision();
        return StoryDto.of(workflow.approve(id, number, request == null ? null : request.waiver()));
    }

    @PostMapping("/{id}/reject")
    StoryDto reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        return StoryDto.of(workflow.requestChanges(id, request == null ? null : request.comment()));
    }

    /** The latest approved revision as text, html, markdown, nitf or ninjs; the audit trail records the fetch. */
    @GetMapping("/{id}/export")
    ResponseEntity<String> export(@PathVariable long id, @RequestParam String format) {
        ExportFormat f = ExportFormat.parse(format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).body(exports.exportForApi(id, f));
    }

    /** The declared Content-Type, or null if none; one that cannot be parsed (or names an unknown charset) is a 415. */
    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getHeader("Content-Type");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw ApiRequestException.unsupportedType("The Content-Type header cannot be used: " + e.getMessage()
                    + ". Send the story as text/plain; charset=UTF-8.");
        }
    }
}
