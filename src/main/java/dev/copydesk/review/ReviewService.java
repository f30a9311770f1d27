package dev.copydesk.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.copydesk.audit.AuditKind;
import dev.copydesk.audit.AuditTrail;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Finding;
import io.micrometer.core.instrument.MeterRegistry;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.Revision;
import dev.copydesk.story.RevisionRepository;
import dev.copydesk.story.Story;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryRepository;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.Tag;
import dev.copydesk.story.WorkflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review: DRAFT → IN_REVIEW (editor submits) → APPROVED (reviewer) or CHANGES_REQUESTED (reviewer, with a
 * comment) → the editor revises and resubmits. An approval names the exact revision the reviewer saw. Every
 * step, refusal reasons aside, lands in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final ReviewQueueRepository queue;
    private final AuditTrail events;
    private final CommentService comments;
    private final StoryService storyService;
    private final CleanupService cleanup;
    private final IgnoreService ignores;
    private final Clock clock;
    private final boolean fourEyes;
    private final DeskEvents desk;
    private final MeterRegistry meters;

    ReviewService(StoryRepository stories, RevisionRepository revisions, ReviewQueueRepository queue,
            AuditTrail events, CommentService comments, StoryService storyService, CleanupService cleanup,
            IgnoreService ignores, Clock clock, @Value("${copydesk.review.four-eyes:true}") boolean fourEyes,
            DeskEvents desk, MeterRegistry meters) {
        this.desk = desk;
        this.meters = meters;
        this.stories = stories;
        this.revisions = revisions;
        this.queue = queue;
        this.events = events;
        this.comments = comments;
        this.storyService = storyService;
        this.cleanup = cleanup;
        this.ignores = ignores;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails submit(long id, String note) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        StoryStatus from = story.getStatus();
        step(id, story::checkSubmittable);
        int blocking = blocking(id, story.getCurrentRevision()).open().size();
        step(id, () -> story.submit(CurrentUser.username(), clock.instant(), blocking));
        events.record(story.getId(), AuditKind.SUBMITTED, from, StoryStatus.IN_REVIEW, story.getCurrentRevision(),
                CurrentUser.username(), blankToNull(note));
        log.info("Story {} revision {} submitted by {}", id, story.getCurrentRevision(), CurrentUser.username());
        statusChanged(story);
        return storyService.get(id);
    }

    /**
     * Approves exactly {@code revision}, which must be the one submitted. Four-eyes covers every author since
     * the last approval: a reviewer who wrote any of those revisions (an admin holds every role) can't approve.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public StoryDetails approve(long id, int revision, String waiverReason) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        String reviewer = CurrentUser.username();
        step(id, () -> story.checkApprovable(revision));
        Revision approved = revisions.findByStoryIdAndNumber(id, revision)
                .orElseThrow(() -> new StoryNotFoundException("Story " + id + " has no revision " + revision + "."));
        if (fourEyes) {
            int lastApproved = story.getApprovedRevision() == null ? 0 : story.getApprovedRevision();
            List<Integer> own = revisions.writtenBy(id, lastApproved, revision, reviewer);
            if (!own.isEmpty()) {
                throw refuse(id, "You wrote " + (own.size() == 1 ? "revision " : "revisions ")
                        + own.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + (lastApproved == 0 ? "" : " since the last approval")
                        + "; another reviewer must approve it.");
            }
        }
        List<Finding> blocking = blocking(id, approved).open();
        if (!blocking.isEmpty()) {
            if (waiverReason == null || waiverReason.isBlank()) {
                throw refuse(id, blocking.size() + " finding(s) that autoclean would fix are unresolved (ads, duplicates or "
                        + "boilerplate). Resolve them, or waive them with a reason.");
            }
            events.record(story.getId(), AuditKind.WAIVED, null, null, revision, reviewer,
                    blocking.size() + " finding(s) waived: " + waiverReason.strip());
        }
        StoryStatus from = story.getStatus();
        StoryStatus to = story.approve(revision);
        events.record(story.getId(), AuditKind.APPROVED, from, to, revision, reviewer, null);
        log.info("Story {} revision {} approved by {}", id, revision, reviewer);
        statusChanged(story);
        return storyService.get(id);
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public StoryDetails requestChanges(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidStoryException("Say what should change: a comment is required.");
        }
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        step(id, story::requestChanges);
        events.record(story.getId(), AuditKind.CHANGES_REQUESTED, StoryStatus.IN_REVIEW, StoryStatus.CHANGES_REQUESTED,
                story.getCurrentRevision(), CurrentUser.username(), comment.strip());
        comments.add(id, "Changes requested: " + comment.strip(), null);
        statusChanged(story);
        return storyService.get(id);
    }

    /** Tells the open desks and editors, after commit, that the story moved in the workflow. */
    private void statusChanged(Story story) {
        meters.counter("copydesk.reviews", "status", story.getStatus().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        desk.publish(new DeskEvent.StoryChanged(story.getId(), story.getCurrentRevision(), CurrentUser.username(),
                DeskEvent.Change.STATUS));
    }

    /** The review queue, a page at a time, oldest submission first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<ReviewQueueItem> reviewQueue(Pageable page) {
        return queue.reviewQueue(page).getContent();
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public long reviewQueueSize() {
        return queue.countInReview();
    }

    /** The ad, duplicate and boilerplate fixes autoclean would still make, minus ignored and tagged ones. */
    @PreAuthorize("isAuthenticated()")
    public List<Finding> blockingFindings(long id, int revision) {
        return blocking(id, revision).open();
    }

    /** The review gate of one revision: what still blocks, and what an editor ignored (with who and why). */
    @PreAuthorize("isAuthenticated()")
    public BlockingFindings blocking(long id, int revision) {
        return blocking(id, revisions.findByStoryIdAndNumber(id, revision)
                .orElseThrow(() -> new StoryNotFoundException("No such revision")));
    }

    /**
     * Paragraphs tagged or untagged as ads or boilerplate since the last approved revision (or since the import),
     * by whom. A tag whose text was deleted is not an untagging: the diff shows that deletion.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TagChange> tagChanges(long id) {
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        int from = story.getApprovedRevision() == null ? 1 : story.getApprovedRevision();
        List<Revision> range = revisions.findByStoryIdAndNumberBetweenOrderByNumberAsc(id, from,
                story.getCurrentRevision());
        List<TagChange> changes = new ArrayList<>();
        for (int i = 1; i < range.size(); i++) {
            Revision before = range.get(i - 1);
            Revision after = range.get(i);
            List<Tag> old = before.getTags();
            List<Tag> now = after.getTags();
            now.stream().filter(t -> !old.contains(t)).forEach(t -> changes.add(change(after, t, true)));
            old.stream().filter(t -> !now.contains(t) && !t.spans(after.getBody()).isEmpty())
                    .forEach(t -> changes.add(change(after, t, false)));
        }
        return changes;
    }

    private static TagChange change(Revision r, Tag tag, boolean tagged) {
        return new TagChange(r.getNumber(), r.getAuthor(), r.getCreatedAt(), tag.kind(), tag.text(), tagged);
    }

    private BlockingFindings blocking(long id, Revision r) {
        // learned boilerplate is only ever a hint, which never blocks: no need to read the story's source here
        return ReviewGate.of(cleanup.analyze(r.getHeadline(), r.getBody()).findings(), r.getBody(), r.getTags(),
                ignores.ignored(id));
    }

    /** A workflow step on the story; a refusal is logged with who asked, then reaches the user. */
    private static void step(long id, Runnable transition) {
        try {
            transition.run();
        } catch (WorkflowException e) {
            log.warn("Workflow step on story {} refused for {}: {}", id, CurrentUser.find().orElse("?"), e.getMessage());
            throw e;
        }
    }

    private static WorkflowException refuse(long id, String message) {
        log.warn("Workflow step on story {} refused for {}: {}", id, CurrentUser.find().orElse("?"), message);
        return new WorkflowException(message);
    }

    private static StoryNotFoundException notFound(long id) {
        return new StoryNotFoundException("There is no story " + id + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
