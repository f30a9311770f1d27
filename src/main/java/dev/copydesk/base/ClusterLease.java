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
 * and PostgreSQL without locks held between calls.
 */
@Component
public class ClusterLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    @Autowired
    ClusterLease(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** For tests: a node with a name of its own. */
    public ClusterLease(JdbcTemplate jdbc, Clock clock, String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
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

    /**
     * Runs {@code work} while holding the lease {@code name}, waiting up to {@code wait} for another node that holds
     * it (start-up seeding: two nodes starting at once take turns, and the second finds the work done).
     */
    public <T> T exclusively(String name, Duration wait, Supplier<T> work) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!hold(name, wait.plusMinutes(1))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has held the lease '" + name + "' for over "
                        + wait.toSeconds() + " s; it may have died: it expires by itself a minute later.");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lease '" + name + "'", e);
            }
        }
        try {
            return work.get();
        } finally {
            release(name);
        }
    }

    /** Lets the lease go at once (an orderly shutdown), if this node holds it. */
    public void release(String name) {
        jdbc.update("delete from cluster_lease where name = ? and holder = ?", name, node);
    }

    public String node() {
        return node;
    }
}
