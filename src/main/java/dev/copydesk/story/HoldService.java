package dev.copydesk.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.text.Block;
import dev.copydesk.text.Body;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who has which story open (presence) and which paragraph each is editing (holds). Every open editor is a
 * <em>viewer</em> with an id of its own; a viewer holds at most one thing: one paragraph (a block id), or the whole
 * story ({@link #WHOLE_STORY}, the text mode). A hold is kept alive by the viewer's heartbeat and lapses
 * {@link #EXPIRY} after the last one; another editor can take it over, and the holder is told.
 * <p>
 * Holds are enforced where text is written: {@link StoryService} refuses a save that changes a paragraph someone
 * else holds ({@link HeldParagraphException}, the text handed back). Every change is published as a
 * {@link DeskEvent.PresenceChanged}. Held in memory, so on one app node.
 */
@Service
public class HoldService {

    /** The block id that stands for the whole story. */
    public static final String WHOLE_STORY = "*";
    /** How often an open editor beats. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A viewer (and its hold) with no heartbeat for this long is gone. */
    public static final Duration EXPIRY = Duration.ofSeconds(35);

    /**
     * An open editor: the story, the user, the block held (null: only reading), since when, the last heartbeat,
     * and from whom the hold was taken over (for the notice), if it was.
     */
    public record Viewer(String id, long storyId, String user, String blockId, Instant holdSince, Instant seen,
            String takenFrom) {

        public boolean holdsWholeStory() {
            return WHOLE_STORY.equals(blockId);
        }

        Viewer holding(String block, Instant now, String from) {
            return new Viewer(id, storyId, user, block, block == null ? null : now, now, from);
        }

        Viewer seenAt(Instant now) {
            return new Viewer(id, storyId, user, blockId, holdSince, now, takenFrom);
        }
    }

    /** The answer to asking for a hold: granted, or who holds it (or holds the whole story) instead. */
    public record HoldResult(boolean granted, Viewer holder) {
    }

    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private final Map<String, Viewer> lost = new ConcurrentHashMap<>();
    private final DeskEvents events;
    private final Clock clock;

    HoldService(DeskEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A viewer opens a story: it is present, holding nothing. Opening another story moves it. */
    @PreAuthorize("isAuthenticated()")
    public void join(long storyId, String viewerId) {
        Instant now = clock.instant();
        Viewer before = viewers.put(viewerId, new Viewer(viewerId, storyId, CurrentUser.username(), null, null, now,
                null));
        if (before != null && before.storyId() != storyId) {
            changed(before.storyId());
        }
        changed(storyId);
    }

    /**
     * A viewer closed: it and its hold are gone. Also called when a session expired and no one is logged in,
     * so it needs no role; it grants nothing.
     */
    public void leave(String viewerId) {
        lost.remove(viewerId);
        Viewer gone = viewers.remove(viewerId);
        if (gone != null) {
            changed(gone.storyId());
        }
    }

    /**
     * Keeps the viewer and its hold alive. Returns the hold it had and lost since the last beat (taken over, or
     * lapsed while the viewer was silent), so the editor can say so; a viewer that lapsed is present again.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Viewer> heartbeat(String viewerId, long storyId) {
        Instant now = clock.instant();
        String me = CurrentUser.username();
        Viewer after = viewers.compute(viewerId, (id, v) -> v == null || v.storyId() != storyId
                ? new Viewer(id, storyId, me, null, null, now, null) : v.seenAt(now));
        Optional<Viewer> gone = Optional.ofNullable(lost.remove(viewerId));
        if (gone.isPresent() && after.blockId() == null) {
            changed(storyId);
        }
        return gone;
    }

    /**
     * Asks to hold a block (or {@link #WHOLE_STORY}) for this viewer, giving up what it held before. Refused while
     * another viewer holds that block, the whole story, or (for the whole story) any block.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public HoldResult hold(long storyId, String viewerId, String blockId) {
        String me = CurrentUser.username();
        synchronized (this) {
            Optional<Viewer> other = blocking(storyId, viewerId, blockId);
            if (other.isPresent()) {
                return new HoldResult(false, other.get());
            }
            Viewer mine = viewers.compute(viewerId, (id, v) -> v != null && v.storyId() == storyId
                    && blockId.equals(v.blockId()) ? v.seenAt(clock.instant())
                    : new Viewer(id, storyId, me, null, null, clock.instant(), null)
                            .holding(blockId, clock.instant(), null));
            changed(storyId);
            return new HoldResult(true, mine);
        }
    }

    /** Takes the block (or the whole story) from whoever holds it; they learn it at once and at their next beat. */
    @PreAuthorize("hasRole('EDITOR')")
    public Viewer takeOver(long storyId, String viewerId, String blockId) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        synchronized (this) {
            String from = null;
            for (Viewer other; (other = blocking(storyId, viewerId, blockId).orElse(null)) != null; ) {
                from = other.user();
                lost.put(other.id(), other);
                viewers.put(other.id(), other.holding(null, now, null).seenAt(other.seen()));
            }
            Viewer mine = new Viewer(viewerId, storyId, me, null, null, now, null).holding(blockId, now, from);
            viewers.put(viewerId, mine);
            changed(storyId);
            return mine;
        }
    }

    /** The viewer stops holding what it holds (it stays present). */
    public void release(String viewerId) {
        Viewer before = viewers.computeIfPresent(viewerId, (id, v) -> v.blockId() == null ? v
                : v.holding(null, clock.instant(), null));
        if (before != null) {
            changed(before.storyId());
        }
    }

    /** The viewers with the story open, and what each holds; one entry per viewer, in name order (stable). */
    @PreAuthorize("isAuthenticated()")
    public List<Viewer> present(long storyId) {
        Instant now = clock.instant();
        return viewers.values().stream().filter(v -> v.storyId() == storyId && fresh(v, now))
                .sorted(Comparator.comparing(Viewer::user).thenComparing(Viewer::id)).toList();
    }

    /** For each of these stories, the users who have it open, in name order (for the desk). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<String>> presentOn(Collection<Long> storyIds) {
        Set<Long> wanted = new HashSet<>(storyIds);
        Instant now = clock.instant();
        Map<Long, Set<String>> out = new LinkedHashMap<>();
        for (Viewer v : viewers.values()) {
            if (wanted.contains(v.storyId()) && fresh(v, now)) {
                out.computeIfAbsent(v.storyId(), id -> new TreeSet<>()).add(v.user());
            }
        }
        return out;
    }

    /** How many viewers are registered, stale ones included (a closed editor must leave none behind). */
    public int viewerCount() {
        return viewers.size();
    }

    /** Drops viewers whose heartbeat stopped; runs every few seconds. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void sweep() {
        expire(clock.instant());
    }

    /** Drops viewers (and their holds) silent for longer than {@link #EXPIRY} at {@code now}. */
    public void expire(Instant now) {
        for (Viewer v : List.copyOf(viewers.values())) {
            if (!fresh(v, now) && viewers.remove(v.id(), v)) {
                if (v.blockId() != null) {
                    lost.put(v.id(), v);
                }
                changed(v.storyId());
            }
        }
        // A lost hold is kept to tell its viewer when it comes back; one that has not come back in ten expiry
        // spans is a closed browser: forget it, or the map grows with every tab that was never closed cleanly.
        lost.values().removeIf(v -> v.seen().plus(EXPIRY.multipliedBy(10)).isBefore(now));
    }

    /**
     * Refuses a save by {@code user} that turns {@code current} into {@code next} while another editor holds the
     * whole story or a block the save changes (or removes).
     */
    void checkEdit(long storyId, String user, Revision current, Body next, int baseRevision, String mine) {
        Instant now = clock.instant();
        List<Viewer> others = new ArrayList<>();
        for (Viewer v : viewers.values()) {
            if (v.storyId() == storyId && v.blockId() != null && !v.user().equals(user) && fresh(v, now)) {
                others.add(v);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        Body before = current.getDocument();
        for (Viewer v : others) {
            String what = null;
            if (v.holdsWholeStory()) {
                what = "the whole story";
            } else {
                Optional<Block> held = before.block(v.blockId());
                if (held.isPresent() && !next.blocks().contains(held.get())) {
                    what = "paragraph " + (before.blocks().indexOf(held.get()) + 1);
                }
            }
            if (what != null) {
                throw new HeldParagraphException(baseRevision, current.getNumber(), current.getAuthor(), mine,
                        current.getBody(), v.user(), what);
            }
        }
    }

    /** Another fresh viewer on the story whose hold stands in the way of {@code viewerId} holding {@code blockId}. */
    private Optional<Viewer> blocking(long storyId, String viewerId, String blockId) {
        Instant now = clock.instant();
        return viewers.values().stream()
                .filter(v -> v.storyId() == storyId && !v.id().equals(viewerId) && v.blockId() != null && fresh(v, now))
                .filter(v -> v.holdsWholeStory() || WHOLE_STORY.equals(blockId) || v.blockId().equals(blockId))
                .findFirst();
    }

    private static boolean fresh(Viewer v, Instant now) {
        return !v.seen().plus(EXPIRY).isBefore(now);
    }

    private void changed(long storyId) {
        events.publish(new DeskEvent.PresenceChanged(storyId));
    }
}
