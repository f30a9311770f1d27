package dev.copydesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.copydesk.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes' event buses on one PostgreSQL: what one publishes reaches the other's listeners exactly once, and
 * never comes back to the node that published it.
 */
@Tag("postgres")
@EnabledIf(value = "dev.copydesk.PostgresServer#available",
        disabledReason = "no PostgreSQL reachable at COPYDESK_TEST_POSTGRES_URL (bash .ci/run starts one)")
class PostgresRelayTest {

    private static void waitFor(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static PostgresRelay relay(DeskEvents events, String url, String node) {
        return new PostgresRelay(events, url, PostgresServer.user(), PostgresServer.password(), node);
    }

    @Test
    void an_event_published_on_one_node_reaches_the_other_once_and_does_not_echo() throws Exception {
        String url = PostgresServer.freshDatabase("relay");
        DeskEvents a = new DeskEvents();
        DeskEvents b = new DeskEvents();
        PostgresRelay relayA = relay(a, url, "node-a");
        PostgresRelay relayB = relay(b, url, "node-b");
        List<DeskEvent> onA = new CopyOnWriteArrayList<>();
        List<DeskEvent> onB = new CopyOnWriteArrayList<>();
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        a.subscribe(onA::add);
        b.subscribe(e -> {
            arrivals.add(System.nanoTime());
            onB.add(e);
        });
        relayA.start();
        relayB.start();
        try {
            Thread.sleep(500); // both LISTENing
            DeskEvent saved = new DeskEvent.StoryChanged(42, 7, "ana", DeskEvent.Change.SAVED);
            long sent = System.nanoTime();
            a.publish(saved);
            waitFor(onB, 1);
            assertThat(onB).containsExactly(saved);
            // How long it took is printed for BENCHMARKS.md, not asserted (speed lives in benchmarks).
            System.out.println("Desk event from node A on node B after " + (arrivals.getFirst() - sent) / 1_000_000
                    + " ms");

            b.publish(new DeskEvent.CommentAdded(42, "ben", "b3"));
            b.publish(new DeskEvent.ImportFinished("ben", 3));
            waitFor(onA, 3);
            Thread.sleep(300); // anything that would echo has had time to
            assertThat(onA).containsExactly(saved, new DeskEvent.CommentAdded(42, "ben", "b3"),
                    new DeskEvent.ImportFinished("ben", 3));
            assertThat(onB).as("B's own events reach B once, from B, and nothing came back from A").containsExactly(
                    saved, new DeskEvent.CommentAdded(42, "ben", "b3"), new DeskEvent.ImportFinished("ben", 3));
        } finally {
            relayA.stop();
            relayB.stop();
        }
    }

    @Test
    void a_node_whose_connections_are_cut_reconnects_relays_again_and_tells_its_views_to_re_read() throws Exception {
        String url = PostgresServer.freshDatabase("relay_cut");
        DeskEvents a = new DeskEvents();
        DeskEvents b = new DeskEvents();
        PostgresRelay relayA = relay(a, url, "node-a");
        PostgresRelay relayB = relay(b, url, "node-b");
        List<DeskEvent> onB = new CopyOnWriteArrayList<>();
        b.subscribe(onB::add);
        relayA.start();
        relayB.start();
        try {
            Thread.sleep(500);
            a.publish(new DeskEvent.PresenceChanged(1));
            waitFor(onB, 1);
            assertThat(onB).containsExactly(new DeskEvent.PresenceChanged(1));

            // The database drops every connection of both relays, as in a server restart or a failover.
            try (var admin = PostgresServer.connect(url); var sql = admin.createStatement();
                    var rs = sql.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where datname = current_database() and pid <> pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the relays' connections were cut").isPositive();
            }
            // Events sent while B is away are not replayed; once it is back, A's next events reach it.
            long deadline = System.nanoTime() + 15_000_000_000L;
            for (long story = 2; onB.stream().noneMatch(e -> e.storyId() > 1) && System.nanoTime() < deadline;
                    story++) {
                a.publish(new DeskEvent.PresenceChanged(story));
                Thread.sleep(200);
            }
            assertThat(onB).as("B hears A again after reconnecting").hasSizeGreaterThanOrEqualTo(2);
            // What B missed is not replayed; it tells its own views to re-read instead, and only after a reconnect.
            assertThat(onB).filteredOn(e -> e instanceof DeskEvent.Resync).isNotEmpty();
            assertThat(onB.getFirst()).isEqualTo(new DeskEvent.PresenceChanged(1));
        } finally {
            relayA.stop();
            relayB.stop();
        }
    }

    @Test
    void every_kind_of_event_survives_the_trip_as_json() {
        PostgresRelay relay = new PostgresRelay(new DeskEvents(), "jdbc:h2:mem:x", "sa", "", "node-x");
        JsonMapper json = JsonMapper.builder().build();
        for (DeskEvent e : List.of(new DeskEvent.StoryChanged(1, 2, "ana", DeskEvent.Change.STATUS),
                new DeskEvent.CommentAdded(3, "ben", null), new DeskEvent.CommentAdded(3, "ben", "b9"),
                new DeskEvent.PresenceChanged(4), new DeskEvent.ImportFinished("cy", 12), new DeskEvent.Resync())) {
            assertThat(PostgresRelay.decode(json.readTree(relay.encode(e)))).isEqualTo(e);
        }
    }
}
