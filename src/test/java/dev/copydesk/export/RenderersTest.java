package dev.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every format is valid and inert whatever the story contains; NITF and ninjs pass their IPTC schemas. */
class RenderersTest {

    static final String HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)> ]]> & \"quotes\" 'single'"
            + " \u0007bell \u0000nul # not a heading * not a list [link](http://x) `code`";
    static final ExportDocument DOC = new ExportDocument(42, 3, "Headline with <b>tags</b> & \"quotes\"",
            "By Jane <Doe>", List.of(HOSTILE, "- not a list item", "1. not a number"), "wire",
            Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T12:30:00Z"));

    @Test
    void html_is_a_complete_escaped_document_with_nothing_executable() {
        String html = Renderers.render(ExportFormat.HTML, DOC);
        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("script, img, [onerror], b")).isEmpty();
        assertThat(parsed.select("article > h1").text()).isEqualTo("Headline with <b>tags</b> & \"quotes\"");
        assertThat(parsed.select("article > p").get(1).text()).startsWith("<script>alert('x')</script>");
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("\u0007").doesNotContain("\u0000");
    }

    @Test
    void nitf_validates_against_the_nitf_3_6_schema_and_keeps_the_text() throws Exception {
        String xml = Renderers.render(ExportFormat.NITF, DOC);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/standards/nitf/nitf-3-6.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        var dom = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        var parsed = dom.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        assertThat(parsed.getElementsByTagNameNS(Renderers.NITF_NS, "hl1").item(0).getTextContent())
                .isEqualTo(DOC.headline());
        assertThat(parsed.getElementsByTagNameNS(Renderers.NITF_NS, "p").getLength()).isEqualTo(3);
        assertThat(parsed.getElementsByTagNameNS(Renderers.NITF_NS, "p").item(0).getTextContent()).contains("]]> &");
    }

    @Test
    void ninjs_validates_against_the_ninjs_2_2_schema() {
        String json = Renderers.render(ExportFormat.NINJS, DOC);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(getClass().getResourceAsStream("/standards/ninjs/ninjs-schema_2.2.json"));
        var node = JsonMapper.builder().build().readTree(json);
        assertThat(schema.validate(node)).isEmpty();
        assertThat(node.get("headlines").get(0).get("value").asText()).isEqualTo(DOC.headline());
        assertThat(node.get("bodies").get(0).get("value").asText()).contains("<script>").doesNotContain("\u0007");
    }

    @Test
    void markdown_escapes_what_markdown_would_interpret() {
        String md = Renderers.render(ExportFormat.MARKDOWN, DOC);
        assertThat(md).startsWith("# Headline with \\<b\\>tags\\</b\\> & \"quotes\"\n\n*By Jane \\<Doe\\>*");
        assertThat(md).contains("\\<script\\>").contains("\\# not a heading").contains("\\[link\\]")
                .contains("\\`code\\`").contains("\n\\- not a list item").contains("\n\\1. not a number");
    }

    @Test
    void text_is_headline_byline_and_paragraphs_with_blank_lines() {
        String text = Renderers.render(ExportFormat.TEXT, new ExportDocument(1, 2, "Head", "By Me",
                List.of("One.", "Two."), "s", Instant.EPOCH, Instant.EPOCH));
        assertThat(text).isEqualTo("Head\n\nBy Me\n\nOne.\n\nTwo.\n");
    }
}
