package dev.copydesk.editing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.copydesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Soft edit locks: who is editing which story, kept alive by a heartbeat from the open editor and gone two
 * minutes after the last one. A lock only informs; saves stay safe through revision checks and merging.
 * Another editor can take over; the first learns it at their next heartbeat. Held in memory: one app node.
 */
@Service
public class EditLockService {

    public static final Duration EXPIRY = Duration.ofMinutes(2);

    /** Who holds the lock, since when, and who took it over from whom (for the notice). */
    public record Lock(String holder, Instant since, Instant heartbeat, String takenFrom) {
    }

    private final Map<Long, Lock> locks = new ConcurrentHashMap<>();
    private final Clock clock;

    EditLockService(Clock clock) {
        this.clock = clock;
    }

    /** The other editor holding a fresh lock on the story, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Lock> heldByOther(long storyId) {
        Lock lock = fresh(storyId);
        return lock == null || lock.holder().equals(CurrentUser.username()) ? Optional.empty() : Optional.of(lock);
    }

    /** Takes the lock if it is free, stale or already ours; returns false if someone else holds it. */
    @PreAuthorize("hasRole('EDITOR')")
    public boolean acquire(long storyId) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        Lock result = locks.compute(storyId, (id, lock) -> lock == null || isStale(lock, now) || lock.holder().equals(me)
                ? new Lock(me, lock != null && lock.holder().equals(me) ? lock.since() : now, now, null) : lock);
        return result.holder().equals(me);
    }

    /** Keeps our lock alive; says who took it over if we lost it. */
    @PreAuthorize("hasRole('EDITOR')")
    public Optional<String> heartbeat(long storyId) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        Lock lock = locks.computeIfPresent(storyId, (id, l) -> l.holder().equals(me)
                ? new Lock(me, l.since(), now, l.takenFrom()) : l);
        return lock != null && !lock.holder().equals(me) && me.equals(lock.takenFrom())
                ? Optional.of(lock.holder()) : Optional.empty();
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void takeOver(long storyId) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        locks.compute(storyId, (id, lock) -> new Lock(me, now, now,
                lock == null || lock.holder().equals(me) ? null : lock.holder()));
    }

    /**
     * Releases {@code username}'s lock. Called when an editor closes, also when a session expires and no one is
     * logged in any more; releasing a soft lock grants nothing, so it needs no role.
     */
    public void release(long storyId, String username) {
        locks.computeIfPresent(storyId, (id, lock) -> lock.holder().equals(username) ? null : lock);
    }

    private Lock fresh(long storyId) {
        Lock lock = locks.get(storyId);
        return lock == null || isStale(lock, clock.instant()) ? null : lock;
    }

    private static boolean isStale(Lock lock, Instant now) {
        return lock.heartbeat().plus(EXPIRY).isBefore(now);
    }
}
