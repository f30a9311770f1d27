package dev.copydesk.editing;

import java.util.List;

import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.review.IgnoreService;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The cleanup engine on a stored story, as the API uses it: the current findings, and autoclean as a revision.
 * Both leave out what an editor settled (ignored findings, tagged passages) by the same rule the editor view
 * applies ({@link SettledFindings}), so the API never deletes text an editor chose to keep. LanguageTool runs
 * outside any transaction; the save then states the revision it started from, so an edit that lands in between
 * is merged or refused, never overwritten.
 */
@Service
public class StoryAutocleanService {

    private final StoryService stories;
    private final CleanupService cleanup;
    private final IgnoreService ignores;

    StoryAutocleanService(StoryService stories, CleanupService cleanup, IgnoreService ignores) {
        this.stories = stories;
        this.cleanup = cleanup;
        this.ignores = ignores;
    }

    /** The findings of the current text that nobody settled, with offsets into its body. */
    @PreAuthorize("isAuthenticated()")
    public List<Finding> findings(long id) {
        StoryDetails current = stories.get(id);
        return ignores.settled(id, current.tags()).open(cleanup.analyze(current.headline(), current.body(), current.source()).findings(),
                current.body());
    }

    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails autoclean(long id) {
        return autoclean(id, Autoclean.Level.SAFE);
    }

    /** Autoclean at {@code level} as a new revision; the story as it is if nothing applied. */
    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails autoclean(long id, Autoclean.Level level) {
        StoryDetails current = stories.get(id);
        Autoclean.Result result = cleanup.autoclean(current.headline(), current.body(),
                ignores.settled(id, current.tags()), level, current.source());
        if (!result.changed(current.body())) {
            return current;
        }
        int n = result.applied().size();
        String message = level == Autoclean.Level.SAFE ? "Autoclean: " + n + " safe fix" + (n == 1 ? "" : "es")
                : "Accepted all suggestions: " + n + " change" + (n == 1 ? "" : "s");
        String byline = current.byline() == null || current.byline().isBlank() ? result.byline() : current.byline();
        return stories.save(id, new StoryEdit(current.revision(), current.headline(), byline, result.body(), message));
    }
}
