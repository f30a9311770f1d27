package dev.copydesk.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries the desk's events between app nodes on one PostgreSQL database: each event published on this node goes
 * out as a {@code NOTIFY} on {@value #CHANNEL} (ids and names only, as JSON, with this node's id); a connection of
 * its own {@code LISTEN}s, and events from other nodes are handed to this node's listeners. Views re-read what an
 * event names, so an event carries no state that could be stale. On H2 (one node) it does nothing.
 * <p>
 * If the listening connection drops, the relay reconnects (1 s, doubling to 30 s); events sent meanwhile are not
 * replayed, so once back it delivers a {@link DeskEvent.Resync} on this node and every open view re-reads.
 */
@Component
public class PostgresRelay {

    static final String CHANNEL = "copydesk_events";
    private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeskEvents events;
    private final String url;
    private final String user;
    private final String password;
    private final String node;
    private volatile boolean running;
    private Thread listener;
    private Connection sender;
    private DeskEvents.Subscription outbound;
    /**
     * Sending has a thread of its own, so a slow or unreachable database never holds up the bus (which hands events
     * to this node's views); if it falls behind by more than a thousand events, the oldest are dropped.
     */
    private final ThreadPoolExecutor sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> Thread.ofPlatform().daemon().name("desk-events-send").unstarted(r),
            new ThreadPoolExecutor.DiscardOldestPolicy());

    @Autowired
    PostgresRelay(DeskEvents events, DataSourceProperties datasource) {
        this(events, datasource.determineUrl(), datasource.determineUsername(), datasource.determinePassword(),
                UUID.randomUUID().toString());
    }

    /** A relay for {@code events} on the database at {@code url}, as node {@code node} (tests run two). */
    public PostgresRelay(DeskEvents events, String url, String user, String password, String node) {
        this.events = events;
        this.url = url;
        this.user = user;
        this.password = password;
        this.node = node;
    }

    @PostConstruct
    public void start() {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return; // one node on the embedded database: nothing to relay
        }
        running = true;
        outbound = events.relayTo(event -> sending.execute(() -> send(event)));
        listener = Thread.ofPlatform().daemon().name("desk-events-relay").start(this::listen);
        log.info("Desk events are relayed between nodes through PostgreSQL ({} as node {})", CHANNEL, node);
    }

    @PreDestroy
    public void stop() {
        running = false;
        if (outbound != null) {
            outbound.close();
        }
        if (listener != null) {
            listener.interrupt();
        }
        sending.shutdownNow();
        synchronized (this) {
            close(sender);
            sender = null;
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user == null ? "" : user);
        props.setProperty("password", password == null ? "" : password);
        // Never wait for ever on a database that is gone or a network that went quiet.
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "30");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }

    private synchronized void send(DeskEvent event) {
        if (!running) {
            return;
        }
        String payload = encode(event);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (sender == null || sender.isClosed()) {
                    sender = connect();
                }
                try (PreparedStatement notify = sender.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, payload);
                    notify.execute();
                }
                return;
            } catch (SQLException e) {
                close(sender);
                sender = null;
                if (attempt == 1) {
                    log.warn("Could not tell the other nodes of {}: {}", event, e.getMessage());
                }
            }
        }
    }

    private void listen() {
        Duration wait = Duration.ofSeconds(1);
        boolean reconnected = false; // true after the first connection: any later one is a reconnect
        while (running) {
            try (Connection connection = connect(); Statement sql = connection.createStatement()) {
                sql.execute("listen " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                if (reconnected) {
                    // Whatever the other nodes sent while this one was away is gone: open views re-read.
                    events.deliver(new DeskEvent.Resync());
                }
                reconnected = true;
                wait = Duration.ofSeconds(1);
                long probed = System.nanoTime();
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(1000);
                    if (arrived != null) {
                        for (PGNotification n : arrived) {
                            receive(n.getParameter());
                        }
                    }
                    // Waiting for notifications never notices a connection that died quietly: ask now and then.
                    if (System.nanoTime() - probed > 30_000_000_000L) {
                        sql.execute("select 1");
                        probed = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("The desk events relay lost its connection ({}); trying again in {} s", e.getMessage(),
                        wait.toSeconds());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : wait.multipliedBy(2);
            }
        }
    }

    private void receive(String payload) {
        try {
            JsonNode json = JSON.readTree(payload);
            if (!node.equals(json.path("node").asText())) {
                events.deliver(decode(json));
            }
        } catch (RuntimeException e) {
            log.warn("A desk event from another node could not be read: {}", e.getMessage());
        }
    }

    String encode(DeskEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("node", node);
        out.put("type", event.getClass().getSimpleName());
        switch (event) {
            case DeskEvent.StoryChanged c -> {
                out.put("storyId", c.storyId());
                out.put("revision", c.revision());
                out.put("user", c.user());
                out.put("change", c.change().name());
            }
            case DeskEvent.CommentAdded c -> {
                out.put("storyId", c.storyId());
                out.put("user", c.user());
                out.put("blockId", c.blockId());
            }
            case DeskEvent.PresenceChanged p -> out.put("storyId", p.storyId());
            case DeskEvent.Resync r -> {
                // local only: never sent (it is delivered, not published), encoded for completeness
            }
            case DeskEvent.ImportFinished i -> {
                out.put("user", i.user());
                out.put("created", i.created());
            }
        }
        return JSON.writeValueAsString(out);
    }

    static DeskEvent decode(JsonNode json) {
        String blockId = json.path("blockId").isNull() || json.path("blockId").isMissingNode() ? null
                : json.path("blockId").asText();
        return switch (json.path("type").asText()) {
            case "StoryChanged" -> new DeskEvent.StoryChanged(json.path("storyId").asLong(),
                    json.path("revision").asInt(), json.path("user").asText(),
                    DeskEvent.Change.valueOf(json.path("change").asText()));
            case "CommentAdded" -> new DeskEvent.CommentAdded(json.path("storyId").asLong(), json.path("user").asText(),
                    blockId);
            case "PresenceChanged" -> new DeskEvent.PresenceChanged(json.path("storyId").asLong());
            case "Resync" -> new DeskEvent.Resync();
            case "ImportFinished" -> new DeskEvent.ImportFinished(json.path("user").asText(),
                    json.path("created").asInt());
            default -> throw new IllegalArgumentException("unknown event type " + json.path("type").asText());
        };
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing more to do
            }
        }
    }
}
