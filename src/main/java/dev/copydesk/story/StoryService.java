package dev.copydesk.story;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.copydesk.base.LogText;
import dev.copydesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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
    private final StoryEvents events;
    private final Clock clock;

    StoryService(StoryRepository stories, RevisionRepository revisions, StoryEvents events, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails create(StoryDraft draft) {
        String author = CurrentUser.username();
        String headline = checkedHeadline(draft.headline());
        String byline = checkedByline(draft.byline());
        String body = checkedBody(draft.body());
        String source = blankToDefault(draft.source(), "Import");
        if (source.length() > StoryLimits.MAX_SOURCE_LENGTH) {
            source = source.substring(0, StoryLimits.MAX_SOURCE_LENGTH);
        }
        var now = clock.instant();
        Story story = stories.save(new Story(headline, byline, source, author, now));
        Revision first = revisions.save(Revision.asReceived(story, headline, byline, body, draft.rawText(), author, now));
        story.advanceTo(first.getNumber(), headline, byline, author, now);
        log.info("Story {} created by {} from source {} ({} chars)", story.getId(), author, LogText.quote(source),
                body.length());
        return details(story, first);
    }

    @PreAuthorize("isAuthenticated()")
    public List<StoryListItem> list(StoryFilter filter, Pageable page) {
        return stories.findAll(matching(filter), page).map(StoryService::listItem).getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(StoryFilter filter) {
        return stories.count(matching(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public StoryDetails get(long id) {
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        return details(story, currentRevision(story));
    }

    /**
     * Writes the edit as revision n+1 if {@code edit.baseRevision()} is still current; otherwise throws
     * {@link StaleRevisionException} and writes nothing. An edit that changes nothing writes nothing.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public StoryDetails save(long id, StoryEdit edit) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> notFound(id));
        Revision current = currentRevision(story);
        if (isRetryOfLastSave(edit, current)) {
            return details(story, current); // a double click or a retry after a lost response: no second revision
        }
        String headline = checkedHeadline(edit.headline());
        String byline = checkedByline(edit.byline());
        String body = checkedBody(edit.body());
        String mergeNote = null;
        if (edit.baseRevision() != story.getCurrentRevision()) {
            // Someone saved in between: merge against the common base, or refuse with both texts.
            Revision base = revisions.findByStoryIdAndNumber(id, edit.baseRevision())
                    .filter(b -> edit.baseRevision() < story.getCurrentRevision())
                    .orElseThrow(() -> new StaleRevisionException(edit.baseRevision(), story.getCurrentRevision(),
                            current.getAuthor()));
            String mergedHeadline = mergeField(base.getHeadline(), headline, current.getHeadline());
            String mergedByline = mergeField(Objects.toString(base.getByline(), ""), Objects.toString(byline, ""),
                    Objects.toString(current.getByline(), ""));
            var mergedBody = ThreeWayMerge.merge(base.getBody(), body, current.getBody());
            if (mergedHeadline == null || mergedByline == null || mergedBody.isEmpty()) {
                throw new MergeConflictException(edit.baseRevision(), story.getCurrentRevision(), current.getAuthor(),
                        body, current.getBody());
            }
            headline = mergedHeadline;
            byline = mergedByline.isBlank() ? null : mergedByline;
            body = mergedBody.get();
            mergeNote = "merged with revision " + current.getNumber() + " by " + current.getAuthor();
        }
        // A tag whose text is gone (the paragraph was deleted or rewritten) has nothing left to tag.
        String finalBody = body;
        List<Tag> proposed = new ArrayList<>(edit.tags() == null ? current.getTags() : edit.tags());
        if (mergeNote != null) {
            proposed.addAll(current.getTags()); // a merge keeps the other editor's tags too
        }
        List<Tag> tags = proposed.stream().filter(t -> !t.spans(finalBody).isEmpty()).distinct().toList();
        if (headline.equals(current.getHeadline()) && equalsNullable(byline, current.getByline())
                && body.equals(current.getBody()) && tags.equals(current.getTags())) {
            return details(story, current);
        }
        String author = CurrentUser.username();
        var now = clock.instant();
        String text = edit.message() == null || edit.message().isBlank() ? null : edit.message().strip();
        if (mergeNote != null) {
            text = text == null ? "Merged with revision " + current.getNumber() + " by " + current.getAuthor()
                    : text + " (" + mergeNote + ")";
        }
        String message = text == null ? null : truncate(text, StoryLimits.MAX_MESSAGE_LENGTH);
        Revision next = revisions.save(Revision.after(current, headline, byline, body, tags, author, now, message));
        story.advanceTo(next.getNumber(), headline, byline, author, now);
        if (story.getStatus() == StoryStatus.IN_REVIEW || story.getStatus() == StoryStatus.APPROVED
                || story.getStatus() == StoryStatus.EXPORTED) {
            // Editing starts a new draft; an approved revision stays the publishable one.
            events.record(story, StoryEvent.Kind.EDITED_IN_WORKFLOW, story.getStatus(), StoryStatus.DRAFT,
                    next.getNumber(), author, null);
            story.setStatus(StoryStatus.DRAFT);
        }
        log.info("Story {} saved as revision {} by {}", id, next.getNumber(), author);
        return details(story, next);
    }

    /** Stories with an approved revision, updated in [from, to) and from a source containing {@code source}. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<StoryListItem> listApproved(java.time.Instant from, java.time.Instant to, String source, int limit) {
        Specification<Story> spec = (root, query, cb) -> cb.isNotNull(root.get("approvedRevision"));
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), from));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("updatedAt"), to));
        }
        if (source != null && !source.isBlank()) {
            String pattern = "%" + escapeLike(source.strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("source")), pattern, '\\'));
        }
        return stories.findAll(spec, org.springframework.data.domain.PageRequest.of(0, limit,
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
        events.record(story, StoryEvent.Kind.EXPORTED, from, story.getStatus(), revision, CurrentUser.username(), null);
    }

    /**
     * Records that the API handed out {@code revision} in {@code format}, for the audit trail. The status stays:
     * a client fetching a story is not the desk's decision to publish it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void recordApiExport(long id, int revision, String format) {
        Story story = stories.findById(id).orElseThrow(() -> notFound(id));
        events.record(story, StoryEvent.Kind.EXPORTED_VIA_API, null, null, revision, CurrentUser.username(),
                "format " + format);
        log.info("Story {} revision {} exported as {} through the API by {}", id, revision, format,
                CurrentUser.username());
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

    /** One field's three-way merge: whichever side changed it wins; both changing it differently is a conflict. */
    private static String mergeField(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return mine;
        }
        return mine.equals(base) ? theirs : null;
    }

    private static boolean isRetryOfLastSave(StoryEdit edit, Revision current) {
        return edit.baseRevision() == current.getNumber() - 1 && current.getAuthor().equals(CurrentUser.username())
                && checkedBody(edit.body()).equals(current.getBody())
                && edit.headline() != null && edit.headline().strip().equals(current.getHeadline())
                && (edit.tags() == null || edit.tags().equals(current.getTags()));
    }

    private Revision currentRevision(Story story) {
        return revisions.findByStoryIdAndNumber(story.getId(), story.getCurrentRevision())
                .orElseThrow(() -> new IllegalStateException("Story " + story.getId() + " lost its current revision"));
    }

    private static Specification<Story> matching(StoryFilter filter) {
        Specification<Story> spec = (root, query, cb) -> cb.conjunction();
        if (filter == null) {
            return spec;
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.headlineQuery() != null && !filter.headlineQuery().isBlank()) {
            String pattern = "%" + escapeLike(filter.headlineQuery().strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("headline")), pattern, '\\'));
        }
        return spec;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StoryListItem listItem(Story s) {
        return new StoryListItem(s.getId(), s.getHeadline(), s.getStatus(), s.getSource(), s.getLastEditor(),
                s.getUpdatedAt(), s.getCurrentRevision(), s.getApprovedRevision());
    }

    private static StoryDetails details(Story s, Revision r) {
        return new StoryDetails(s.getId(), r.getHeadline(), r.getByline(), s.getSource(), s.getStatus(),
                r.getNumber(), r.getBody(), s.getLastEditor(), s.getCreatedAt(), s.getUpdatedAt(), r.getTags(),
                s.getApprovedRevision());
    }

    private static StoryNotFoundException notFound(long id) {
        return new StoryNotFoundException("There is no story " + id + ".");
    }

    private static String checkedHeadline(String headline) {
        String h = headline == null ? "" : headline.strip();
        if (h.isEmpty()) {
            throw new InvalidStoryException("A story needs a headline.");
        }
        if (h.length() > StoryLimits.MAX_HEADLINE_LENGTH) {
            throw new InvalidStoryException("The headline is longer than " + StoryLimits.MAX_HEADLINE_LENGTH
                    + " characters.");
        }
        return h;
    }

    private static String checkedByline(String byline) {
        if (byline == null || byline.isBlank()) {
            return null;
        }
        String b = byline.strip();
        if (b.length() > StoryLimits.MAX_BYLINE_LENGTH) {
            throw new InvalidStoryException("The byline is longer than " + StoryLimits.MAX_BYLINE_LENGTH
                    + " characters.");
        }
        return b;
    }

    /** Bodies keep their text exactly (defects included); only line endings are unified. */
    static String checkedBody(String body) {
        String b = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (b.isBlank()) {
            throw new InvalidStoryException("The story has no text below the headline.");
        }
        if (b.getBytes(StandardCharsets.UTF_8).length > StoryLimits.MAX_BODY_BYTES) {
            throw new InvalidStoryException("The story text is larger than "
                    + StoryLimits.MAX_BODY_BYTES / 1024 + " KB.");
        }
        if (b.indexOf('\0') >= 0) {
            throw new InvalidStoryException("The story text contains NUL characters; it looks like binary data.");
        }
        return b;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean equalsNullable(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
