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
        ClusterLease a = new ClusterLease(jdbc, java.time.Clock.systemUTC(), "node-a");
        ClusterLease b = new ClusterLease(jdbc, java.time.Clock.systemUTC(), "node-b");
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
}
