package dev.copydesk.story;

import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.CleanupService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Autoclean as a revision: every safe fix applied to the current text and saved as one new revision.
 * LanguageTool runs outside any transaction; the save then states the revision it started from, so an edit
 * that lands in between is never overwritten (the autoclean is refused instead).
 */
@Service
public class StoryAutocleanService {

    private final StoryService stories;
    private final CleanupService cleanup;

    StoryAutocleanService(StoryService stories, CleanupService cleanup) {
        this.stories = stories;
        this.cleanup = cleanup;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public StoryDetails autoclean(long id) {
        StoryDetails current = stories.get(id);
        Autoclean.Result result = cleanup.autoclean(current.headline(), current.body());
        if (!result.changed(current.body())) {
            return current;
        }
        String message = "Autoclean: " + result.applied().size() + " safe fix" + (result.applied().size() == 1 ? "" : "es");
        return stories.save(id, new StoryEdit(current.revision(), current.headline(), current.byline(), result.body(),
                message));
    }
}
