package dev.copydesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.copydesk.story.PublishText;
import dev.copydesk.story.RevisionDetails;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.WorkflowException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Exports the latest approved revision of a story, ad- and boilerplate-tagged text left out. Admins only. */
@Service
public class ExportService {

    private final StoryService stories;

    ExportService(StoryService stories) {
        this.stories = stories;
    }

    /** The rendered document; a story with no approved revision is refused (409 in the API). */
    @PreAuthorize("hasRole('ADMIN')")
    public String export(long storyId, ExportFormat format) {
        return Renderers.render(format, document(storyId));
    }

    /** As {@link #export}, for API clients: the audit trail records who fetched which revision; the status stays. */
    @PreAuthorize("hasRole('ADMIN')")
    public String exportForApi(long storyId, ExportFormat format) {
        ExportDocument doc = document(storyId);
        String rendered = Renderers.render(format, doc);
        stories.recordApiExport(storyId, doc.revision(), format.name().toLowerCase(java.util.Locale.ROOT));
        return rendered;
    }

    /** Exports one story and records that its approved revision went out (the story becomes EXPORTED). */
    @PreAuthorize("hasRole('ADMIN')")
    public String exportAndMark(long storyId, ExportFormat format) {
        ExportDocument doc = document(storyId);
        String rendered = Renderers.render(format, doc);
        stories.markExported(storyId, doc.revision());
        return rendered;
    }

    /**
     * Writes a ZIP with one file per story (named by id, revision and format), marking each as exported;
     * {@code progress} hears how many are done. Stories without an approval are skipped.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int zip(List<Long> storyIds, ExportFormat format, OutputStream out, IntConsumer progress) throws IOException {
        int written = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (long id : storyIds) {
                ExportDocument doc;
                try {
                    doc = document(id);
                } catch (WorkflowException notApproved) {
                    continue;
                }
                // Rendered before the entry opens, so a story that cannot be rendered never leaves half a file.
                byte[] rendered = Renderers.render(format, doc).getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry("story-" + id + "-r" + doc.revision() + "." + format.extension()));
                zip.write(rendered);
                zip.closeEntry();
                stories.markExported(id, doc.revision());
                progress.accept(++written);
            }
        }
        return written;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ExportDocument document(long storyId) {
        StoryDetails story = stories.get(storyId);
        if (story.approvedRevision() == null) {
            throw new WorkflowException("Story " + storyId + " has no approved revision to export yet.");
        }
        RevisionDetails r = stories.revision(storyId, story.approvedRevision());
        List<String> paragraphs = PublishText.paragraphs(r.body(), r.tags());
        return new ExportDocument(storyId, r.number(), r.headline(), r.byline(), paragraphs, story.source(),
                story.createdAt(), r.createdAt());
    }
}
