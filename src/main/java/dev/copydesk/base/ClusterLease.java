package dev.copydesk.base;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease in the database for work that must run once per cluster however many nodes run (feed polling): one node
 * holds a named lease until it expires, and renews it each time it does the work; when it stops (or dies), another
 * node takes it once it has expired. One row per lease, taken by a conditional update, so it works the same on H2
 * and PostgreSQL without locks held between calls. Expiry is judged by each node's clock: keep the nodes' clocks
 * in step (NTP), as any cluster needs.
 */
@Component
public class ClusterLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;
    private volatile Boolean shared;

    @Autowired
    ClusterLease(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** For tests: a node with a name of its own. */
    public ClusterLease(JdbcTemplate jdbc, Clock clock, String node) {
        this(jdbc, clock, node, null);
    }

    /** For tests: {@code shared} says whether to take turns as on PostgreSQL (null: ask the database). */
    public ClusterLease(JdbcTemplate jdbc, Clock clock, String node, Boolean shared) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.shared = shared;
    }

    /** Takes or renews the lease {@code name} for {@code length}; false while another node holds it. */
    public boolean hold(String name, Duration length) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(length));
        int taken = jdbc.update("update cluster_lease set holder = ?, expires_at = ? where name = ? "
                + "and (holder = ? or expires_at < ?)", node, until, name, node, now);
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("insert into cluster_lease (name, holder, expires_at) values (?, ?, ?)", name, node,
                    until) == 1;
        } catch (DataIntegrityViolationException heldElsewhere) {
            return false; // the row exists and another node's lease on it has not expired
        }
    }

    /** How long {@link #exclusively} holds its lease between renewals: a crashed holder frees it this soon. */
    static final Duration TURN = Duration.ofMinutes(1);

    /**
     * Runs {@code work} while holding the lease {@code name} (start-up seeding: two nodes starting at once take
     * turns, and the second finds the work done). The lease is held for {@link #TURN} and renewed every 20 s while
     * the work runs, so a node that dies mid-way frees it within a minute; a waiting node waits up to
     * {@code wait}, which should be longer than that. On the embedded H2 database there is one node: it just runs.
     */
    public <T> T exclusively(String name, Duration wait, Supplier<T> work) {
        if (!shared()) {
            return work.get();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!hold(name, TURN)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has held the lease '" + name + "' for over "
                        + wait.toSeconds() + " s while renewing it: its start-up work is still running.");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lease '" + name + "'", e);
            }
        }
        Thread renewer = Thread.ofVirtual().name("lease-" + name).start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(Duration.ofSeconds(20));
                    hold(name, TURN);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the database is busy or gone: the work itself will say so
                }
            }
        });
        try {
            return work.get();
        } finally {
            renewer.interrupt();
            release(name);
        }
    }

    /** Whether other nodes can share this database (PostgreSQL), as opposed to the embedded H2 file. */
    private boolean shared() {
        if (shared == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            shared = !"H2".equals(product);
        }
        return shared;
    }

    /** Lets the lease go at once (an orderly shutdown), if this node holds it. */
    public void release(String name) {
        jdbc.update("delete from cluster_lease where name = ? and holder = ?", name, node);
    }

    public String node() {
        return node;
    }
}
