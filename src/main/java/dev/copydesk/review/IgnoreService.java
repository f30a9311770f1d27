package dev.copydesk.review;

import java.time.Clock;
import java.util.List;

import dev.copydesk.audit.AuditKind;
import dev.copydesk.audit.AuditTrail;
import dev.copydesk.base.Hashes;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.Story;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryRepository;
import dev.copydesk.story.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings an editor ignored for a story (by fingerprint, so the decision survives re-analysis and unrelated
 * edits). It lives with review because the review gate honours it: ignoring a finding that would block approval
 * needs a reason, which the reviewer sees, and it is written to the audit trail, and so is taking it back.
 */
@Service
@Transactional(readOnly = true)
public class IgnoreService {

    private final IgnoredFindingRepository ignored;
    private final StoryRepository stories;
    private final AuditTrail events;
    private final Clock clock;

    IgnoreService(IgnoredFindingRepository ignored, StoryRepository stories, AuditTrail events, Clock clock) {
        this.ignored = ignored;
        this.stories = stories;
        this.events = events;
        this.clock = clock;
    }

    /** Fingerprints are stored hashed: the raw form holds story text, which has no place in an index. */
    public static String hash(String fingerprint) {
        return Hashes.sha256(fingerprint);
    }


    /**
     * Remembers that {@code finding}, found in {@code body}, does not apply to this story. {@code label} is what
     * the ignored list shows. A finding that would block approval ({@link Finding#blocksApproval}) needs a reason.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void ignore(long storyId, Finding finding, String body, String label, String reason) {
        Story story = stories.findById(storyId).orElseThrow(() -> notFound(storyId));
        boolean blocks = finding.blocksApproval();
        String why = reason == null || reason.isBlank() ? null
                : truncate(reason.strip(), StoryLimits.MAX_IGNORE_REASON_LENGTH);
        if (blocks && why == null) {
            throw new InvalidStoryException("This finding blocks approval until it is fixed or tagged. To ignore it, "
                    + "say why: the reviewer sees your reason.");
        }
        String hashed = hash(finding.fingerprint(body));
        if (ignored.findByStoryIdAndFingerprint(storyId, hashed).isPresent()) {
            return;
        }
        String user = CurrentUser.username();
        String shortLabel = label.length() > 300 ? label.substring(0, 299) + "\u2026" : label;
        ignored.save(new IgnoredFinding(storyId, hashed, finding.ruleId(), finding.type(), shortLabel, why, user,
                clock.instant()));
        if (blocks) {
            events.record(story.getId(), AuditKind.IGNORED_BLOCKING_FINDING, null, null, story.getCurrentRevision(),
                    user, shortLabel + " \u2014 reason: " + why);
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void unignore(long storyId, String hashedFingerprint) {
        ignored.findByStoryIdAndFingerprint(storyId, hashedFingerprint).ifPresent(found -> {
            IgnoredFindingView view = found.toView();
            ignored.delete(found);
            if (view.reason() != null || view.type() != null && view.type().blocksApproval()) {
                Story story = stories.findById(storyId).orElseThrow(() -> notFound(storyId));
                events.record(story.getId(), AuditKind.RESTORED_BLOCKING_FINDING, null, null,
                        story.getCurrentRevision(), CurrentUser.username(), view.label());
            }
        });
    }

    @PreAuthorize("isAuthenticated()")
    public List<IgnoredFindingView> ignored(long storyId) {
        return ignored.findByStoryIdOrderByCreatedAtDesc(storyId).stream().map(IgnoredFinding::toView).toList();
    }

    /** What the editor settled for this story without fixing it: ignored findings and the given tags. */
    @PreAuthorize("isAuthenticated()")
    public SettledFindings settled(long storyId, List<Tag> tags) {
        return SettledFindings.of(ignored(storyId), tags);
    }

    private static StoryNotFoundException notFound(long storyId) {
        return new StoryNotFoundException("There is no story " + storyId + ".");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
