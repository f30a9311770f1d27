package dev.copydesk.export;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One renderer per format. Markup is built by XML, HTML and JSON libraries, never by pasting strings. */
public final class Renderers {

    static final String NITF_NS = "http://iptc.org/std/NITF/2006-10-18/";
    /** XML 1.0 cannot hold most C0 control characters, whatever the escaping: they are dropped. */
    private static final Pattern XML_ILLEGAL_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    /**
     * Nor unpaired surrogates (half an emoji, usually) or U+FFFE/U+FFFF; Java's regex sees a valid pair as one
     * code point, so only broken halves match. They become U+FFFD so a reader can see something was lost.
     */
    private static final Pattern XML_ILLEGAL_CHAR = Pattern.compile("[\\p{Cs}\\uFFFE\\uFFFF]");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    /** Four leading spaces would make an indented code block; Markdown ignores leading blanks on render anyway. */
    private static final Pattern MARKDOWN_INDENT = Pattern.compile("^[ \\t]+", Pattern.MULTILINE);
    /**
     * A list or setext marker at a line start: its punctuation is escaped ("2024\." renders "2024."), since
     * CommonMark escapes only punctuation and a backslash before a digit would stay in the text.
     */
    private static final Pattern MARKDOWN_LINE_START = Pattern.compile("^(?:([-+=])|(\\d+)([.)]))", Pattern.MULTILINE);
    /** An {@code &} that would start a character reference ({@code &amp;}, {@code &#169;}, {@code &#x41;}). */
    private static final Pattern MARKDOWN_ENTITY = Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Renderers() {
    }

    public static String render(ExportFormat format, ExportDocument doc) {
        return switch (format) {
            case TEXT -> text(doc);
            case HTML -> html(doc);
            case MARKDOWN -> markdown(doc);
            case NITF -> nitf(doc);
            case NINJS -> ninjs(doc);
        };
    }

    static String text(ExportDocument doc) {
        StringBuilder out = new StringBuilder(clean(doc.headline())).append("\n\n");
        if (doc.byline() != null && !doc.byline().isBlank()) {
            out.append(clean(doc.byline())).append("\n\n");
        }
        return out.append(clean(String.join("\n\n", doc.paragraphs()))).append('\n').toString();
    }

    static String html(ExportDocument doc) {
        Document html = Document.createShell("");
        html.head().appendElement("meta").attr("charset", "utf-8");
        html.title(clean(doc.headline()));
        Element article = html.body().appendElement("article");
        article.appendElement("h1").text(clean(doc.headline()));
        if (doc.byline() != null && !doc.byline().isBlank()) {
            article.appendElement("p").addClass("byline").text(clean(doc.byline()));
        }
        doc.paragraphs().forEach(p -> article.appendElement("p").text(clean(p)));
        html.outputSettings().charset("UTF-8");
        return "<!DOCTYPE html>\n" + html.outerHtml();
    }

    static String markdown(ExportDocument doc) {
        StringBuilder out = new StringBuilder("# ").append(escapeMarkdown(doc.headline())).append("\n\n");
        if (doc.byline() != null && !doc.byline().isBlank()) {
            out.append('*').append(escapeMarkdown(doc.byline())).append("*\n\n");
        }
        doc.paragraphs().forEach(p -> out.append(escapeMarkdown(p)).append("\n\n"));
        return out.toString().stripTrailing() + "\n";
    }

    static String escapeMarkdown(String text) {
        String escaped = MARKDOWN_INDENT.matcher(clean(text)).replaceAll("");
        escaped = MARKDOWN_SPECIAL.matcher(escaped).replaceAll("\\\\$1");
        escaped = MARKDOWN_ENTITY.matcher(escaped).replaceAll("\\\\&");
        return MARKDOWN_LINE_START.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? "\\" + m.group(1) : m.group(2) + "\\" + m.group(3)));
    }

    static String nitf(ExportDocument doc) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().newDocument();
            var nitf = (org.w3c.dom.Element) xml.appendChild(xml.createElementNS(NITF_NS, "nitf"));
            nitf.setAttribute("version", "-//IPTC//DTD NITF 3.6//EN");
            var head = child(nitf, "head");
            child(head, "title").setTextContent(clean(doc.headline()));
            var docdata = child(head, "docdata");
            child(docdata, "doc-id").setAttribute("id-string", "copydesk-" + doc.storyId() + "-r" + doc.revision());
            child(docdata, "date.issue").setAttribute("norm", nitfDate(doc.versionCreated()));
            var body = child(nitf, "body");
            var bodyHead = child(body, "body.head");
            child(child(bodyHead, "hedline"), "hl1").setTextContent(clean(doc.headline()));
            if (doc.byline() != null && !doc.byline().isBlank()) {
                child(bodyHead, "byline").setTextContent(clean(doc.byline()));
            }
            var content = child(body, "body.content");
            doc.paragraphs().forEach(p -> child(content, "p").setTextContent(clean(p)));
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("NITF export failed", e);
        }
    }

    private static org.w3c.dom.Element child(Node parent, String name) {
        return (org.w3c.dom.Element) parent.appendChild(parent.getOwnerDocument().createElementNS(NITF_NS, name));
    }

    private static String nitfDate(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").withZone(ZoneOffset.UTC).format(instant);
    }

    static String ninjs(ExportDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("uri", "urn:copydesk:story:" + doc.storyId());
        root.put("type", "text");
        root.put("version", Integer.toString(doc.revision()));
        root.put("firstcreated", DateTimeFormatter.ISO_INSTANT.format(doc.created()));
        root.put("versioncreated", DateTimeFormatter.ISO_INSTANT.format(doc.versionCreated()));
        root.put("pubstatus", "usable");
        root.put("language", "en");
        root.putArray("headlines").addObject().put("value", clean(doc.headline()));
        if (doc.byline() != null && !doc.byline().isBlank()) {
            root.put("by", clean(doc.byline()));
        }
        root.putArray("bodies").addObject().put("contenttype", "text/plain")
                .put("value", String.join("\n\n", doc.paragraphs().stream().map(Renderers::clean).toList()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Removes what no XML document may hold (and no reader wants in text, HTML, JSON or Markdown either). */
    static String clean(String text) {
        String noControls = XML_ILLEGAL_CONTROL.matcher(text == null ? "" : text).replaceAll("");
        return XML_ILLEGAL_CHAR.matcher(noControls).replaceAll("\uFFFD");
    }
}
