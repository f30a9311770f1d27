package dev.copydesk.ingest;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.copydesk.base.LogText;
import dev.copydesk.ingest.format.Format;
import dev.copydesk.ingest.format.Formats;
import dev.copydesk.ingest.format.HtmlReader;
import dev.copydesk.ingest.format.ImportedItem;
import dev.copydesk.ingest.format.IngestLimits;
import dev.copydesk.ingest.format.XmlReader;
import dev.copydesk.ingest.format.ZipArchive;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports pasted text, uploaded files, API posts and ZIP batches the same way: pick the format ({@link Formats}),
 * read the document (plain text, a web page, NITF, NewsML-G2), remove control characters with a note, create revision
 * 1 with the document kept beside it. A batch imports every good entry and reports each bad one; one bad entry never
 * stops the rest, and a damaged or hostile archive stores nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Plain-text uploads may carry a headline and byline on top of the largest body. */
    public static final int MAX_UPLOAD_BYTES = StoryLimits.MAX_BODY_BYTES + 4 * 1024;

    private final StoryService stories;
    private final SourceLearning learning;
    private final DuplicateFinder duplicates;
    private final DeskEvents events;
    private final MeterRegistry meters;

    ImportService(StoryService stories, SourceLearning learning, DuplicateFinder duplicates, DeskEvents events,
            MeterRegistry meters) {
        this.meters = meters;
        this.events = events;
        this.stories = stories;
        this.learning = learning;
        this.duplicates = duplicates;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importText(String text, String source, String title) {
        return importPasted(text, source, title).story();
    }

    /** As {@link #importText}, with the notes of what was changed on the way in. */
    @PreAuthorize("hasRole('EDITOR')")
    public ImportReport importPasted(String text, String source, String title) {
        return createFromText(text, "pasted", new ArrayList<>(), source, title);
    }

    /** Reads an upload, stopping as soon as it passes the size limit; nothing is stored unless all of it is good. */
    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importStream(InputStream in, String source) {
        return importStream(in, source, null);
    }

    /** As {@link #importStream(InputStream, String)}; with a title, the whole text is the body. */
    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importStream(InputStream in, String source, String title) {
        return importUpload(in, null, source, title).story();
    }

    /**
     * Reads a plain-text upload as {@code declared} if the sender named a charset (bytes that do not fit it are
     * refused with their position), otherwise detects it; reports what was changed on the way in.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ImportReport importUpload(InputStream in, Charset declared, String source, String title) {
        byte[] bytes = BoundedReader.readAtMost(in, MAX_UPLOAD_BYTES);
        return fromText(bytes, declared, source, title);
    }

    /**
     * One document of any format: chosen by {@code request.contentType()} and the bytes. A ZIP archive is refused
     * here (it holds several stories: {@link #importBatch}).
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ImportReport importDocument(InputStream in, ImportRequest request) {
        byte[] bytes = BoundedReader.readAtMost(in, IngestLimits.MAX_DOCUMENT_BYTES, "The document is larger than "
                + IngestLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, the most Copydesk reads as one story.");
        Format format = Formats.choose(request.contentType(), nonEmpty(bytes), request.fileName());
        if (format == Format.ZIP) {
            throw new ImportException(ImportException.Reason.NOT_TEXT, "This is a ZIP archive, which holds several "
                    + "stories: import it as a batch (POST /api/imports, or upload it on the Import page).");
        }
        return importOne(bytes, format, request);
    }

    /**
     * A ZIP archive (or a single document, as a batch of one): every good entry becomes a story, every bad one is
     * reported by name with the reason. The archive is opened and checked as a whole first ({@link ZipArchive}), so
     * a damaged or hostile one stores nothing; then each entry is imported on its own.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public BatchReport importBatch(InputStream in, ImportRequest request, BatchReport.Progress progress) {
        byte[] bytes = BoundedReader.readAtMost(in, IngestLimits.MAX_ARCHIVE_BYTES, "The upload is larger than "
                + IngestLimits.MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB, the most Copydesk accepts at once. Split it "
                + "into smaller archives.");
        Format format = Formats.choose(request.contentType(), nonEmpty(bytes), request.fileName());
        List<BatchReport.Created> created = new ArrayList<>();
        List<BatchReport.Refused> refused = new ArrayList<>();
        if (format != Format.ZIP) {
            progress = quiet(progress);
            String name = request.fileName() == null ? "the upload" : request.fileName();
            progress.done(0, 1, name);
            entry(name, bytes, request, created, refused);
            progress.done(1, 1, name);
            return new BatchReport(created, refused, List.of());
        }
        ZipArchive.Contents contents = ZipArchive.open(bytes);
        progress = quiet(progress);
        int total = contents.entries().size();
        int done = 0;
        for (ZipArchive.Entry e : contents.entries()) {
            progress.done(done, total, e.name());
            if (e.refused()) {
                refused.add(new BatchReport.Refused(e.name(), capitalised(e.refusal()) + "."));
            } else {
                entry(e.name(), e.bytes(), new ImportRequest(null, e.name(), request.source(),
                        request.fallbackSource(), null), created, refused);
            }
            progress.done(++done, total, e.name());
        }
        log.info("Batch {}: {} stories imported, {} entries refused, {} skipped",
                LogText.quote(request.fileName()), created.size(), refused.size(), contents.skipped().size());
        events.publish(new DeskEvent.ImportFinished(CurrentUser.username(), created.size()));
        return new BatchReport(created, refused, contents.skipped());
    }

    /** Progress is for whoever watches; a watcher gone (a closed tab) must not stop the import. */
    private static BatchReport.Progress quiet(BatchReport.Progress progress) {
        return (done, total, entry) -> {
            try {
                progress.done(done, total, entry);
            } catch (RuntimeException e) {
                log.debug("Batch progress not shown: {}", e.toString());
            }
        };
    }

    private void entry(String name, byte[] bytes, ImportRequest request, List<BatchReport.Created> created,
            List<BatchReport.Refused> refused) {
        try {
            if (bytes.length == 0) {
                throw new ImportException(ImportException.Reason.EMPTY, "The file is empty.");
            }
            if (bytes.length > IngestLimits.MAX_DOCUMENT_BYTES) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, "The document is larger than "
                        + IngestLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, the most Copydesk reads as one story.");
            }
            // never a ZIP here: ZipArchive refuses nested archives, and a single upload is one only if it is not
            Format format = Formats.choose(request.contentType(), bytes, name);
            ImportReport report = importOne(bytes, format, request);
            created.add(new BatchReport.Created(name, report.story().id(), report.story().headline(), format.name(),
                    report.notes()));
        } catch (ImportException | InvalidStoryException e) {
            refused.add(new BatchReport.Refused(name, e.getMessage()));
        } catch (RuntimeException e) {
            // One entry's failure must not stop the rest; the reason goes to the log, a plain message to the user.
            log.warn("Batch entry {} failed", LogText.quote(name), e);
            refused.add(new BatchReport.Refused(name, "It could not be imported because of an error in Copydesk "
                    + "(logged for the administrator); the other entries went on."));
        }
    }

    private ImportReport importOne(byte[] bytes, Format format, ImportRequest request) {
        Charset declared = TextDecoder.charsetOf(request.contentType());
        return switch (format) {
            case TEXT -> {
                if (bytes.length > MAX_UPLOAD_BYTES) {
                    throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
                }
                yield fromText(bytes, declared, source(request.source(), null, request.fallbackSource()),
                        request.title());
            }
            case HTML -> fromItem(HtmlReader.read(bytes, declared), request);
            case NITF, NEWSML -> fromItem(XmlReader.read(bytes), request);
            case ZIP -> throw new IllegalArgumentException("a ZIP archive is a batch");
        };
    }

    private ImportReport fromText(byte[] bytes, Charset declared, String source, String title) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared);
        List<String> notes = new ArrayList<>();
        if (declared == null && decoded.encoding().equals("Windows-1252")) {
            notes.add("No charset was declared and the bytes are not UTF-8: read as Windows-1252.");
        }
        return createFromText(decoded.text(), decoded.encoding(), notes, source, title);
    }

    private ImportReport createFromText(String text, String encoding, List<String> notes, String source, String title) {
        if (text != null && text.length() > MAX_UPLOAD_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
        var cleaned = ControlCharacters.remove(text == null ? "" : text);
        if (cleaned.note() != null) {
            notes.add(cleaned.note());
        }
        var parsed = StoryTextParser.parse(cleaned.text(), title);
        checkBodySize(parsed.body());
        // The raw text kept beside revision 1 is the decoded upload without the control characters the note
        // names: PostgreSQL cannot store NUL in text, and the note keeps the record of what was there.
        return store(new StoryDraft(parsed.headline(), parsed.byline(), source, parsed.body(), cleaned.text(), null,
                null, Format.TEXT.name()), encoding, notes);
    }

    /** A document read by a format's reader; a missing headline is the body's first paragraph, as for text. */
    private ImportReport fromItem(ImportedItem item, ImportRequest request) {
        List<String> notes = new ArrayList<>(item.notes());
        var body = ControlCharacters.remove(item.body());
        if (body.note() != null) {
            notes.add(body.note());
        }
        String text = body.text();
        String headline = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : item.headline();
        String foundByline = null;
        if (headline == null || headline.isBlank()) {
            int end = text.indexOf("\n\n");
            String first = (end < 0 ? text : text.substring(0, end)).strip();
            if (first.length() <= StoryLimits.MAX_HEADLINE_LENGTH && end >= 0) {
                var parsed = StoryTextParser.parse(text, null); // also finds a byline under the headline
                headline = parsed.headline();
                text = parsed.body();
                foundByline = parsed.byline();
            } else {
                headline = first; // cut below
                text = end < 0 ? "" : text.substring(end + 2);
            }
            notes.add("The document names no headline, so its first paragraph became the headline.");
        }
        headline = ControlCharacters.remove(headline).text().strip();
        if (headline.length() > StoryLimits.MAX_HEADLINE_LENGTH) {
            headline = headline.substring(0, StoryLimits.MAX_HEADLINE_LENGTH - 1).strip() + "\u2026";
            notes.add("The headline was longer than " + StoryLimits.MAX_HEADLINE_LENGTH + " characters and was cut.");
        }
        String byline = item.byline() != null ? ControlCharacters.remove(item.byline()).text().strip() : foundByline;
        if (byline != null && byline.length() > StoryLimits.MAX_BYLINE_LENGTH) {
            notes.add("The byline was longer than " + StoryLimits.MAX_BYLINE_LENGTH + " characters, so it was left "
                    + "out: \u201c" + byline.substring(0, 80) + "\u2026\u201d");
            byline = null;
        }
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, "The document has no story text.");
        }
        checkBodySize(text);
        String raw = ControlCharacters.remove(item.rawText()).text();
        return store(new StoryDraft(headline, byline, source(request.source(), item.agency(), request.fallbackSource()),
                text, raw, item.dateline(), item.originalId(), item.format().name()), item.format().label(), notes);
    }

    private ImportReport store(StoryDraft received, String encoding, List<String> notes) {
        StoryDraft draft = withBylineFromBody(received, notes);
        StoryDetails story = stories.create(draft);
        meters.counter("copydesk.imports", "format", draft.format() == null ? "TEXT" : draft.format()).increment();
        try {
            var match = duplicates.record(story.id(), draft.body());
            if (match.isPresent()) {
                notes.add("It looks like story " + match.get().storyId() + " (" + Math.round(match.get().similarity()
                        * 100) + "% alike), which is already on the desk; both are kept.");
                story = stories.get(story.id());
            }
        } catch (DataAccessException e) {
            // the story is stored; the duplicate check is a hint and may be missed
            log.warn("Story {}: the near-duplicate check failed: {}", story.id(), e.getMessage());
        }
        if (!notes.isEmpty()) {
            log.info("Story {} imported ({}) with {} note(s): {}", story.id(), encoding, notes.size(), notes);
        }
        try {
            learning.learn(story.source(), story.id(), draft.body());
        } catch (DataAccessException e) {
            // the story is stored; counting its lines is best effort (two imports may race on a new line)
            log.warn("Story {}: its lines were not counted for source {}: {}", story.id(), LogText.quote(story.source()),
                    e.getMessage());
        }
        return new ImportReport(story, encoding, List.copyOf(notes));
    }

    /**
     * Every import comes through here: a story that names no byline but has one in a line of its own near the top
     * of its text ({@link StoryTextParser#bylineInBody}) gets it in the byline field. The line stays in the body,
     * revision 1 being the story as received; the cleanup engine's byline finding still offers to remove it, and
     * with the field filled nothing is lost when it does.
     */
    private static StoryDraft withBylineFromBody(StoryDraft draft, List<String> notes) {
        if (draft.byline() != null && !draft.byline().isBlank()) {
            return draft;
        }
        var found = StoryTextParser.bylineInBody(draft.headline(), draft.body());
        if (found.isEmpty() || found.get().length() > StoryLimits.MAX_BYLINE_LENGTH) {
            return draft;
        }
        notes.add("The byline \u201c" + found.get() + "\u201d in the story text was put in the byline field; the "
                + "line itself stays in the text for the cleanup to remove.");
        return new StoryDraft(draft.headline(), found.get(), draft.source(), draft.body(), draft.rawText(),
                draft.dateline(), draft.originalId(), draft.format());
    }

    private static void checkBodySize(String body) {
        if (body.getBytes(StandardCharsets.UTF_8).length > StoryLimits.MAX_BODY_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
    }

    /** The source the person named; else the agency or site the document names; else the fallback. */
    private static String source(String named, String fromDocument, String fallback) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (fromDocument != null && !fromDocument.isBlank()) {
            return fromDocument.strip();
        }
        return fallback;
    }

    private static byte[] nonEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Reason.EMPTY, "The file is empty.");
        }
        return bytes;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
