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
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
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
                .contains("\\`code\\`").contains("\n\\- not a list item").contains("\n1\\. not a number");
    }

    /** Text that a Markdown reader would turn into lists, headings, entities or code unless escaped. */
    static final List<String> MARKDOWN_TRAPS = List.of("2024. A year of floods", "1) not a list either",
            "- not a bullet", "+ nor this", "> not a quote", "Fish &amp; chips, &#169; and &copy; at AT&T & co",
            "&#x41; is not an A", "# not a heading", "***", "Subhead\n===", "Line one\n2024. line two",
            "    four spaces are not code", "<b>not bold</b> `not code` *not em* _nor this_ [no](link)",
            "a back\\slash and 3 < 4 > 2", "~~~ not a fence", "| not | a | table |");

    private static String commonmarkHtml(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    @Test
    void markdown_renders_back_to_the_same_text_in_a_commonmark_reader() {
        ExportDocument doc = new ExportDocument(7, 1, "2024. The year & &amp; more", "By 2024. Staff",
                MARKDOWN_TRAPS, "wire", Instant.EPOCH, Instant.EPOCH);
        String html = commonmarkHtml(Renderers.render(ExportFormat.MARKDOWN, doc));
        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("ol, ul, blockquote, pre, code, hr, h2, table, strong, a, b")).as(html).isEmpty();
        assertThat(parsed.select("h1").text()).isEqualTo("2024. The year & &amp; more");
        assertThat(parsed.select("p em").first().text()).isEqualTo("By 2024. Staff");
        var paragraphs = parsed.select("p").stream().skip(1).map(p -> p.wholeText()).toList();
        assertThat(paragraphs).hasSize(MARKDOWN_TRAPS.size());
        for (int i = 0; i < MARKDOWN_TRAPS.size(); i++) {
            assertThat(paragraphs.get(i)).as("paragraph %d in %s", i, html).isEqualTo(MARKDOWN_TRAPS.get(i).strip());
        }
        assertThat(html).contains("<p>2024. A year of floods</p>").contains("Fish &amp;amp; chips, &amp;#169; and &amp;copy;");
    }

    /** Unpaired surrogates (a broken emoji), C0 controls and non-characters cannot appear in XML 1.0 at all. */
    static final String XML_ILLEGAL = "half an emoji \uD83D, a lone low \uDC00, a \u0001 SOH, a \uFFFE and a \uFFFF;"
            + " a whole emoji \uD83D\uDE00 stays";

    @Test
    void nitf_with_xml_illegal_characters_is_still_valid_xml() throws Exception {
        ExportDocument doc = new ExportDocument(8, 2, "Head \uD800 line", "By \u0001Me", List.of(XML_ILLEGAL), "wire",
                Instant.EPOCH, Instant.EPOCH);
        String xml = Renderers.render(ExportFormat.NITF, doc);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/standards/nitf/nitf-3-6.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        var dom = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        String p = dom.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)))
                .getElementsByTagNameNS(Renderers.NITF_NS, "p").item(0).getTextContent();
        assertThat(p).isEqualTo("half an emoji \uFFFD, a lone low \uFFFD, a  SOH, a \uFFFD and a \uFFFD;"
                + " a whole emoji \uD83D\uDE00 stays");
        for (ExportFormat f : ExportFormat.values()) {
            String out = Renderers.render(f, doc);
            assertThat(out.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE || c == 1 || c == 0xFFFE))
                    .as(f.name()).isEmpty();
        }
    }

    @Test
    void text_is_headline_byline_and_paragraphs_with_blank_lines() {
        String text = Renderers.render(ExportFormat.TEXT, new ExportDocument(1, 2, "Head", "By Me",
                List.of("One.", "Two."), "s", Instant.EPOCH, Instant.EPOCH));
        assertThat(text).isEqualTo("Head\n\nBy Me\n\nOne.\n\nTwo.\n");
    }
}
