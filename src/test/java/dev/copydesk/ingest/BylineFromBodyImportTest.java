package dev.copydesk.ingest;

import static dev.copydesk.ingest.format.Fixtures.utf8;
import static dev.copydesk.ingest.format.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.Supplier;

import dev.copydesk.IntegrationTest;
import dev.copydesk.TestUsers;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.cleanup.Rule;
import dev.copydesk.ingest.source.IngestPoller;
import dev.copydesk.ingest.source.IngestSource;
import dev.copydesk.ingest.source.IngestSourceService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryService;
import dev.copydesk.text.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of import fills the byline field from a byline line further down the body when the story names none
 * (issue: "the byline field is filled when the byline is found in the body"); the body, revision 1, stays as
 * received, and the cleanup engine still offers to remove the line.
 */
@IntegrationTest
class BylineFromBodyImportTest {

    private static final String LEDE = "The ring road bridge over the canal reopened on Wednesday after nine months of "
            + "repairs, two weeks earlier than the city had promised.";
    private static final String MORE = "Engineers replaced all four bearings and the expansion joints, which had "
            + "cracked in the frost of the winter before last.";

    @Autowired
    ImportService imports;
    @Autowired
    StoryService stories;
    @Autowired
    CleanupService cleanup;
    @Autowired
    IngestSourceService sources;
    @Autowired
    IngestPoller poller;

    private static <T> T editor(Supplier<T> work) {
        return TestUsers.as("editor", Role.EDITOR, work);
    }

    private static String tag() {
        return Long.toString(System.nanoTime());
    }

