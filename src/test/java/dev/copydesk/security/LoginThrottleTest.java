package dev.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.copydesk.ManualClock;
import org.junit.jupiter.api.Test;

/** The throttle's policy on a clock the test moves by hand: no sleeping, no timing. */
class LoginThrottleTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void five_failures_are_free_then_each_next_attempt_waits_twice_as_long_up_to_the_cap() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("night.desk");
        }
        assertThat(throttle.waitBefore("night.desk")).isZero();
        throttle.failed("night.desk");
        assertThat(throttle.waitBefore("night.desk")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("night.desk");
        assertThat(throttle.waitBefore("night.desk")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("night.desk");
        assertThat(throttle.waitBefore("night.desk")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.waitBefore("night.desk")).as("the wait runs down").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("night.desk")).isZero();
        for (int i = 0; i < 20; i++) {
            throttle.failed("night.desk");
        }
        assertThat(throttle.waitBefore("night.desk")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void user_names_count_case_insensitively_and_a_success_resets_the_count() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Editor" : "EDITOR ");
        }
        assertThat(throttle.waitBefore("editor")).isPositive();
        assertThat(throttle.waitBefore("reviewer")).isZero();
        throttle.succeeded("editor");
        assertThat(throttle.waitBefore("Editor")).isZero();
        throttle.failed("editor");
        assertThat(throttle.waitBefore("editor")).as("counting starts again from one").isZero();
    }

    @Test
    void a_long_quiet_spell_forgets_the_failures() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("wire");
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        throttle.failed("wire");
        assertThat(throttle.waitBefore("wire")).isZero();
    }

    @Test
    void a_flood_of_different_names_keeps_memory_bounded() {
        for (int i = 0; i < LoginThrottle.MAX_NAMES + 500; i++) {
            throttle.failed("name-" + i);
        }
        assertThat(throttle.trackedNames()).isEqualTo(LoginThrottle.MAX_NAMES);
    }
}
