package dev.copydesk.story;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import dev.copydesk.audit.AuditEntry;
import dev.copydesk.audit.AuditKind;
import dev.copydesk.audit.AuditTrail;
import dev.copydesk.base.LogText;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.text.Block;
import dev.copydesk.text.Body;
import dev.copydesk.text.ThreeWayMerge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way in to stories for the UI and the API. Every save writes a new immutable revision and
 * states the revision it was based on; a stale base is refused, never overwritten.
 */
@Service
@Transactional(readOnly = true)
public class StoryService {

    private static final Logger log = LoggerFactory.getLogger(StoryService.class);

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final AuditTrail events;
    private final Clock clock;
    private final HoldService holds;
    private final DeskEvents desk;
    private final MeterRegistry meters;

    StoryService(StoryRepository stories, RevisionRepository revisions, AuditTrail events, Clock clock,
            HoldService holds, DeskEvents desk, MeterRegistry meters) {
        this.meters = meters;
        this.stories = stories;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
        this.holds = holds;
        this.desk = desk;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails create(StoryDraft draft) {
        String author = CurrentUser.username();
        String headline = StoryChecks.headline(draft.headline());
        String byline = StoryChecks.byline(draft.byline());
        Body body = Body.parse(StoryChecks.body(draft.body()));
        String source = draft.source() == null || draft.source().isBlank() ? "Import" : draft.source().strip();
        if (source.length() > StoryLimits.MAX_SOURCE_LENGTH) {
            source = source.substring(0, StoryLimits.MAX_SOURCE_LENGTH);
        }
        var now = clock.instant();
        Story story = new Story(headline, byline, source, author, now);
        story.provenance(cut(draft.dateline(), StoryLimits.MAX_DATELINE_LENGTH),
                cut(draft.originalId(), StoryLimits.MAX_ORIGINAL_ID_LENGTH), draft.format());
        story = stories.save(story);
        Revision first = revisions.save(Revision.asReceived(story, headline, byline, body, draft.rawText(), author, now));
        story.advanceTo(first.getNumber(), headline, byline, author, now);
        log.info("Story {} created by {} from source {} ({} chars)", story.getId(), author, LogText.quote(source),
                first.getBody().length());
        desk.publish(new DeskEvent.StoryChanged(story.getId(), first.getNumber(), author, DeskEvent.Change.CREATED));
        meters.counter("copydesk.stories.created").increment();
        return details(story, first);
    }

    @PreAuthorize("isAuthenticated()")
    public List<StoryListItem> list(StoryFilter filter, Pageable page) {
        return stories.findAll(StorySpecs.matching(filter), page).map(StoryService::listItem).getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(StoryFilter filter) {
        return stories.count(StorySpecs.matching(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public StoryDetails get(long id) {
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        return details(story, currentRevision(story));
    }

    /**
     * Writes the edit as revision n+1 if {@code edit.baseRevision()} is still current; a stale base is merged
     * paragraph by paragraph, or refused with {@link MergeConflictException} (nothing written) where edits
     * overlap. An edit that changes nothing writes nothing.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails save(long id, StoryEdit edit) {
        return saveWithResult(id, edit).story();
    }

    /**
     * The API's save: what the request leaves out (the headline if null, the byline, the tags) is taken from its
     * base revision, so a change someone saved since to those merges in as theirs.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SaveResult saveFromBase(long id, RevisionRequest request) {
        if (request.baseRevision() == null) {
            throw new InvalidStoryException("Say which revision your text is based on: baseRevision is required.");
        }
        int number = request.baseRevision();
        Revision base = revisions.findByStoryIdAndNumber(id, number).orElseThrow(() -> stories.existsById(id)
                ? new InvalidStoryException("Story " + id + " has no revision " + number + " to base a save on.")
                : notFound(id));
        return saveWithResult(id, new StoryEdit(number, request.headline() == null ? base.getHeadline()
                : request.headline(), base.getByline(), request.body(), request.message(), null,
                request.idempotencyKey()));
    }

    /** As {@link #save}, saying whether it wrote a revision, merged, or recognised a retried save. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SaveResult saveWithResult(long id, StoryEdit edit) {
        // Metric copydesk.saves (a timer, by outcome) and the story id on every log line of the save.
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try (var logged = MDC.putCloseable("storyId", Long.toString(id))) {
            SaveResult result = writeRevision(id, edit);
            outcome = result.merged() ? "merged" : result.outcome().name().toLowerCase(java.util.Locale.ROOT);
            return result;
        } catch (HeldParagraphException e) {
            outcome = "held";
            throw e;
        } catch (MergeConflictException e) {
            outcome = "conflict";
            throw e;
        } catch (StaleRevisionException e) {
            outcome = "stale";
            throw e;
        } finally {
            sample.stop(meters.timer("copydesk.saves", "outcome", outcome));
        }
    }

    private SaveResult writeRevision(long id, StoryEdit edit) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        String key = StoryChecks.idempotencyKey(edit.idempotencyKey());
        if (key != null) {
            // Checked under the story's row lock, so two retries racing each other cannot both write.
            var earlier = revisions.findByStoryIdAndIdempotencyKey(id, key);
            if (earlier.isPresent()) {
                return replay(story, earlier.get(), edit);
            }
        }
        Revision current = currentRevision(story);
        if (isRetryOfLastSave(edit, current)) {
            // a double click or a retry after a lost response: no second revision
            return new SaveResult(details(story, current), SaveResult.Outcome.REPLAYED, false);
        }
        String headline = StoryChecks.headline(edit.headline());
        String byline = StoryChecks.byline(edit.byline());
        String text = StoryChecks.body(edit.body());
        Body body;
        String mergeNote = null;
        if (edit.baseRevision() == story.getCurrentRevision()) {
            body = withTags(current.getDocument().edit(text), edit.tags());
        } else {
            // Someone saved in between: merge block by block against the common base, or refuse with both texts.
            Revision base = revisions.findByStoryIdAndNumber(id, edit.baseRevision())
                    .filter(b -> edit.baseRevision() < story.getCurrentRevision())
                    .orElseThrow(() -> new StaleRevisionException(edit.baseRevision(), story.getCurrentRevision(),
                            current.getAuthor()));
            String mergedHeadline = mergeField(base.getHeadline(), headline, current.getHeadline());
            String mergedByline = mergeField(Objects.toString(base.getByline(), ""), Objects.toString(byline, ""),
                    Objects.toString(current.getByline(), ""));
            Body mine = withTags(base.getDocument().edit(text), edit.tags());
            var mergedBody = ThreeWayMerge.merge(base.getDocument(), mine, current.getDocument());
            if (mergedHeadline == null || mergedByline == null || mergedBody.isEmpty()) {
                throw new MergeConflictException(edit.baseRevision(), story.getCurrentRevision(), current.getAuthor(),
                        text, current.getBody());
            }
            headline = mergedHeadline;
            byline = mergedByline.isBlank() ? null : mergedByline;
            body = mergedBody.get();
            mergeNote = "merged with revision " + current.getNumber() + " by " + current.getAuthor();
        }
        if (body.isEmpty()) {
            throw new InvalidStoryException("The story has no text below the headline.");
        }
        if (headline.equals(current.getHeadline()) && Objects.equals(byline, current.getByline())
                && body.equals(current.getDocument())) {
            return new SaveResult(details(story, current), SaveResult.Outcome.UNCHANGED, false);
        }
        String author = CurrentUser.username();
        holds.checkEdit(id, author, current, body, edit.baseRevision(), text);
        var now = clock.instant();
        String note = edit.message() == null || edit.message().isBlank() ? null : edit.message().strip();
        if (mergeNote != null) {
            note = note == null ? "Merged with revision " + current.getNumber() + " by " + current.getAuthor()
                    : note + " (" + mergeNote + ")";
        }
        Revision next = revisions.save(Revision.after(current, headline, byline, body, author, now,
                StoryChecks.message(note), key, key == null ? null : edit.fingerprint()));
        story.advanceTo(next.getNumber(), headline, byline, author, now);
        StoryStatus reopened = story.reopenedByEdit();
        if (reopened != null) {
            events.record(story.getId(), AuditKind.EDITED_IN_WORKFLOW, reopened, StoryStatus.DRAFT, next.getNumber(),
                    author, null);
        }
        log.info("Story {} saved as revision {} by {}{}", id, next.getNumber(), author, mergeNote == null ? ""
                : " (" + mergeNote + ")");
        desk.publish(new DeskEvent.StoryChanged(id, next.getNumber(), author, DeskEvent.Change.SAVED));
        return new SaveResult(details(story, next), SaveResult.Outcome.CREATED, mergeNote != null);
    }

    /** The revision a save with this key made, if the retry asks for the same save; a different one is refused. */
    private SaveResult replay(Story story, Revision earlier, StoryEdit edit) {
        if (!edit.fingerprint().equals(earlier.getRequestFingerprint())) {
            throw new IdempotencyKeyReusedException(story.getId(), edit.idempotencyKey(), earlier.getNumber());
        }
        log.info("Story {} save retried by {}: revision {} already made", story.getId(), CurrentUser.username(),
                earlier.getNumber());
        return new SaveResult(details(story, earlier), SaveResult.Outcome.REPLAYED,
                edit.baseRevision() != earlier.getNumber() - 1);
    }

    /** Stories with an approved revision, updated in [from, to) and from a source containing {@code source}. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<StoryListItem> listApproved(java.time.Instant from, java.time.Instant to, String source, int limit) {
        return stories.findAll(StorySpecs.approved(from, to, source), org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "updatedAt")))
                .map(StoryService::listItem).getContent();
    }

    /** Records that {@code revision} went out; an approved story becomes EXPORTED. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void markExported(long id, int revision) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        StoryStatus from = story.getStatus();
        story.exported(revision);
        events.record(story.getId(), AuditKind.EXPORTED, from, story.getStatus(), revision, CurrentUser.username(), null);
        if (from != story.getStatus()) {
            desk.publish(new DeskEvent.StoryChanged(id, story.getCurrentRevision(), CurrentUser.username(),
                    DeskEvent.Change.STATUS));
        }
    }

    /**
     * Records that the API handed out {@code revision} in {@code format}, for the audit trail. The status stays:
     * a client fetching a story is not the desk's decision to publish it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void recordApiExport(long id, int revision, String format) {
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        events.record(story.getId(), AuditKind.EXPORTED_VIA_API, null, null, revision, CurrentUser.username(),
                "format " + format);
        log.info("Story {} revision {} exported as {} through the API by {}", id, revision, format,
                CurrentUser.username());
    }

    /** Makes an earlier revision current again, as a new revision that says what it restored. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails restore(long id, int number, int baseRevision) {
        RevisionDetails old = revision(id, number);
        StoryDetails restored = save(id, new StoryEdit(baseRevision, old.headline(), old.byline(), old.body(),
                "Restored revision " + number, old.tags()));
        events.record(id, AuditKind.RESTORED, null, null, restored.revision(), CurrentUser.username(),
                "Restored revision " + number);
        return restored;
    }

    /** Everything that happened to the story, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> auditTrail(long id) {
        return events.of(id);
    }

    @PreAuthorize("isAuthenticated()")
    public List<RevisionSummary> history(long id) {
        if (!stories.existsById(id)) {
            throw notFound(id);
        }
        return revisions.summaries(id);
    }

    @PreAuthorize("isAuthenticated()")
    public RevisionDetails revision(long id, int number) {
        Revision r = revisions.findByStoryIdAndNumber(id, number)
                .orElseThrow(() -> new StoryNotFoundException("Story " + id + " has no revision " + number + "."));
        return new RevisionDetails(id, r.getNumber(), r.getParentNumber(), r.getHeadline(), r.getByline(),
                r.getBody(), r.getRawText(), r.getAuthor(), r.getCreatedAt(), r.getMessage(), r.getTags());
    }

    /** The edited body with the editor's tags as its kinds; {@code null} tags keep the kinds the blocks had. */
    private static Body withTags(Body body, List<Tag> tags) {
        return tags == null ? body : BlockTags.apply(body, tags);
    }

    /** One field's three-way merge: whichever side changed it wins; both changing it differently is a conflict. */
    private static String mergeField(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return mine;
        }
        return mine.equals(base) ? theirs : null;
    }

    private static boolean isRetryOfLastSave(StoryEdit edit, Revision current) {
        return edit.baseRevision() == current.getNumber() - 1 && current.getAuthor().equals(CurrentUser.username())
                && Body.canonical(StoryChecks.body(edit.body())).equals(current.getBody())
                && edit.headline() != null && edit.headline().strip().equals(current.getHeadline())
                && (edit.tags() == null || edit.tags().equals(current.getTags()));
    }

    private Revision currentRevision(Story story) {
        return revisions.findByStoryIdAndNumber(story.getId(), story.getCurrentRevision())
                .orElseThrow(() -> new IllegalStateException("Story " + story.getId() + " lost its current revision"));
    }

    private static StoryListItem listItem(Story s) {
        return new StoryListItem(s.getId(), s.getHeadline(), s.getStatus(), s.getSource(), s.getLastEditor(),
                s.getUpdatedAt(), s.getCurrentRevision(), s.getApprovedRevision(), s.getDuplicateOf(),
                s.getDuplicateScore());
    }

    private static StoryDetails details(Story s, Revision r) {
        Body document = r.getDocument(); // decoded once: the tags and the block ids both come from it
        return new StoryDetails(s.getId(), r.getHeadline(), r.getByline(), s.getSource(), s.getStatus(),
                r.getNumber(), r.getBody(), s.getLastEditor(), s.getCreatedAt(), s.getUpdatedAt(),
                BlockTags.of(document), s.getApprovedRevision(), s.getDateline(), s.getOriginalId(),
                s.getDuplicateOf(), s.getDuplicateScore(), document.blocks().stream().map(Block::id).toList());
    }

    /** Metadata a document gave is cut to its column rather than refusing the story. */
    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() <= max ? v : v.substring(0, max - 1) + "\u2026";
    }

    private static StoryNotFoundException notFound(long id) {
        return new StoryNotFoundException("There is no story " + id + ".");
    }
}
