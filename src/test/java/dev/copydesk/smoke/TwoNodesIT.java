package dev.copydesk.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.copydesk.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app nodes, each the packaged jar in a process of its own, on one scratch PostgreSQL database, both started at
 * once with the demo profile: the demo is seeded once; a story imported on node A is read on node B; a paragraph
 * hold taken in a browser on A shows on B and B refuses a save over it; a save through A's API shows in a browser
 * on B within a second; then 50 clients spread over both nodes save 5 hot stories while A is killed with
 * {@code kill -9}, and every acknowledged save is in the database afterwards.
 */
@Tag("postgres")
@EnabledIf("dev.copydesk.PostgresServer#available")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static String database;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void startTwoNodesAtOnce() throws Exception {
        database = PostgresServer.freshDatabase("two_nodes");
        var data = Files.createTempDirectory("copydesk-two-nodes");
        String[] args = {"--spring.profiles.active=demo", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresServer.user(),
                "--spring.datasource.password=" + PostgresServer.password(), "--copydesk.data-dir=" + data};
        a = AppProcess.start("two-nodes-a.log", args);
        b = AppProcess.start("two-nodes-b.log", args);
        a.waitUntilServing("actuator/health/readiness", Duration.ofSeconds(180));
        b.waitUntilServing("actuator/health/readiness", Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopNodes() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    @Order(1)
    void two_nodes_starting_at_once_seed_the_demo_once() throws Exception {
        try (Connection db = PostgresServer.connect(database)) {
            assertThat(count(db, "select count(*) from app_user")).isEqualTo(3);
            assertThat(count(db, "select count(*) from story"))
                    .isPositive().isEqualTo(count(db, "select count(distinct headline) from story"));
        }
    }

    @Test
    @Order(2)
    void a_story_and_a_hold_on_node_a_are_seen_on_node_b_and_a_save_on_a_reaches_a_view_on_b_within_a_second()
            throws Exception {
        List<String> paragraphs = List.of("The council met on Monday evening.", "It voted to close the old bridge.",
                "Residents had asked for a new crossing.", "Work will start in the spring.",
                "The mayor said the cost was fair.");
        long id = create(a, "Bridge vote " + System.nanoTime(), String.join("\n\n", paragraphs));
        JsonNode onB = get(b, id);
        assertThat(onB.get("body").asString()).contains("close the old bridge");

        WebDriver onA = Browser.chromium();
        WebDriver viewOnB = Browser.chromium();
        try {
            var waitA = new WebDriverWait(onA, Duration.ofSeconds(30));
            var waitB = new WebDriverWait(viewOnB, Duration.ofSeconds(30));
            Browser.logIn(onA, waitA, a.baseUrl, "editor");
            Browser.logIn(viewOnB, waitB, b.baseUrl, "admin");
            onA.get(a.baseUrl + "stories/" + id);
            viewOnB.get(b.baseUrl + "stories/" + id);
            Browser.paragraph(waitA, 1).click();
            waitA.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#block-text textarea")));

            // The hold taken on A is shown on B, and B's API refuses a save over it.
            waitB.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#markup .held"),
                    "editor is editing"));
            List<String> overHold = new ArrayList<>(paragraphs);
            overHold.set(1, "It voted to keep the old bridge.");
            HttpResponse<String> refused = save(b, "admin", id, 1, String.join("\n\n", overHold), null);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(JSON.readTree(refused.body()).get("message").asString()).contains("editor");

            // A save through A's API (paragraph 5, not held) shows in the view on B within a second.
            List<String> edited = new ArrayList<>(paragraphs);
            edited.set(4, "The mayor said the cost was fair and overdue.");
            HttpResponse<String> saved = save(a, "editor", id, 1, String.join("\n\n", edited), null);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            long t0 = System.nanoTime();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(10);
            while (!viewOnB.findElement(By.id("markup")).getText().contains("fair and overdue")
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            record("two nodes: A's API save shown in a browser on B: " + millis + " ms");
            assertThat(millis).as("A's save reaches the view on B").isLessThanOrEqualTo(1_000);
        } finally {
            onA.quit();
            viewOnB.quit();
        }
    }

    /** One acknowledged save: the revision the server answered with, and the text that marks it. */
    record Ack(long story, int revision, String marker) {
    }

    @Test
    @Order(3)
    void fifty_clients_over_both_nodes_keep_every_acknowledged_save_while_node_a_is_killed() throws Exception {
        int storiesCount = 5;
        int clients = 50;
        int savesEach = 4;
        int paragraphsEach = clients / storiesCount;
        List<Long> hot = new ArrayList<>();
        for (int s = 0; s < storiesCount; s++) {
            int story = s;
            hot.add(create(b, "Hot story " + s + " " + System.nanoTime(), String.join("\n\n",
                    IntStream.range(0, paragraphsEach).mapToObj(p -> "Story " + story + " paragraph " + p + ".")
                            .toList())));
        }
        List<Ack> acks = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> lastSave = new ConcurrentHashMap<>();
        AtomicBoolean aDown = new AtomicBoolean();
        AtomicInteger refusedByA = new AtomicInteger();
        AtomicInteger ackedByA = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                // Client c writes paragraph c / 5 of story c % 5: no two clients write the same paragraph, so every
                // save lands (merged with the others' where its base is stale), none is refused for good.
                long story = hot.get(client % storiesCount);
                int paragraph = client / storiesCount;
                boolean useA = client % 2 == 0;
                JsonNode current = get(useA ? a : b, story);
                for (int n = 1; n <= savesEach; n++) {
                    String marker = "Client " + client + " save " + n + ".";
                    for (int attempt = 0; ; attempt++) {
                        assertThat(attempt).as("client %d save %d keeps being refused", client, n).isLessThan(50);
                        List<String> text = new ArrayList<>(List.of(current.get("body").asString().split("\n\n")));
                        text.set(paragraph, marker);
                        String key = "c" + client + "-s" + n + "-" + attempt;
                        HttpResponse<String> answer = null;
                        AppProcess node = useA && !aDown.get() ? a : b;
                        while (answer == null || answer.statusCode() == 429) {
                            if (answer != null) { // busy checking passwords: wait as told, send the same again
                                Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After")
                                        .orElse("1")));
                            }
                            try {
                                answer = save(node, "editor", story, current.get("revision").asInt(),
                                        String.join("\n\n", text), key);
                            } catch (IOException nodeGone) {
                                assertThat(node).as("only node A goes away").isSameAs(a);
                                refusedByA.incrementAndGet();
                                // As the load balancer would: the same request, with its key, to B.
                                useA = false;
                                node = b;
                                answer = null;
                            }
                        }
                        JsonNode reply = JSON.readTree(answer.body());
                        if (answer.statusCode() == 201) {
                            acks.add(new Ack(story, reply.get("revision").asInt(), marker));
                            if (node == a) {
                                ackedByA.incrementAndGet();
                            }
                            lastSave.put(client, n);
                            current = reply;
                            break;
                        }
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                        current = reply.get("current");
                    }
                }
                return null;
            }));
        }
        // Node A dies mid-run, once a quarter of the saves are in.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acks.size() < clients * savesEach / 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int acksBeforeKill = acks.size();
        aDown.set(true);
        a.killMinusNine();
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        record("two nodes: " + acks.size() + " saves acknowledged by 50 clients, " + acksBeforeKill
                + " before node A was killed (" + ackedByA.get() + " by A), " + refusedByA.get()
                + " requests cut off by the kill and sent again to B");

        assertThat(acksBeforeKill).isGreaterThan(0);
        assertThat(ackedByA.get()).as("node A took part before it died").isPositive();
        assertThat(lastSave).hasSize(clients).allSatisfy((client, n) -> assertThat(n).isEqualTo(savesEach));
        try (Connection db = PostgresServer.connect(database)) {
            for (Ack ack : acks) {
                try (PreparedStatement q = db.prepareStatement(
                        "select body from revision where story_id = ? and number = ?")) {
                    q.setLong(1, ack.story());
                    q.setInt(2, ack.revision());
                    try (ResultSet rs = q.executeQuery()) {
                        assertThat(rs.next()).as("acknowledged revision %s is in the database", ack).isTrue();
                        assertThat(rs.getString(1)).as("revision %s holds its save", ack).contains(ack.marker());
                    }
                }
            }
            for (long story : hot) {
                // Revisions are numbered without a gap, and the last holds every client's last save.
                assertThat(count(db, "select count(*) from revision where story_id = " + story))
                        .isEqualTo(count(db, "select max(number) from revision where story_id = " + story));
            }
        }
        for (int c = 0; c < clients; c++) {
            assertThat(get(b, hot.get(c % storiesCount)).get("body").asString())
                    .contains("Client " + c + " save " + savesEach + ".");
        }
    }

    private static long create(AppProcess node, String headline, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node.baseUrl + "api/stories?title="
                        + URLEncoder.encode(headline, StandardCharsets.UTF_8)))
                .header("Authorization", Browser.basic("editor")).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static JsonNode get(AppProcess node, long id) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node.baseUrl + "api/stories/" + id))
                .header("Authorization", Browser.basic("editor")).GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        while (response.statusCode() == 429) { // the node is busy checking passwords: wait as told
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> save(AppProcess node, String user, long id, int base, String body, String key)
            throws IOException, InterruptedException {
        var json = JSON.writeValueAsString(Map.of("baseRevision", base, "body", body));
        var request = HttpRequest.newBuilder(URI.create(node.baseUrl + "api/stories/" + id + "/revisions"))
                .header("Authorization", Browser.basic(user)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(Connection db, String sql) throws Exception {
        try (var q = db.createStatement(); ResultSet rs = q.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void record(String line) throws IOException {
        System.out.println("Copydesk " + line);
        Files.writeString(AppProcess.TARGET.resolve("two-nodes.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
