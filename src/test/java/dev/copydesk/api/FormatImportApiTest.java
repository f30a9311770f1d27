package dev.copydesk.api;

import static dev.copydesk.ingest.format.Fixtures.bytes;
import static dev.copydesk.ingest.format.Fixtures.utf8;
import static dev.copydesk.ingest.format.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.copydesk.IntegrationTest;
import dev.copydesk.story.StoryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 over HTTP: web pages, NITF and NewsML-G2 on POST /api/stories, ZIP batches on POST /api/imports, and
 * hostile or mislabelled input answered with a clear message and nothing stored.
 */
@IntegrationTest
class FormatImportApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StoryRepository storyRows;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    private ApiCalls.Reply post(String path, String contentType, byte[] body) throws Exception {
        return api.send("editor", "POST", path, contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                body);
    }

    @Test
    void a_web_page_becomes_its_article_with_headline_byline_and_the_site_as_source() throws Exception {
        var reply = post("/api/stories", "text/html; charset=UTF-8", bytes("html/news-page.html"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode story = reply.json();
        assertThat(story.get("title").asText()).isEqualTo("Library reopens after flood repairs");
        assertThat(story.get("byline").asText()).isEqualTo("Tom Okafor");
        assertThat(story.get("source").asText()).isEqualTo("The Riverside Gazette");
        assertThat(story.get("originalId").asText()).isEqualTo("https://gazette.example/news/library-reopens");
        assertThat(story.get("body").asText()).startsWith("The central library reopened on Saturday")
                .doesNotContain("Share on Facebook").doesNotContain("All rights reserved");
        var raw = api.get("editor", "/api/stories/" + story.get("id").asLong() + "/revisions/1");
        assertThat(raw.json().get("rawText").asText()).as("the page is kept as the upload").contains("<nav>");
    }

    @Test
    void nitf_and_newsml_g2_come_in_as_application_xml_and_a_named_source_wins_over_the_agency() throws Exception {
        var nitf = post("/api/stories?source=Nordic%20desk", "application/xml", bytes("nitf/harbour-strike.xml"));
        assertThat(nitf.status()).as(nitf.text()).isEqualTo(201);
        assertThat(nitf.json().get("title").asText()).isEqualTo("Harbour strike halts ferries & freight");
        assertThat(nitf.json().get("dateline").asText()).isEqualTo("GOTHENBURG, Nov 30");
        assertThat(nitf.json().get("source").asText()).isEqualTo("Nordic desk");
        var g2 = post("/api/stories", null, bytes("newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));
        assertThat(g2.status()).as("no Content-Type: the bytes decide").isEqualTo(201);
        assertThat(g2.json().get("source").asText()).isEqualTo("www.xmlteam.com");
        assertThat(g2.json().get("originalId").asText()).isEqualTo("tag:xmlteam.com,2016:xt.5932656-preview");
    }

    @Test
    void a_document_with_no_headline_takes_its_first_paragraph_and_keeps_the_byline_under_it() throws Exception {
        String nitf = "<nitf><body><body.content><p>Ferries halted by the strike</p><p>By Jane Doe</p>"
                + "<p>No ferry left the harbour on Monday.</p></body.content></body></nitf>";
        var reply = post("/api/stories", "application/xml", utf8(nitf));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("title").asText()).isEqualTo("Ferries halted by the strike");
        assertThat(reply.json().get("byline").asText()).contains("Jane Doe");
        assertThat(reply.json().get("body").asText()).isEqualTo("No ferry left the harbour on Monday.");
        assertThat(reply.json().get("notes").get(0).asText()).contains("first paragraph became the headline");
        var unusable = api.send("editor", "POST", "/api/imports", Map.of("Content-Type", "text/plain; charset=klingon"),
                utf8("H\n\nB."));
        assertThat(unusable.status()).isEqualTo(415);
    }

    @Test
    void hostile_broken_or_mislabelled_documents_answer_400_or_415_and_store_nothing() throws Exception {
        long before = storyRows.count();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>";
        var refused = post("/api/stories", "application/xml", utf8(xxe));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("declares entities").doesNotContain("root:");
        var truncated = post("/api/stories", "application/xml", utf8("<?xml version=\"1.0\"?><nitf><body><p>Cut"));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.json().get("message").asText()).contains("not well-formed");
        var zipAsHtml = post("/api/stories", "text/html", zip("a.txt", "H\n\nB."));
        assertThat(zipAsHtml.status()).isEqualTo(400);
        assertThat(zipAsHtml.json().get("message").asText()).contains("sent as text/html").contains("ZIP");
        var zipHere = post("/api/stories", "application/zip", zip("a.txt", "H\n\nB."));
        assertThat(zipHere.status()).isEqualTo(415);
        assertThat(zipHere.json().get("message").asText()).contains("POST /api/imports");
        var pdf = post("/api/stories", "application/pdf", utf8("%PDF-1.4"));
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(storyRows.count()).isEqualTo(before);
    }

    @Test
    void a_zip_batch_imports_every_good_entry_and_reports_every_bad_one_by_name() throws Exception {
        byte[] archive = zip(
                "wire/strike.xml", bytes("nitf/harbour-strike.xml"),
                "wire/sports.xml", bytes("newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml"),
                "web/library.html", bytes("html/news-page.html"),
                "desk/council.txt", "Council votes on bus lanes\n\nThe council voted on Monday to add three bus lanes.",
                "wire/broken.xml", "<?xml version=\"1.0\"?><nitf><body>",
                "wire/empty.xml", "",
                "old/archive.zip", zip("x.txt", "X\n\nY."),
                "__MACOSX/wire/._strike.xml", "resource fork");
        var reply = post("/api/imports?source=Batch%20test", "application/zip", archive);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode report = reply.json();
        List<String> created = new ArrayList<>();
        report.get("created").forEach(c -> created.add(c.get("entry").asText() + "=" + c.get("format").asText()));
        assertThat(created).containsExactly("wire/strike.xml=NITF", "wire/sports.xml=NEWSML", "web/library.html=HTML",
                "desk/council.txt=TEXT");
        for (JsonNode c : report.get("created")) {
            var story = api.get("editor", "/api/stories/" + c.get("id").asLong());
            assertThat(story.status()).isEqualTo(200);
            assertThat(story.json().get("source").asText()).isEqualTo("Batch test");
            assertThat(story.json().get("title").asText()).isEqualTo(c.get("title").asText());
        }
        List<String> refused = new ArrayList<>();
        report.get("refused").forEach(r -> refused.add(r.get("entry").asText() + ": " + r.get("message").asText()));
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0)).startsWith("wire/broken.xml: ").contains("not well-formed");
        assertThat(refused.get(1)).startsWith("wire/empty.xml: ").contains("empty");
        assertThat(refused.get(2)).startsWith("old/archive.zip: ").contains("nested");
        assertThat(report.get("skipped").get(0).asText()).isEqualTo("__MACOSX/wire/._strike.xml");
    }

    @Test
    void a_zip_bomb_or_a_cut_off_archive_is_refused_whole_and_a_reviewer_cannot_import() throws Exception {
        long before = storyRows.count();
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("good.txt"));
            z.write(utf8("A good story\n\nIt would be imported, were it not for its neighbour."));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        var bomb = post("/api/imports", "application/zip", out.toByteArray());
        assertThat(bomb.status()).isEqualTo(413);
        assertThat(bomb.json().get("message").asText()).contains("zip bomb").contains("Nothing was imported");
        byte[] whole = zip("a.txt", "Alpha story\n\n" + "Text. ".repeat(400), "b.txt", "Beta\n\nText.");
        var cut = post("/api/imports", "application/zip", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.json().get("message").asText()).contains("damaged or cut short");
        assertThat(storyRows.count()).as("nothing half-stored").isEqualTo(before);
        var reviewer = api.send("reviewer", "POST", "/api/imports", Map.of("Content-Type", "application/zip"),
                zip("a.txt", "H\n\nB."));
        assertThat(reviewer.status()).isEqualTo(403);
    }
}
