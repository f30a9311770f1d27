package dev.copydesk.story;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.copydesk.audit.AuditEntry;
import dev.copydesk.audit.AuditKind;
import dev.copydesk.audit.AuditTrail;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Finding;
import org.springframework.data.domain.Pageable;
import dev.copydesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
public class StoryWorkflowService {

    private static final Logger log = LoggerFactory.getLogger(StoryWorkflowService.class);

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final AuditTrail events;
    private final StoryCommentRepository comments;
    private final StoryService storyService;
    private final CleanupService cleanup;
    private final EditorWorkService work;
    private final Clock clock;
    private final boolean fourEyes;

    StoryWorkflowService(StoryRepository stories, RevisionRepository revisions, AuditTrail events,
            StoryCommentRepository comments, StoryService storyService,
            CleanupService cleanup, EditorWorkService work, Clock clock,
            @Value("${copydesk.review.four-eyes:true}") boolean fourEyes) {
        this.stories = stories;
        this.revisions = revisions;
        this.events = events;
        this.comments = comments;
        this.storyService = storyService;
        this.cleanup = cleanup;
        this.work = work;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails submit(long id, String note) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (story.getStatus() != StoryStatus.DRAFT && story.getStatus() != StoryStatus.CHANGES_REQUESTED) {
            // (an exported or approved story is edited first, which makes it a draft again)
            throw refuse(id, "Only a draft or a story with requested changes can be submitted; this one is "
                    + story.getStatus().label().toLowerCase() + ".");
        }
        StoryStatus from = story.getStatus();
        int blocking = blocking(id, story.getCurrentRevision()).open().size();
        story.submit(story.getCurrentRevision(), CurrentUser.username(), clock.instant(), blocking);
        events.record(story.getId(), AuditKind.SUBMITTED, from, StoryStatus.IN_REVIEW, story.getCurrentRevision(),
                CurrentUser.username(), blankToNull(note));
        log.info("Story {} revision {} submitted by {}", id, story.getCurrentRevision(), CurrentUser.username());
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
        if (story.getStatus() != StoryStatus.IN_REVIEW) {
            throw refuse(id, "Only a story in review can be approved; this one is " + story.getStatus().label().toLowerCase() + ".");
        }
        Revision approved = revisions.findByStoryIdAndNumber(id, revision)
                .orElseThrow(() -> new StoryNotFoundException("Story " + id + " has no revision " + revision + "."));
        Integer submitted = story.getSubmittedRevision();
        if (submitted == null || submitted != revision) {
            throw refuse(id, "Revision " + submitted + " was submitted for review; only that revision can be approved.");
        }
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
        StoryStatus to = revision == story.getCurrentRevision() ? StoryStatus.APPROVED : StoryStatus.DRAFT;
        StoryStatus from = story.getStatus();
        story.approve(revision, to);
        events.record(story.getId(), AuditKind.APPROVED, from, to, revision, reviewer, null);
        log.info("Story {} revision {} approved by {}", id, revision, reviewer);
        return storyService.get(id);
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public StoryDetails requestChanges(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidStoryException("Say what should change: a comment is required.");
        }
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (story.getStatus() != StoryStatus.IN_REVIEW) {
            throw refuse(id, "Changes can be requested only for a story in review; this one is "
                    + story.getStatus().label().toLowerCase() + ".");
        }
        story.setStatus(StoryStatus.CHANGES_REQUESTED);
        events.record(story.getId(), AuditKind.CHANGES_REQUESTED, StoryStatus.IN_REVIEW, StoryStatus.CHANGES_REQUESTED,
                story.getCurrentRevision(), CurrentUser.username(), comment.strip());
        comments.save(new StoryComment(id, CurrentUser.username(), "Changes requested: " + comment.strip(), clock.instant()));
        return storyService.get(id);
    }

    /** Makes an earlier revision current again, as a new revision that says what it restored. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails restore(long id, int number, int baseRevision) {
        RevisionDetails old = storyService.revision(id, number);
        StoryDetails restored = storyService.save(id, new StoryEdit(baseRevision, old.headline(), old.byline(),
                old.body(), "Restored revision " + number, old.tags()));
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        events.record(story.getId(), AuditKind.RESTORED, null, null, restored.revision(), CurrentUser.username(),
                "Restored revision " + number);
        return restored;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentView comment(long id, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidStoryException("A comment needs some text.");
        }
        if (!stories.existsById(id)) {
            throw notFound(id);
        }
        String t = text.strip();
        return comments.save(new StoryComment(id, CurrentUser.username(), t.length() > 4000 ? t.substring(0, 4000) : t,
                clock.instant())).toView();
    }

    @PreAuthorize("isAuthenticated()")
    public List<CommentView> comments(long id) {
        return comments.findByStoryIdOrderByCreatedAtAscIdAsc(id).stream().map(StoryComment::toView).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> auditTrail(long id) {
        return events.of(id);
    }

    /** The review queue, a page at a time, oldest submission first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<ReviewQueueItem> reviewQueue(Pageable page) {
        return stories.reviewQueue(page).getContent();
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public long reviewQueueSize() {
        return stories.count((root, query, cb) -> cb.equal(root.get("status"), StoryStatus.IN_REVIEW));
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
        List<Finding> gate = cleanup.analyze(r.getHeadline(), r.getBody()).findings().stream()
                .filter(ReviewGate::blocks).toList();
        List<IgnoredFindingView> decisions = work.ignored(id);
        SettledFindings settled = SettledFindings.of(decisions, r.getTags());
        Map<String, IgnoredFindingView> byHash = decisions.stream()
                .collect(Collectors.toMap(IgnoredFindingView::fingerprint, Function.identity(), (a, b) -> a));
        List<Finding> open = new ArrayList<>();
        List<BlockingFindings.Ignored> ignored = new ArrayList<>();
        for (Finding f : gate) {
            if (settled.isTagged(f, r.getBody())) {
                continue; // tagged text is left out of the export; the review screen lists tag changes instead
            }
            if (settled.isIgnored(f, r.getBody())) {
                ignored.add(new BlockingFindings.Ignored(f, byHash.get(EditorWorkService.hash(f.fingerprint(r.getBody())))));
            } else {
                open.add(f);
            }
        }
        return new BlockingFindings(List.copyOf(open), List.copyOf(ignored));
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
