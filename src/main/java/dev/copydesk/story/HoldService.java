package dev.copydesk.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.copydesk.base.ClusterLease;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.text.Block;
import dev.copydesk.text.Body;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who has which story open (presence) and which paragraph each is editing (holds). Every open editor is a
 * <em>viewer</em> with an id of its own; a viewer holds at most one thing: one paragraph (a block id), or the whole
 * story ({@link #WHOLE_STORY}, the text mode). A hold is kept alive by the viewer's heartbeat and lapses
 * {@link #EXPIRY} after the last one; another editor can take it over, and the holder is told.
 * <p>
 * Holds are enforced where text is written: {@link StoryService} refuses a save that changes a paragraph someone
 * else holds ({@link HeldParagraphException}, the text handed back). Every change is published as a
 * {@link DeskEvent.PresenceChanged}, which reaches the other app nodes too.
 * <p>
 * Viewers are rows of {@code story_viewer}, so every node sees the same holds and a node that dies leaves rows that
 * expire. Taking a hold and saving a story both lock the story's row first, so they take turns: a save either sees
 * a hold taken before it or comes first and the holder then edits the saved text. Expiry is judged by the node's
 * clock (keep the nodes' clocks in step) and swept by one node at a time, under a {@link ClusterLease}.
 */
@Service
public class HoldService {

    /** The block id that stands for the whole story. */
    public static final String WHOLE_STORY = "*";
    /** How often an open editor beats. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A viewer (and its hold) with no heartbeat for this long is gone. */
    public static final Duration EXPIRY = Duration.ofSeconds(35);
    /** A lost hold is kept this long to tell a viewer that comes back; after it, the browser is taken as closed. */
    static final Duration FORGET_LOST = EXPIRY.multipliedBy(10);

    /**
     * An open editor: the story, the user, the block held (null: only reading), since when, the last heartbeat,
     * and from whom the hold was taken over (for the notice), if it was.
     */
    public record Viewer(String id, long storyId, String user, String blockId, Instant holdSince, Instant seen,
            String takenFrom) {

        public boolean holdsWholeStory() {
            return WHOLE_STORY.equals(blockId);
        }
    }

    /** The answer to asking for a hold: granted, or who holds it (or holds the whole story) instead. */
    public record HoldResult(boolean granted, Viewer holder) {
    }

    private static final String COLUMNS = "viewer_id, story_id, username, block_id, hold_since, seen, taken_from";
    private static final RowMapper<Viewer> VIEWER = HoldService::viewer;

    private final DeskEvents events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ClusterLease lease;

    @Autowired
    HoldService(DeskEvents events, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ClusterLease lease) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.lease = lease;
    }

    /** For tests: no lease, the sweep always runs. */
    HoldService(DeskEvents events, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(events, clock, jdbc, transactions, null);
    }

    /** A viewer opens a story: it is present, holding nothing. Opening another story moves it. */
    @PreAuthorize("isAuthenticated()")
    public void join(long storyId, String viewerId) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        Optional<Viewer> before = tx.execute(s -> {
            Optional<Viewer> was = locked(viewerId);
            put(new Viewer(viewerId, storyId, me, null, null, now, null), was.isPresent());
            return was;
        });
        if (before.isPresent() && before.get().storyId() != storyId) {
            changed(before.get().storyId());
        }
        changed(storyId);
    }

    /**
     * A viewer closed: it and its hold are gone. Also called when a session expired and no one is logged in,
     * so it needs no role; it grants nothing.
     */
    public void leave(String viewerId) {
        List<Long> story = jdbc.queryForList("select story_id from story_viewer where viewer_id = ?", Long.class,
                viewerId);
        if (jdbc.update("delete from story_viewer where viewer_id = ?", viewerId) > 0 && !story.isEmpty()) {
            changed(story.getFirst());
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
        record Beat(Viewer after, Viewer gone) {
        }
        Beat beat = tx.execute(s -> {
            Optional<Row> row = lockedRow(viewerId);
            Optional<Viewer> was = row.map(Row::viewer);
            String lostBlock = row.map(Row::lostBlock).orElse(null);
            Viewer after = was.filter(v -> v.storyId() == storyId)
                    .map(v -> new Viewer(v.id(), v.storyId(), v.user(), v.blockId(), v.holdSince(), now, v.takenFrom()))
                    .orElseGet(() -> new Viewer(viewerId, storyId, me, null, null, now, null));
            put(after, was.isPresent());
            if (lostBlock != null) {
                jdbc.update("update story_viewer set lost_block = null where viewer_id = ?", viewerId);
            }
            Viewer gone = lostBlock == null ? null : new Viewer(viewerId, was.get().storyId(), was.get().user(),
                    lostBlock, null, was.get().seen(), null);
            return new Beat(after, gone);
        });
        if (beat.gone() != null && beat.after().blockId() == null) {
            changed(storyId);
        }
        return Optional.ofNullable(beat.gone());
    }

    /**
     * Asks to hold a block (or {@link #WHOLE_STORY}) for this viewer, giving up what it held before. Refused while
     * another viewer holds that block, the whole story, or (for the whole story) any block.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public HoldResult hold(long storyId, String viewerId, String blockId) {
        String me = CurrentUser.username();
        HoldResult result = tx.execute(s -> {
            lockStory(storyId);
            Instant now = clock.instant();
            Optional<Viewer> other = blocking(storyId, viewerId, blockId, now).stream().findFirst();
            if (other.isPresent()) {
                return new HoldResult(false, other.get());
            }
            Optional<Viewer> was = locked(viewerId);
            Viewer mine = was.filter(v -> v.storyId() == storyId && blockId.equals(v.blockId()))
                    .map(v -> new Viewer(v.id(), storyId, v.user(), blockId, v.holdSince(), now, v.takenFrom()))
                    .orElseGet(() -> new Viewer(viewerId, storyId, me, blockId, now, now, null));
            put(mine, was.isPresent());
            return new HoldResult(true, mine);
        });
        if (result.granted()) {
            changed(storyId);
        }
        return result;
    }

    /** Takes the block (or the whole story) from whoever holds it; they learn it at once and at their next beat. */
    @PreAuthorize("hasRole('EDITOR')")
    public Viewer takeOver(long storyId, String viewerId, String blockId) {
        String me = CurrentUser.username();
        Viewer mine = tx.execute(s -> {
            lockStory(storyId);
            Instant now = clock.instant();
            String from = null;
            for (Viewer other : blocking(storyId, viewerId, blockId, now)) {
                from = other.user();
                jdbc.update("update story_viewer set lost_block = block_id, block_id = null, hold_since = null, "
                        + "taken_from = null where viewer_id = ?", other.id());
            }
            Viewer taken = new Viewer(viewerId, storyId, me, blockId, now, now, from);
            put(taken, locked(viewerId).isPresent());
            return taken;
        });
        changed(storyId);
        return mine;
    }

    /** The viewer stops holding what it holds (it stays present). */
    public void release(String viewerId) {
        List<Long> story = jdbc.queryForList("select story_id from story_viewer where viewer_id = ? "
                + "and block_id is not null", Long.class, viewerId);
        if (!story.isEmpty() && jdbc.update("update story_viewer set block_id = null, hold_since = null, "
                + "taken_from = null where viewer_id = ? and block_id is not null", viewerId) > 0) {
            changed(story.getFirst());
        }
    }

    /** The viewers with the story open, and what each holds; one entry per viewer, in name order (stable). */
    @PreAuthorize("isAuthenticated()")
    public List<Viewer> present(long storyId) {
        return jdbc.query("select " + COLUMNS + " from story_viewer where story_id = ? and seen >= ? "
                + "and lapsed_at is null order by username, viewer_id", VIEWER, storyId, since(clock.instant()));
    }

    /** For each of these stories, the users who have it open, in name order (for the desk). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<String>> presentOn(Collection<Long> storyIds) {
        Map<Long, Set<String>> out = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        // Open editors are few (tens, not thousands): one query for all, filtered here, keeps the SQL plain.
        Set<Long> wanted = Set.copyOf(storyIds);
        jdbc.query("select story_id, username from story_viewer where seen >= ? and lapsed_at is null", rs -> {
            long story = rs.getLong(1);
            if (wanted.contains(story)) {
                out.computeIfAbsent(story, id -> new TreeSet<>()).add(rs.getString(2));
            }
        }, since(clock.instant()));
        return out;
    }

    /** How many viewers are registered, stale ones included (a closed editor must leave none behind). */
    public int viewerCount() {
        return jdbc.queryForObject("select count(*) from story_viewer", Integer.class);
    }

    /** Drops viewers whose heartbeat stopped; runs every few seconds, on one node of the cluster at a time. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void sweep() {
        if (lease == null || lease.hold("hold-expiry", Duration.ofSeconds(30))) {
            expire(clock.instant());
        }
    }

    /** Drops viewers (and their holds) silent for longer than {@link #EXPIRY} at {@code now}. */
    public void expire(Instant now) {
        Timestamp stale = since(now);
        List<Long> stories = tx.execute(s -> {
            List<Long> touched = jdbc.queryForList("select distinct story_id from story_viewer where seen < ? "
                    + "and lapsed_at is null", Long.class, stale);
            // A silent viewer that held something keeps a row to be told, when it comes back, that it lost it...
            jdbc.update("update story_viewer set lost_block = coalesce(block_id, lost_block), block_id = null, "
                    + "hold_since = null, taken_from = null, lapsed_at = ? where seen < ? and lapsed_at is null "
                    + "and (block_id is not null or lost_block is not null)", Timestamp.from(now), stale);
            jdbc.update("delete from story_viewer where seen < ? and lost_block is null", stale);
            // ...but one that has not come back in ten expiry spans is a closed browser: forget it, or the table
            // grows with every tab that was never closed cleanly.
            jdbc.update("delete from story_viewer where seen < ?", Timestamp.from(now.minus(FORGET_LOST)));
            return touched;
        });
        stories.forEach(this::changed);
    }

    /**
     * Refuses a save by {@code user} that turns {@code current} into {@code next} while another editor holds the
     * whole story or a block the save changes (or removes). Runs in the save's transaction, the story row locked.
     */
    void checkEdit(long storyId, String user, Revision current, Body next, int baseRevision, String mine) {
        List<Viewer> others = jdbc.query("select " + COLUMNS + " from story_viewer where story_id = ? "
                + "and block_id is not null and username <> ? and seen >= ? and lapsed_at is null "
                + "order by username, viewer_id", VIEWER,
                storyId, user, since(clock.instant()));
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

    /** The fresh viewers on the story whose holds stand in the way of {@code viewerId} holding {@code blockId}. */
    private List<Viewer> blocking(long storyId, String viewerId, String blockId, Instant now) {
        String sql = "select " + COLUMNS + " from story_viewer where story_id = ? and viewer_id <> ? "
                + "and block_id is not null and seen >= ? and lapsed_at is null ";
        if (WHOLE_STORY.equals(blockId)) {
            return jdbc.query(sql + "order by username, viewer_id", VIEWER, storyId, viewerId, since(now));
        }
        return jdbc.query(sql + "and (block_id = ? or block_id = ?) order by username, viewer_id", VIEWER, storyId,
                viewerId, since(now), blockId, WHOLE_STORY);
    }

    /** Saves and holds on one story take turns on its row (a story not in the table, in unit tests, locks nothing). */
    private void lockStory(long storyId) {
        jdbc.queryForList("select id from story where id = ? for update", Long.class, storyId);
    }

    /** A viewer's row: the viewer, and the hold it lost and has not been told of yet (null if none). */
    private record Row(Viewer viewer, String lostBlock) {
    }

    /** The viewer's row, locked for this transaction, if it has one. */
    private Optional<Row> lockedRow(String viewerId) {
        return jdbc.query("select " + COLUMNS + ", lost_block from story_viewer where viewer_id = ? for update",
                (rs, n) -> new Row(viewer(rs, n), rs.getString("lost_block")), viewerId).stream().findFirst();
    }

    private Optional<Viewer> locked(String viewerId) {
        return lockedRow(viewerId).map(Row::viewer);
    }

    /** Writes the viewer's row, live again (its lost hold, if any, is left for its next heartbeat to report). */
    private void put(Viewer v, boolean exists) {
        if (exists) {
            jdbc.update("update story_viewer set story_id = ?, username = ?, block_id = ?, hold_since = ?, seen = ?, "
                    + "taken_from = ?, lapsed_at = null where viewer_id = ?", v.storyId(), v.user(), v.blockId(), at(v.holdSince()),
                    at(v.seen()), v.takenFrom(), v.id());
        } else {
            jdbc.update("insert into story_viewer (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", v.id(),
                    v.storyId(), v.user(), v.blockId(), at(v.holdSince()), at(v.seen()), v.takenFrom());
        }
    }

    private static Timestamp since(Instant now) {
        return Timestamp.from(now.minus(EXPIRY));
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Viewer viewer(ResultSet rs, int row) throws SQLException {
        Timestamp since = rs.getTimestamp("hold_since");
        return new Viewer(rs.getString("viewer_id"), rs.getLong("story_id"), rs.getString("username"),
                rs.getString("block_id"), since == null ? null : since.toInstant(), rs.getTimestamp("seen").toInstant(),
                rs.getString("taken_from"));
    }

    private void changed(long storyId) {
        events.publish(new DeskEvent.PresenceChanged(storyId));
    }
}
