package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.copydesk.ManualClock;
import dev.copydesk.TestUsers;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.security.Role;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Presence and paragraph holds, on a clock moved by hand, stored in an embedded database of the test's own
 * ({@link PostgresHoldServiceTest} runs the same on PostgreSQL).
 */
class HoldServiceTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final DeskEvents events = new DeskEvents();
    private final DataSource dataSource = dataSource();
    private final HoldService holds = node(events);

    /** The database the holds live in, migrated, with no viewers. */
    DataSource dataSource() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:holds-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(ds, "h2");
        return ds;
    }

    static void migrate(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
    }

    /** An app node on the shared database: a hold service of its own, telling its own listeners. */
    private HoldService node(DeskEvents bus) {
        return new HoldService(bus, clock, new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private HoldService.HoldResult hold(String user, String viewer, String block) {
        return TestUsers.as(user, Role.EDITOR, () -> holds.hold(7, viewer, block));
    }

    @Test
    void a_paragraph_is_held_by_one_editor_and_the_whole_story_by_one_only_while_no_paragraph_is_held() {
        assertThat(hold("ana", "A", "b2").granted()).isTrue();
        HoldService.HoldResult refused = hold("ben", "B", "b2");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.holder().user()).isEqualTo("ana");
        assertThat(hold("ben", "B", "b5").granted()).isTrue();
        assertThat(hold("cy", "C", HoldService.WHOLE_STORY).holder().user()).isIn("ana", "ben");
        // Ana moves to another paragraph: b2 is free, b5 is still Ben's.
        assertThat(hold("ana", "A", "b3").granted()).isTrue();
        assertThat(hold("cy", "C", "b2").granted()).isTrue();
        assertThat(hold("cy", "C", "b5").granted()).isFalse();
        // With the whole story held, no paragraph can be.
        holds.release("A");
        holds.release("B");
        holds.release("C");
        assertThat(hold("ana", "A", HoldService.WHOLE_STORY).granted()).isTrue();
        assertThat(hold("ben", "B", "b9").holder().holdsWholeStory()).isTrue();
        // Another story is another matter.
        assertThat(TestUsers.as("ben", Role.EDITOR, () -> holds.hold(8, "B", "b2")).granted()).isTrue();
    }

    @Test
    void a_take_over_moves_the_hold_and_the_one_who_lost_it_learns_at_the_next_heartbeat() {
        hold("ana", "A", "b2");
        TestUsers.as("ben", Role.EDITOR, () -> holds.takeOver(7, "B", "b2"));
        assertThat(holds.present(7)).filteredOn(v -> "b2".equals(v.blockId())).extracting(HoldService.Viewer::user)
                .containsExactly("ben");
        var lost = TestUsers.as("ana", Role.EDITOR, () -> holds.heartbeat("A", 7));
        assertThat(lost).map(HoldService.Viewer::blockId).contains("b2");
        assertThat(TestUsers.as("ana", Role.EDITOR, () -> holds.heartbeat("A", 7))).isEmpty();
    }

    @Test
    void a_silent_viewer_lapses_with_its_hold_and_a_heartbeat_keeps_one_alive() {
        hold("ana", "A", "b2");
        hold("ben", "B", "b3");
        clock.advance(HoldService.EXPIRY.minusSeconds(5));
        TestUsers.as("ben", Role.EDITOR, () -> holds.heartbeat("B", 7));
        clock.advance(Duration.ofSeconds(10));
        assertThat(hold("cy", "C", "b2").granted()).isTrue(); // Ana's lapsed: her browser went quiet
        assertThat(hold("cy", "C", "b3").granted()).isFalse(); // Ben's beat kept his
        holds.expire(clock.instant());
        assertThat(holds.present(7)).extracting(HoldService.Viewer::user).containsExactlyInAnyOrder("ben", "cy");
        assertThat(TestUsers.as("ana", Role.EDITOR, () -> holds.heartbeat("A", 7))).isPresent(); // told it lapsed
    }

    @Test
    void every_change_is_told_to_listeners_and_a_closed_viewer_leaves_nothing() throws Exception {
        List<DeskEvent> told = new ArrayList<>();
        try (var subscription = events.subscribe(told::add)) {
            TestUsers.as("ana", Role.EDITOR, () -> {
                holds.join(7, "A");
                return holds.hold(7, "A", "b1");
            });
            holds.leave("A");
            events.awaitDelivered();
        }
        assertThat(told).containsOnly(new DeskEvent.PresenceChanged(7)).hasSize(3);
        assertThat(holds.viewerCount()).isZero();
        assertThat(events.listenerCount()).isZero();
    }

    @Test
    void a_lost_hold_whose_browser_never_comes_back_is_forgotten_in_time() {
        hold("ana", "A", "b2");
        clock.advance(HoldService.EXPIRY.plusSeconds(1));
        holds.expire(clock.instant());
        clock.advance(HoldService.EXPIRY.multipliedBy(10));
        holds.expire(clock.instant());
        assertThat(TestUsers.as("ana", Role.EDITOR, () -> holds.heartbeat("A", 7))).as("forgotten").isEmpty();
    }

    @Test
    void a_hold_taken_on_one_node_is_seen_and_respected_on_another_and_a_take_over_reaches_back() {
        HoldService other = node(new DeskEvents());
        hold("ana", "A", "b2");
        assertThat(other.present(7)).extracting(HoldService.Viewer::user, HoldService.Viewer::blockId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "b2"));
        assertThat(TestUsers.as("ben", Role.EDITOR, () -> other.hold(7, "B", "b2")).holder().user()).isEqualTo("ana");
        assertThat(TestUsers.as("ben", Role.EDITOR, () -> other.presentOn(List.of(7L, 8L)))).containsOnlyKeys(7L);
        TestUsers.as("ben", Role.EDITOR, () -> other.takeOver(7, "B", "b2"));
        assertThat(TestUsers.as("ana", Role.EDITOR, () -> holds.heartbeat("A", 7))).map(HoldService.Viewer::blockId)
                .contains("b2");
        assertThat(hold("ana", "A", "b2").holder().user()).isEqualTo("ben");
    }
}
