package dev.copydesk.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.copydesk.ManualClock;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.EditLockService;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EditLockServiceTest {

    /** A clock the test moves by hand. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final EditLockService locks = new EditLockService(clock);

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_lock_shows_who_edits_expires_without_heartbeat_and_can_be_taken_over_with_notice() {
        TestUsers.login("editor", Role.EDITOR);
        assertThat(locks.acquire(7)).isTrue();
        TestUsers.login("admin", Role.ADMIN);
        assertThat(locks.acquire(7)).isFalse();
        assertThat(locks.heldByOther(7)).map(EditLockService.Lock::holder).contains("editor");

        clock.advance(Duration.ofMinutes(1));
        TestUsers.login("editor", Role.EDITOR);
        assertThat(locks.heartbeat(7)).isEmpty();
        clock.advance(Duration.ofSeconds(90));
        TestUsers.login("admin", Role.ADMIN);
        assertThat(locks.acquire(7)).as("the heartbeat kept it").isFalse();

        locks.takeOver(7);
        TestUsers.login("editor", Role.EDITOR);
        assertThat(locks.heartbeat(7)).as("the first editor learns who took over").contains("admin");

        clock.advance(EditLockService.EXPIRY.plusSeconds(1));
        assertThat(locks.heldByOther(7)).as("no heartbeat from admin: stale").isEmpty();
        assertThat(locks.acquire(7)).isTrue();
    }
}
