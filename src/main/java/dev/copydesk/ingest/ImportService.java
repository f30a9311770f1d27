package dev.copydesk.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Imports pasted text, uploaded files and API posts the same way: decode, split, create revision 1. */
@Service
public class ImportService {

    /** Uploads may carry a headline and byline on top of the largest body. */
    public static final int MAX_UPLOAD_BYTES = StoryLimits.MAX_BODY_BYTES + 4 * 1024;

    private final StoryService stories;

    ImportService(StoryService stories) {
        this.stories = stories;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importText(String text, String source, String title) {
        if (text != null && text.length() > MAX_UPLOAD_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
        var parsed = StoryTextParser.parse(text, title);
        if (parsed.body().getBytes(StandardCharsets.UTF_8).length > StoryLimits.MAX_BODY_BYTES) {
            throw BoundedReader.tooLarge(StoryLimits.MAX_BODY_BYTES);
        }
        return stories.create(new StoryDraft(parsed.headline(), parsed.byline(), source, parsed.body(),
                text));
    }

    /** Reads an upload, stopping as soon as it passes the size limit; nothing is stored unless all of it is good. */
    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importStream(InputStream in, String source) {
        return importStream(in, source, null);
    }

    /** As {@link #importStream(InputStream, String)}; with a title, the whole text is the body. */
    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails importStream(InputStream in, String source, String title) {
        byte[] bytes = BoundedReader.readAtMost(in, MAX_UPLOAD_BYTES);
        return importText(TextDecoder.decode(bytes).text(), source, title);
    }
}
