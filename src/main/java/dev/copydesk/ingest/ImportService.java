package dev.copydesk.ingest;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.copydesk.base.LogText;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports pasted text, uploaded files and API posts the same way: decode (honouring a declared charset), remove
 * control characters with a note, split, create revision 1.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Uploads may carry a headline and byline on top of the largest body. */
    public static final int MAX_UPLOAD_BYTES = StoryLimits.MAX_BODY_BYTES + 4 * 1024;

    private final StoryService stories;
    private final SourceLearning learning;

    ImportService(StoryService stories, SourceLearning learning) {
        this.stories = stories;
        this.learning = learning;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importText(String text, String source, String title) {
        return importPasted(text, source, title).story();
    }

    /** As {@link #importText}, with the notes of what was changed on the way in. */
    @PreAuthorize("hasRole('EDITOR')")
    public ImportReport importPasted(String text, String source, String title) {
        return create(text, "pasted", new ArrayList<>(), source, title);
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
     * Reads an upload as {@code declared} if the sender named a charset (bytes that do not fit it are refused
     * with their position), otherwise detects it; reports what was changed on the way in.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ImportReport importUpload(InputStream in, Charset declared, String source, String title) {
        byte[] bytes = BoundedReader.readAtMost(in, MAX_UPLOAD_BYTES);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared);
        List<String> notes = new ArrayList<>();
        if (declared == null && decoded.encoding().equals("Windows-1252")) {
            notes.add("No charset was declared and the bytes are not UTF-8: read as Windows-1252.");
        }
        return create(decoded.text(), decoded.encoding(), notes, source, title);
    }

    private ImportReport create(String text, String encoding, List<String> notes, String source, String title) {
        if (text != null && text.length() > MAX_UPLOAD_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
        var cleaned = ControlCharacters.remove(text == null ? "" : text);
        if (cleaned.note() != null) {
            notes.add(cleaned.note());
        }
        var parsed = StoryTextParser.parse(cleaned.text(), title);
        if (parsed.body().getBytes(StandardCharsets.UTF_8).length > StoryLimits.MAX_BODY_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
        // The raw text kept beside revision 1 is the decoded upload without the control characters the note
        // names: PostgreSQL cannot store NUL in text, and the note keeps the record of what was there.
        StoryDetails story = stories.create(new StoryDraft(parsed.headline(), parsed.byline(), source, parsed.body(),
                cleaned.text()));
        if (!notes.isEmpty()) {
            log.info("Story {} imported ({}) with {} note(s): {}", story.id(), encoding, notes.size(), notes);
        }
        try {
            learning.learn(source, story.id(), parsed.body());
        } catch (DataAccessException e) {
            // the story is stored; counting its lines is best effort (two imports may race on a new line)
            log.warn("Story {}: its lines were not counted for source {}: {}", story.id(), LogText.quote(source),
                    e.getMessage());
        }
        return new ImportReport(story, encoding, List.copyOf(notes));
    }
}