    @Test
    void pasted_text_with_the_byline_under_a_repeated_headline_and_a_caption_gets_it_in_the_field_and_keeps_the_line() {
        String headline = "Canal bridge reopens early " + tag();
        String text = headline + "\n\n" + headline + "\n\nThe bridge from the east bank on Wednesday. Photo: Lea "
                + "Brandt\n\nBy Henrik Aalto -\n\n" + LEDE + "\n\n" + MORE;
        ImportReport report = editor(() -> imports.importPasted(text, "Baltic Wire", null));

        StoryDetails story = report.story();
        assertThat(story.byline()).isEqualTo("By Henrik Aalto");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("\u201cBy Henrik Aalto\u201d")
                .contains("byline field"));
        var first = editor(() -> stories.revision(story.id(), 1));
        assertThat(first.byline()).isEqualTo("By Henrik Aalto");
        assertThat(first.body()).as("revision 1 is the text as received, the byline line in it")
                .isEqualTo(Body.canonical(text.substring(text.indexOf("\n\n") + 2)))
                .contains("\n\nBy Henrik Aalto -\n\n");
        assertThat(first.rawText()).isEqualTo(text);
        var findings = editor(() -> cleanup.analyze(story.headline(), story.body())).findings();
        assertThat(findings).as("the engine still offers to take the line out of the text")
                .anySatisfy(f -> {
                    assertThat(f.rule().effect()).isEqualTo(Rule.Effect.MOVES_BYLINE);
                    assertThat(story.body().substring(f.start(), f.end())).startsWith("By Henrik Aalto -");
                });
    }

    @Test
    void a_byline_after_a_dateline_or_as_the_first_paragraph_under_a_given_title_is_taken() {
        StoryDetails dated = editor(() -> imports.importText("Canal bridge reopens " + tag() + "\n\nHELSINKI, Dec 2"
                + "\n\nHenrik Aalto, Reuters\n\n" + LEDE, "Baltic Wire", null));
        assertThat(dated.byline()).isEqualTo("Henrik Aalto, Reuters");
        StoryDetails titled = editor(() -> imports.importText("BY HENRIK AALTO\n\n" + LEDE + "\n\n" + MORE,
                "Baltic Wire", "Canal bridge reopens " + tag()));
        assertThat(titled.byline()).isEqualTo("BY HENRIK AALTO");
        assertThat(titled.body()).startsWith("BY HENRIK AALTO\n\n");
    }

    @Test
    void a_byline_already_named_stays_and_the_line_in_the_body_does_not_replace_it() {
        StoryDetails pasted = editor(() -> imports.importText("Canal bridge reopens " + tag() + "\nBy Henrik Aalto\n\n"
                + "HELSINKI\n\nBy Marja Koskinen\n\n" + LEDE, "Baltic Wire", null));
        assertThat(pasted.byline()).isEqualTo("By Henrik Aalto");
        assertThat(pasted.body()).contains("By Marja Koskinen");

        String nitf = "<nitf><body><body.head><hedline><hl1>Canal bridge reopens " + tag() + "</hl1></hedline>"
                + "<byline>Henrik Aalto</byline></body.head><body.content><p>By Marja Koskinen</p><p>" + LEDE
                + "</p></body.content></body></nitf>";
        ImportReport report = editor(() -> imports.importDocument(new ByteArrayInputStream(utf8(nitf)),
                new ImportRequest("application/xml", "bridge.xml", "Baltic Wire", null, null)));
        assertThat(report.story().byline()).isEqualTo("Henrik Aalto");
        assertThat(report.notes()).noneSatisfy(n -> assertThat(n).contains("byline field"));
    }

    @Test
    void sentences_with_by_quotes_headline_like_lines_and_a_byline_in_paragraph_six_leave_the_field_empty() {
        String[] bodies = {
                "Written by the committee in 1999, the report was never made public.\n\n" + LEDE,
                "By Tuesday the river had risen\n\n" + LEDE,
                "\u201cBy Friday the trams will be back,\u201d said the mayor, Anna Virtanen.\n\n" + LEDE,
                "HELSINKI\n\nBridge Repairs Finished in Helsinki\n\n" + LEDE,
                LEDE + "\n\n" + MORE + "\n\nThe bridge opened in 1968.\n\nIt carries 40,000 cars a day.\n\n"
                        + "A cycle lane follows in spring.\n\nBy Henrik Aalto\n\nEnd."};
        for (String body : bodies) {
            ImportReport report = editor(() -> imports.importPasted("Canal bridge reopens " + tag() + "\n\n" + body,
                    "Baltic Wire", null));
            assertThat(report.story().byline()).as(body).isNull();
            assertThat(report.notes()).as(body).noneSatisfy(n -> assertThat(n).contains("byline field"));
        }
    }

    @Test
    void a_web_page_and_nitf_and_newsml_with_no_byline_metadata_take_the_one_at_the_top_of_the_body() {
        String page = "<html><head><title>Canal bridge reopens " + tag() + "</title></head><body><article><h1>Canal "
                + "bridge reopens</h1><p>By Henrik Aalto</p><p>" + LEDE + "</p><p>" + MORE + "</p></article></body>"
                + "</html>";
        ImportReport html = editor(() -> imports.importDocument(new ByteArrayInputStream(utf8(page)),
                new ImportRequest("text/html; charset=UTF-8", "bridge.html", "Baltic Wire", null, null)));
        assertThat(html.story().byline()).contains("Henrik Aalto");

        String nitf = "<nitf><body><body.head><hedline><hl1>Canal bridge reopens " + tag() + "</hl1></hedline>"
                + "<dateline>HELSINKI</dateline></body.head><body.content><p>By Henrik Aalto, Transport "
                + "Correspondent</p><p>" + LEDE + "</p></body.content></body></nitf>";
        ImportReport fromNitf = editor(() -> imports.importDocument(new ByteArrayInputStream(utf8(nitf)),
                new ImportRequest("application/xml", "bridge.xml", "Baltic Wire", null, null)));
        assertThat(fromNitf.story().byline()).isEqualTo("By Henrik Aalto, Transport Correspondent");
        assertThat(fromNitf.story().body()).startsWith("By Henrik Aalto, Transport Correspondent\n\n");

        String g2 = "<newsItem guid=\"urn:bridge:" + tag() + "\"><itemMeta><provider literal=\"Baltic Wire\"/>"
                + "</itemMeta><contentMeta><headline>Canal bridge reopens " + tag() + "</headline></contentMeta>"
                + "<contentSet><inlineData contenttype=\"text/plain\">HELSINKI\n\nBy Henrik Aalto |\n\n" + LEDE
                + "\n</inlineData></contentSet></newsItem>";
        ImportReport fromG2 = editor(() -> imports.importDocument(new ByteArrayInputStream(utf8(g2)),
                new ImportRequest("application/xml", "bridge-g2.xml", null, "Feed", null)));
        assertThat(fromG2.story().byline()).isEqualTo("By Henrik Aalto");
        assertThat(fromG2.story().body()).isEqualTo("HELSINKI\n\nBy Henrik Aalto |\n\n" + LEDE);
    }

    @Test
    void a_zip_batch_and_a_watched_folder_fill_it_the_same_way(@TempDir Path dir) throws Exception {
        byte[] archive = zip("bridge.txt", "Canal bridge reopens " + tag() + "\n\nHELSINKI\n\nBy Henrik Aalto\n\n"
                + LEDE, "plain.txt", "Ferry timetable changes " + tag() + "\n\nBy Sunday the winter timetable "
                + "applies on every route.");
        BatchReport batch = editor(() -> imports.importBatch(new ByteArrayInputStream(archive),
                new ImportRequest("application/zip", "batch.zip", "Baltic Wire", null, null),
                BatchReport.Progress.NONE));
        assertThat(batch.created()).hasSize(2);
        var bridge = batch.created().stream().filter(c -> c.entry().equals("bridge.txt")).findFirst().orElseThrow();
        var plain = batch.created().stream().filter(c -> c.entry().equals("plain.txt")).findFirst().orElseThrow();
        assertThat(editor(() -> stories.get(bridge.id())).byline()).isEqualTo("By Henrik Aalto");
        assertThat(editor(() -> stories.get(plain.id())).byline()).isNull();

        String tag = tag();
        Path file = Files.writeString(dir.resolve("bridge.txt"), "Canal bridge reopens " + tag
                + "\n\nHELSINKI\n\nThe bridge from the east bank. Photo: Lea Brandt\n\nWritten by Henrik Aalto\n\n"
                + LEDE);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        var source = TestUsers.as("admin", Role.ADMIN, () -> sources.add("Bridge folder " + tag,
                IngestSource.Kind.FOLDER, dir.toString(), 60));
        assertThat(poller.poll(source.id(), Instant.now()).imported()).isEqualTo(1);
        long id = TestUsers.as("admin", Role.ADMIN, () -> sources.items(source.id(), 10)).getFirst().storyId();
        StoryDetails fed = editor(() -> stories.get(id));
        assertThat(fed.byline()).isEqualTo("Written by Henrik Aalto");
        assertThat(fed.body()).contains("\n\nWritten by Henrik Aalto\n\n");
    }
}
