package dev.copydesk.review;

import java.time.Clock;
import java.util.List;

import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryRepository;
import dev.copydesk.story.StoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conversation on a story: anyone signed in comments; a reviewer's request for changes lands here too. */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private static final int MAX_LENGTH = 4000;

    private final StoryCommentRepository comments;
    private final StoryRepository stories;
    private final Clock clock;
    private final DeskEvents desk;
    private final StoryService storyService;

    CommentService(StoryCommentRepository comments, StoryRepository stories, Clock clock, DeskEvents desk,
            StoryService storyService) {
        this.storyService = storyService;
        this.comments = comments;
        this.stories = stories;
        this.clock = clock;
        this.desk = desk;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentView comment(long id, String text) {
        return comment(id, text, null);
    }

    /** A comment on one paragraph ({@code blockId}, a block id of the story's text) or, with null, on the story. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentView comment(long id, String text, String blockId) {
        if (text == null || text.isBlank()) {
            throw new InvalidStoryException("A comment needs some text.");
        }
        if (!stories.existsById(id)) {
            throw new StoryNotFoundException("There is no story " + id + ".");
        }
        if (blockId != null && !storyService.get(id).blockIds().contains(blockId)) {
            throw new InvalidStoryException("A comment can be anchored only to a paragraph of the story's current "
                    + "revision: save a new paragraph before commenting on it.");
        }
        return add(id, text.strip(), blockId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<CommentView> comments(long id) {
        return comments.findByStoryIdOrderByCreatedAtAscIdAsc(id).stream().map(StoryComment::toView).toList();
    }

    /** Adds a comment by the current user, cut to the length a comment may have. */
    @Transactional
    CommentView add(long id, String text, String blockId) {
        CommentView saved = comments.save(new StoryComment(id, CurrentUser.username(),
                text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text, clock.instant(), blockId)).toView();
        desk.publish(new DeskEvent.CommentAdded(id, saved.username(), blockId));
        return saved;
    }
}
