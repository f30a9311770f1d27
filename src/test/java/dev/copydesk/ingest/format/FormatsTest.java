package dev.copydesk.ingest.format;

import static dev.copydesk.ingest.format.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.ingest.ImportException;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final byte[] PAGE = utf8("<!DOCTYPE html>\n<html><body><p>Text.</p></body></html>");
    private static final byte[] NITF = utf8("<?xml version=\"1.0\"?>\n<!-- wire -->\n<nitf><body/></nitf>");
    private static final byte[] NEWSML = utf8("<?xml version=\"1.0\"?><g2:newsItem xmlns:g2=\"x\"/>");
    private static final byte[] TEXT = utf8("Council meets\n\nThe council met on Monday.");
    private static final byte[] ZIP = Fixtures.zip("a.txt", "Head\n\nBody.");

    @Test
    void a_declared_type_picks_the_reader_and_the_xml_root_tells_nitf_from_newsml() {
        assertThat(Formats.choose("text/html; charset=UTF-8", PAGE, null)).isEqualTo(Format.HTML);
        assertThat(Formats.choose("application/xml", NITF, null)).isEqualTo(Format.NITF);
        assertThat(Formats.choose("text/xml", NEWSML, null)).isEqualTo(Format.NEWSML);
        assertThat(Formats.choose("application/nitf+xml", NITF, null)).isEqualTo(Format.NITF);
        assertThat(Formats.choose("application/zip", ZIP, null)).isEqualTo(Format.ZIP);
        assertThat(Formats.choose("text/plain", TEXT, null)).isEqualTo(Format.TEXT);
    }

    @Test
    void without_a_type_or_with_a_generic_one_the_bytes_decide_then_the_file_name() {
        assertThat(Formats.choose(null, PAGE, null)).isEqualTo(Format.HTML);
        assertThat(Formats.choose("application/octet-stream", NITF, "x.bin")).isEqualTo(Format.NITF);
        assertThat(Formats.choose(null, NEWSML, null)).isEqualTo(Format.NEWSML);
        assertThat(Formats.choose(null, ZIP, "story.txt")).as("ZIP magic beats the name").isEqualTo(Format.ZIP);
        assertThat(Formats.choose(null, TEXT, null)).isEqualTo(Format.TEXT);
        assertThat(Formats.choose(null, TEXT, "story.txt")).isEqualTo(Format.TEXT);
        assertThat(Formats.choose(null, utf8("<div><p>Fragment.</p></div>"), null)).isEqualTo(Format.HTML);
        assertThat(Formats.choose(null, utf8("<div><p>Fragment.</p></div>"), "notes.txt"))
                .as("an unclear start: the name decides").isEqualTo(Format.TEXT);
    }

    @Test
    void a_body_that_is_not_what_its_type_says_is_refused_with_what_it_is() {
        assertThatThrownBy(() -> Formats.choose("text/html", NITF, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("text/html").hasMessageContaining("NITF").hasMessageContaining("application/xml")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.WRONG_TYPE);
        assertThatThrownBy(() -> Formats.choose("application/xml", PAGE, null))
                .hasMessageContaining("web page").hasMessageContaining("text/html");
        assertThatThrownBy(() -> Formats.choose("application/xml", TEXT, null))
                .hasMessageContaining("does not start with an XML element");
        assertThatThrownBy(() -> Formats.choose("application/zip", TEXT, null)).hasMessageContaining("not a ZIP");
        assertThatThrownBy(() -> Formats.choose("text/html", ZIP, null)).hasMessageContaining("is a ZIP archive");
        assertThatThrownBy(() -> Formats.choose("text/html", TEXT, null)).hasMessageContaining("no HTML");
        assertThatThrownBy(() -> Formats.choose(null, TEXT, "feed.xml")).hasMessageContaining(".xml");
    }

    @Test
    void a_type_copydesk_does_not_import_names_the_ones_it_does() {
        assertThatThrownBy(() -> Formats.choose("image/png", utf8("\u0089PNG"), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("image/png")
                .hasMessageContaining("text/html").hasMessageContaining("application/xml")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.NOT_TEXT);
    }
}
