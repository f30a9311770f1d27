package dev.copydesk.story;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.copydesk.TestUsers;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import dev.copydesk.text.Body;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A desk of 100,000 stories ({@code -Ddesk.stories}): the queries the desk grid and the review queue run, timed
 * server side (the service calls a page of the grid makes: its rows and its count), then again after importing
 * 10,000 more ({@code -Ddesk.imports}) through {@code POST /api/stories}. Run on H2 ({@link DeskScaleH2Benchmark}) and
 * on PostgreSQL ({@link DeskScalePostgresBenchmark}); goal: each query ≤ 200 ms.
 */
abstract class DeskScaleBenchmark {

    private static final int STORIES = Integer.getInteger("desk.stories", 100_000);
    private static final int IMPORTS = Integer.getInteger("desk.imports", 10_000);
    private static final String[] PLACES = {"Harbour", "Council", "Ferry", "School", "Hospital", "Bridge", "Market",
            "Station", "Library", "Stadium", "River", "Airport"};
    private static final String[] EVENTS = {"reopens", "closes", "votes on budget", "fire under control",
            "strike ends", "plans approved", "delays", "wins award", "floods", "expands"};
    private static final StoryStatus[] STATUSES = StoryStatus.values();

    @Autowired
    StoryService stories;
    @Autowired
    ReviewService workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${local.server.port}")
    int port;

    abstract String database();

    @Test
    void measure() throws Exception {
        long t0 = System.nanoTime();
        bulkLoad(STORIES);
        System.out.printf(Locale.ROOT, "BENCH desk %s: %,d stories loaded by JDBC batches in %.1f s%n", database(),
                STORIES, (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze");
        queries("after loading " + String.format(Locale.ROOT, "%,d", STORIES));

        long t1 = System.nanoTime();
        int imported = importThroughApi(IMPORTS);
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "BENCH desk %s: %,d stories imported through POST /api/stories in %.1f s "
                + "(%.0f/s, 4 clients)%n", database(), imported, seconds, imported / seconds);
        queries("after importing " + String.format(Locale.ROOT, "%,d", imported) + " more");
    }

    private void queries(String when) {
        time(when, "desk, first page (newest change first) + count", () -> {
            var page = stories.list(new StoryFilter(null, null),
                    PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "updatedAt")));
            return page.size() + stories.count(new StoryFilter(null, null));
        });
        time(when, "desk, status filter (in review) + count", () -> {
            var filter = new StoryFilter(StoryStatus.IN_REVIEW, null);
            return stories.list(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "updatedAt"))).size()
                    + stories.count(filter);
        });
        time(when, "desk, headline search (\"ferry strike\") + count", () -> {
            var filter = new StoryFilter(null, "ferry strike");
            return stories.list(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "updatedAt"))).size()
                    + stories.count(filter);
        });
        time(when, "desk, page 100 of the newest", () -> (long) stories.list(new StoryFilter(null, null),
                PageRequest.of(100, 50, Sort.by(Sort.Direction.DESC, "updatedAt"))).size());
        time(when, "review queue, first page + size", () -> (long) workflow.reviewQueue(PageRequest.of(0, 50)).size()
                + workflow.reviewQueueSize());
    }

    private void time(String when, String what, Supplier<Long> query) {
        long[] ms = new long[15];
        long result = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            result = TestUsers.as("admin", Role.ADMIN, query);
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        long[] warm = Arrays.copyOfRange(ms, 5, ms.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "BENCH desk %s %s: %s: first %.1f ms, warm median %.1f ms, max %.1f ms (%d)%n",
                database(), when, what, ms[0] / 1e3, warm[warm.length / 2] / 1e3, warm[warm.length - 1] / 1e3, result);
    }

    /** Stories and their first revisions as the import writes them, in JDBC batches (the import is timed apart). */
    private void bulkLoad(int count) {
        Long maxId = jdbc.queryForObject("select coalesce(max(id), 0) from story", Long.class);
        long base = maxId == null ? 0 : maxId;
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int batch = 2_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> storyRows = new ArrayList<>();
            List<Object[]> revisionRows = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                long id = base + i + 1;
                String headline = PLACES[i % PLACES.length] + " " + EVENTS[(i / 7) % EVENTS.length] + " (" + i + ")";
                String body = "The " + PLACES[i % PLACES.length].toLowerCase(Locale.ROOT) + " story number " + i
                        + " began on a Monday.\n\nOfficials said more would follow.\n\nResidents were told to wait.";
                StoryStatus status = STATUSES[i % 13 == 0 ? 1 : i % 29 == 0 ? 3 : 0];
                Timestamp at = Timestamp.from(start.plusSeconds(i * 60L));
                storyRows.add(new Object[] {id, headline, "Wire " + (i % 20), status.name(), at, at,
                        status == StoryStatus.IN_REVIEW ? "editor" : null, status == StoryStatus.IN_REVIEW ? at : null});
                Body parsed = Body.parse(body);
                revisionRows.add(new Object[] {id, headline, parsed.text(), BlockCodec.encode(parsed), body, at});
            }
            jdbc.batchUpdate("insert into story (id, version, headline, source, status, current_revision, last_editor, "
                    + "created_at, updated_at, submitted_by, submitted_at) values (?, 0, ?, ?, ?, 1, 'editor', ?, ?, ?, ?)",
                    storyRows);
            jdbc.batchUpdate("insert into revision (version, story_id, number, headline, body, blocks, raw_text, author, "
                    + "created_at) values (0, ?, 1, ?, ?, ?, ?, 'editor', ?)", revisionRows);
        }
        // Identity columns go on after the ids written here.
        if (database().equals("PostgreSQL")) {
            jdbc.execute("select setval(pg_get_serial_sequence('story', 'id'), (select max(id) from story))");
        } else {
            jdbc.execute("alter table story alter column id restart with " + (base + count + 1));
        }
    }

    private int importThroughApi(int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        AtomicInteger created = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < count; ) {
                        String title = "Imported " + PLACES[i % PLACES.length] + " " + EVENTS[i % EVENTS.length] + " " + i;
                        String text = "The imported story " + i + " tells of the " + PLACES[(i + 3) % PLACES.length]
                                .toLowerCase(Locale.ROOT) + ".\n\nIt has a second paragraph, number " + i + ".";
                        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stories?title="
                                        + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&source=Bench"))
                                .header("Authorization", auth).header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            created.incrementAndGet();
                        } else {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (var client : clients) {
                client.get();
            }
        }
        return created.get();
    }
}
