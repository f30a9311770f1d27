package dev.copydesk.ingest.source;

import static dev.copydesk.ingest.format.Fixtures.bytes;
import static dev.copydesk.ingest.format.Fixtures.utf8;
import static dev.copydesk.ingest.format.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Feeds and folders against a feed and pages this test serves on 127.0.0.1, and a temporary folder. */
@IntegrationTest
class IngestPollerTest {

    @Autowired
    IngestSourceService service;
    @Autowired
    IngestPoller poller;
    @Autowired
    StoryService stories;

    private HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            byte[] body = pages.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") && !path.contains("feed")
                        ? "application/xml" : path.contains("feed") ? "application/rss+xml" : "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static byte[] page(String headline, String text) {
        return utf8("<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1><p>"
                + (text + " ").repeat(6) + "</p></article></body></html>");
    }

    private byte[] rss(String... guidAndPath) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < guidAndPath.length; i += 2) {
            items.append("<item><title>Item ").append(i / 2).append("</title><guid>").append(guidAndPath[i])
                    .append("</guid><link>").append(base).append(guidAndPath[i + 1]).append("</link></item>");
        }
        return utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>" + items
                + "</channel></rss>");
    }

    @Test
    void a_feed_imports_each_item_once_retries_a_failing_one_with_back_off_and_skips_the_same_story_twice() {
        String tag = Long.toString(System.nanoTime());
        pages.put("/a", page("Tram line opens " + tag, "The new tram line opened on Monday with free rides all day."));
        pages.put("/b", page("Market hall sold " + tag, "The council sold the old market hall to a housing trust."));
        pages.put("/b-again", pages.get("/b"));
        pages.put("/feed.xml", rss("g-a-" + tag, "/a", "g-b-" + tag, "/b", "g-c-" + tag, "/c", "g-d-" + tag,
                "/b-again"));
        var source = TestUsers.as("admin", Role.ADMIN, () -> service.add("Test wire " + tag, IngestSource.Kind.FEED,
                base + "/feed.xml", 300));
        Instant t0 = Instant.parse("2026-12-02T10:00:00Z");

        IngestPoller.Result first = poller.poll(source.id(), t0);
        assertThat(first).isEqualTo(new IngestPoller.Result(2, 1, 1, null));
        List<IngestSourceService.ItemRow> rows = TestUsers.as("admin", Role.ADMIN, () -> service.items(source.id(), 10));
        var failed = rows.stream().filter(r -> r.status() == IngestItem.Status.FAILED).findFirst().orElseThrow();
        assertThat(failed.lastError()).contains("HTTP 404").contains("/c");
        assertThat(failed.nextAttemptAt()).as("a minute after it failed").isBetween(t0.plusSeconds(60),
                t0.plusSeconds(90));
        var imported = rows.stream().filter(r -> r.status() == IngestItem.Status.IMPORTED).toList();
        assertThat(imported).hasSize(2);
        var story = TestUsers.as("editor", Role.EDITOR, () -> stories.get(imported.getFirst().storyId()));
        assertThat(story.source()).isEqualTo("Test wire " + tag);
        assertThat(story.lastEditor()).isEqualTo(IngestPoller.INGEST_USER);

        assertThat(poller.poll(source.id(), t0.plusSeconds(30))).as("nothing new, the failure not yet due")
                .isEqualTo(new IngestPoller.Result(0, 0, 0, null));
        assertThat(hits.get("/a")).isEqualTo(1);
        pages.put("/c", page("Ferry returns " + tag, "The island ferry is back in service after its repairs."));
        assertThat(poller.poll(source.id(), t0.plusSeconds(91))).isEqualTo(new IngestPoller.Result(1, 0, 0, null));
        var source2 = TestUsers.as("admin", Role.ADMIN, () -> service.list()).stream()
                .filter(s -> s.id() == source.id()).findFirst().orElseThrow();
        assertThat(source2.imported()).isEqualTo(3);
        assertThat(source2.duplicates()).isEqualTo(1);
        assertThat(source2.nextPollAt()).isBetween(t0.plusSeconds(91 + 300), t0.plusSeconds(91 + 330));

        TestUsers.as("admin", Role.ADMIN, () -> {
            service.remove(source.id());
            return null;
        });
        var again = TestUsers.as("admin", Role.ADMIN, () -> service.add("Test wire again " + tag,
                IngestSource.Kind.FEED, base + "/feed.xml", 300));
        assertThat(poller.poll(again.id(), t0.plusSeconds(1000)))
                .as("removed and added again: what came before is not imported twice")
                .isEqualTo(new IngestPoller.Result(0, 4, 0, null));
    }

    @Test
    void a_feed_link_to_another_private_address_is_not_fetched_and_relative_links_are_the_feeds_own() {
        String tag = Long.toString(System.nanoTime());
        pages.put("/rel", page("Relative link works " + tag, "A link without a host belongs to the feed's own site."));
        pages.put("/private-feed.xml", utf8("<rss version=\"2.0\"><channel><item><guid>p-" + tag + "</guid><link>"
                + "http://127.0.0.2:" + server.getAddress().getPort() + "/a</link></item><item><guid>r-" + tag
                + "</guid><link>/rel</link></item></channel></rss>"));
        var source = TestUsers.as("admin", Role.ADMIN, () -> service.add("Private " + tag, IngestSource.Kind.FEED,
                base + "/private-feed.xml", 300));
        assertThat(poller.poll(source.id(), Instant.parse("2026-12-02T12:00:00Z")))
                .isEqualTo(new IngestPoller.Result(1, 0, 1, null));
        var refused = TestUsers.as("admin", Role.ADMIN, () -> service.items(source.id(), 10)).stream()
                .filter(r -> r.status() == IngestItem.Status.FAILED).findFirst().orElseThrow();
        assertThat(refused.lastError()).contains("private or local address").contains("127.0.0.2");
    }

    @Test
    void a_feed_that_cannot_be_read_waits_longer_each_time_and_a_paused_source_is_not_polled() {
        String tag = Long.toString(System.nanoTime());
        pages.put("/broken-feed.xml", utf8("<html><body>Not a feed</body></html>"));
        var source = TestUsers.as("admin", Role.ADMIN, () -> service.add("Broken " + tag, IngestSource.Kind.FEED,
                base + "/broken-feed.xml", 60));
        Instant t0 = Instant.parse("2026-12-02T11:00:00Z");
        assertThat(poller.poll(source.id(), t0).sourceError()).contains("not a news feed").contains("<html>");
        assertThat(poller.poll(source.id(), t0.plusSeconds(60)).sourceError()).isNotNull();
        var row = TestUsers.as("admin", Role.ADMIN, () -> service.list()).stream()
                .filter(s -> s.id() == source.id()).findFirst().orElseThrow();
        assertThat(row.failures()).isEqualTo(2);
        assertThat(row.nextPollAt()).as("1 minute, then 2").isBetween(t0.plusSeconds(60 + 120),
                t0.plusSeconds(60 + 150));
        TestUsers.as("admin", Role.ADMIN, () -> service.pause(source.id(), true));
        int before = hits.getOrDefault("/broken-feed.xml", 0);
        poller.pollDue(t0.plus(Duration.ofDays(1)));
        assertThat(hits.getOrDefault("/broken-feed.xml", 0)).isEqualTo(before);
    }

    @Test
    void a_watched_folder_imports_new_files_once_including_archives(@TempDir Path dir) throws Exception {
        String tag = Long.toString(System.nanoTime());
        Instant old = Instant.now().minusSeconds(60);
        Path text = Files.writeString(dir.resolve("council.txt"), "Council votes " + tag
                + "\n\nThe council voted on Monday to add three bus lanes.");
        Files.setLastModifiedTime(text, FileTime.from(old));
        Path nitf = Files.write(dir.resolve("strike.xml"), bytes("nitf/harbour-strike.xml"));
        Files.setLastModifiedTime(nitf, FileTime.from(old));
        Path archive = Files.write(dir.resolve("batch.zip"), zip("one.txt", "Snow closes pass " + tag
                + "\n\nSnow closed the pass at noon.", "bad.xml", "<nitf>"));
        Files.setLastModifiedTime(archive, FileTime.from(old));
        Files.writeString(dir.resolve(".hidden"), "skip me");
        Path outside = Files.writeString(Files.createTempFile("outside", ".txt"), "Secret outside\n\nNot for the desk.");
        Files.setLastModifiedTime(outside, FileTime.from(old));
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        Path empty = Files.write(dir.resolve("empty.zip"), zip("bad.xml", "<nitf>"));
        Files.setLastModifiedTime(empty, FileTime.from(old));
        var source = TestUsers.as("admin", Role.ADMIN, () -> service.add("Folder " + tag, IngestSource.Kind.FOLDER,
                dir.toString(), 60));
        Instant now = Instant.now();
        assertThat(poller.poll(source.id(), now)).as("the link is not followed; the archive with nothing good fails")
                .isEqualTo(new IngestPoller.Result(3, 0, 1, null));
        var zipRow = TestUsers.as("admin", Role.ADMIN, () -> service.items(source.id(), 10)).stream()
                .filter(r -> r.key().startsWith("batch.zip")).findFirst().orElseThrow();
        assertThat(zipRow.lastError()).contains("1 stories imported, 1 refused").contains("bad.xml");
        assertThat(poller.poll(source.id(), now.plusSeconds(30))).isEqualTo(new IngestPoller.Result(0, 0, 0, null));
        Path later = Files.writeString(dir.resolve("later.txt"), "Later story " + tag + "\n\nIt came later.");
        Files.setLastModifiedTime(later, FileTime.from(now.minusSeconds(5)));
        assertThat(poller.poll(source.id(), now.plusSeconds(40)).imported()).isEqualTo(1);
    }

    @Test
    void only_admins_manage_sources_and_bad_settings_are_refused_with_a_reason() {
        assertThatThrownBy(() -> TestUsers.as("editor", Role.EDITOR, () -> service.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> service.add("X", IngestSource.Kind.FEED,
                "file:///etc/passwd", 300))).hasMessageContaining("http://");
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> service.add("Y", IngestSource.Kind.FOLDER,
                "/no/such/folder/here", 300))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> service.add("Z", IngestSource.Kind.FEED,
                base + "/feed.xml", 5))).hasMessageContaining("once a minute");
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> service.add("E", IngestSource.Kind.FEED,
                "  ", 300))).hasMessageContaining("Give the feed's address");
        assertThatThrownBy(() -> TestUsers.as("admin", Role.ADMIN, () -> service.add("K", null, "/tmp", 300)))
                .hasMessageContaining("feed or a folder");
    }
}
