package dev.copydesk.export;

import java.util.Arrays;
import java.util.List;

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

    @PreAuthorize("hasRole('ADMIN')")
    public ExportDocument document(long storyId) {
        StoryDetails story = stories.get(storyId);
        if (story.approvedRevision() == null) {
            throw new WorkflowException("Story " + storyId + " has no approved revision to export yet.");
        }
        RevisionDetails r = stories.revision(storyId, story.approvedRevision());
        String text = PublishText.of(r.body(), r.tags());
        List<String> paragraphs = text.isEmpty() ? List.of() : Arrays.asList(text.split("\n\n"));
        return new ExportDocument(storyId, r.number(), r.headline(), r.byline(), paragraphs, story.source(),
                story.createdAt(), r.createdAt());
    }
}
