package dev.copydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.copydesk.IntegrationTest;
import dev.copydesk.ManualClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes on one database: one holds the lease and renews it; the other takes it only once it has expired. */
@IntegrationTest
class ClusterLeaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_node_holds_a_lease_until_it_expires_then_another_takes_it() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-02T12:00:00Z"));
        ClusterLease a = new ClusterLease(jdbc, clock, "node-a");
        ClusterLease b = new ClusterLease(jdbc, clock, "node-b");
        String name = "test-lease-" + System.nanoTime();

        assertThat(a.hold(name, Duration.ofMinutes(1))).isTrue();
        assertThat(b.hold(name, Duration.ofMinutes(1))).isFalse();
        clock.advance(Duration.ofSeconds(50));
        assertThat(a.hold(name, Duration.ofMinutes(1))).as("renewed").isTrue();
        clock.advance(Duration.ofSeconds(50));
        assertThat(b.hold(name, Duration.ofMinutes(1))).as("still a's after the renewal").isFalse();
        clock.advance(Duration.ofSeconds(11));
        assertThat(b.hold(name, Duration.ofMinutes(1))).as("a stopped renewing: expired").isTrue();
        assertThat(a.hold(name, Duration.ofMinutes(1))).isFalse();
        b.release(name);
        assertThat(a.hold(name, Duration.ofMinutes(1))).as("released at once").isTrue();
    }

    @Test
    void two_nodes_starting_at_once_take_turns_and_the_second_runs_after_the_first_is_done() throws Exception {
        String name = "test-start-up-" + System.nanoTime();
        ClusterLease a = new ClusterLease(jdbc, java.time.Clock.systemUTC(), "node-a", true);
        ClusterLease b = new ClusterLease(jdbc, java.time.Clock.systemUTC(), "node-b", true);
        java.util.List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        var started = new java.util.concurrent.CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> a.exclusively(name, Duration.ofSeconds(10), () -> {
            order.add("a starts");
            started.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.add("a ends");
            return null;
        }));
        started.await();
        b.exclusively(name, Duration.ofSeconds(10), () -> order.add("b runs"));
        first.join();
        assertThat(order).containsExactly("a starts", "a ends", "b runs");
    }

    @Test
    void a_node_that_died_holding_the_start_up_lease_holds_up_the_next_one_no_longer_than_a_turn() {
        String name = "test-dead-" + System.nanoTime();
        Instant now = Instant.now();
        ClusterLease dead = new ClusterLease(jdbc, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC), "dead", true);
        assertThat(dead.hold(name, ClusterLease.TURN)).isTrue(); // and never released: the node was killed
        // The next node starts a turn later (its clock says so): the dead node's lease has run out.
        ClusterLease next = new ClusterLease(jdbc,
                java.time.Clock.fixed(now.plus(ClusterLease.TURN).plusSeconds(1), java.time.ZoneOffset.UTC), "next", true);
        assertThat(next.exclusively(name, Duration.ofSeconds(5), () -> "seeded")).isEqualTo("seeded");
    }

    @Test
    void on_the_embedded_database_the_start_up_work_just_runs() {
        ClusterLease single = new ClusterLease(jdbc, java.time.Clock.systemUTC(), "only");
        String name = "test-single-" + System.nanoTime();
        new ClusterLease(jdbc, java.time.Clock.systemUTC(), "stale").hold(name, Duration.ofHours(1));
        assertThat(single.exclusively(name, Duration.ofMillis(1), () -> "ran")).isEqualTo("ran");
    }
}
