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
}
