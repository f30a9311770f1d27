package dev.copydesk.editing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.copydesk.security.CurrentUser;
import dev.copydesk.story.StoryChecks;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryRepository;
import dev.copydesk.story.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A server-side draft of an editor's unsaved work on a story, one per editor and story, until saved or discarded. */
@Service
@Transactional(readOnly = true)
public class DraftService {

    private final EditorDraftRepository drafts;
    private final StoryRepository stories;
    private final Clock clock;

    DraftService(EditorDraftRepository drafts, StoryRepository stories, Clock clock) {
        this.drafts = drafts;
        this.stories = stories;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void saveDraft(long storyId, int baseRevision, String headline, String byline, String body, List<Tag> tags) {
        requireStory(storyId);
        String user = CurrentUser.username();
        EditorDraft draft = drafts.findByStoryIdAndUsername(storyId, user).orElseGet(() -> new EditorDraft(storyId, user));
        draft.update(baseRevision, headline == null || headline.isBlank() ? "(no headline)" : truncate(headline.strip(),
                StoryLimits.MAX_HEADLINE_LENGTH), byline == null ? null : truncate(byline, StoryLimits.MAX_BYLINE_LENGTH),
                StoryChecks.body(body), tags, clock.instant());
        drafts.save(draft);
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Optional<SavedDraft> draft(long storyId) {
        return drafts.findByStoryIdAndUsername(storyId, CurrentUser.username()).map(EditorDraft::toView);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void discardDraft(long storyId) {
        drafts.findByStoryIdAndUsername(storyId, CurrentUser.username()).ifPresent(drafts::delete);
    }

    private void requireStory(long storyId) {
        if (!stories.existsById(storyId)) {
            throw new StoryNotFoundException("There is no story " + storyId + ".");
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
