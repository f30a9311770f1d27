package dev.copydesk.story;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.copydesk.base.LogText;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.text.Body;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
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
    /** Spring Data's own escaping, the one its derived "Containing" queries use. */
    private static final EscapeCharacter LIKE_ESCAPE = EscapeCharacter.DEFAULT;

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
        Body body = Body.parse(checkedBody(draft.body()));
        String source = blankToDefault(draft.source(), "Import");
        if (source.length() > StoryLimits.MAX_SOURCE_LENGTH) {
            source = source.substring(0, StoryLimits.MAX_SOURCE_LENGTH);
        }
        var now = clock.instant();
        Story story = stories.save(new Story(headline, byline, source, author, now));
        Revision first = revisions.save(Revision.asReceived(story, headline, byline, body, draft.rawText(), author, now));
        story.advanceTo(first.getNumber(), headline, byline, author, now);
        log.info("Story {} created by {} from source {} ({} chars)", story.getId(), author, LogText.quote(source),
                first.getBody().length());
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
        String text = checkedBody(edit.body());
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
        if (headline.equals(current.getHeadline()) && equalsNullable(byline, current.getByline())
                && body.equals(current.getDocument())) {
            return details(story, current);
        }
        String author = CurrentUser.username();
        var now = clock.instant();
        String note = edit.message() == null || edit.message().isBlank() ? null : edit.message().strip();
        if (mergeNote != null) {
            note = note == null ? "Merged with revision " + current.getNumber() + " by " + current.getAuthor()
                    : note + " (" + mergeNote + ")";
        }
        String message = note == null ? null : truncate(note, StoryLimits.MAX_MESSAGE_LENGTH);
        Revision next = revisions.save(Revision.after(current, headline, byline, body, author, now, message));
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
            String pattern = contains(source);
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("source")), pattern,
                    LIKE_ESCAPE.getEscapeCharacter()));
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
                && Body.canonical(checkedBody(edit.body())).equals(current.getBody())
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
            String pattern = contains(filter.headlineQuery());
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("headline")), pattern,
                    LIKE_ESCAPE.getEscapeCharacter()));
        }
        return spec;
    }

    /** A LIKE pattern for "contains {@code text}", case-insensitive, with % and _ taken literally. */
    private static String contains(String text) {
        return "%" + LIKE_ESCAPE.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
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
