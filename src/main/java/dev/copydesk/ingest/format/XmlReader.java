package dev.copydesk.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.copydesk.ingest.ImportException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * NITF 3.x documents and NewsML-G2 news items (text in {@code inlineXML} as NITF or XHTML, or in {@code inlineData}),
 * namespaces or not. What each field is taken from:
 * <ul>
 * <li>headline: NewsML-G2 {@code contentMeta/headline}; NITF {@code hedline/hl1}, else {@code head/title};</li>
 * <li>byline: NewsML-G2 {@code contentMeta/by}, else {@code creator/name}; NITF {@code body.head/byline};</li>
 * <li>dateline: NewsML-G2 {@code contentMeta/dateline}, else {@code located/name}; NITF {@code body.head/dateline};</li>
 * <li>agency: NewsML-G2 {@code itemMeta/provider} (its literal, name or qcode code); NITF {@code doc-id@regsrc},
 * {@code distributor} or the copyright holder;</li>
 * <li>original id: NewsML-G2 {@code guid}; NITF {@code doc-id@id-string};</li>
 * <li>body: NITF {@code body.content}'s paragraphs, subheads and list items (media and their captions left out).</li>
 * </ul>
 * NITF inside a NewsML-G2 item fills in what the item's own metadata leaves out.
 */
public final class XmlReader {

    private XmlReader() {
    }

    public static ImportedItem read(byte[] bytes) {
        Document doc = SafeXml.parse(bytes);
        String raw = new String(bytes, charset(doc));
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        Element root = doc.getDocumentElement();
        String name = Dom.name(root);
        return switch (name) {
            case "nitf" -> nitf(root, raw, Format.NITF, new ArrayList<>());
            case "newsItem" -> newsItem(root, raw, new ArrayList<>());
            case "newsMessage" -> newsMessage(root, raw);
            default -> throw new ImportException(ImportException.Reason.WRONG_TYPE, "The XML's root element is <"
                    + root.getNodeName() + ">. Copydesk imports NITF (<nitf>) and NewsML-G2 news items (<newsItem>, or "
                    + "<newsMessage> holding them).");
        };
    }

    private static Charset charset(Document doc) {
        String enc = doc.getInputEncoding() != null ? doc.getInputEncoding() : doc.getXmlEncoding();
        try {
            return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    // ---- NITF -----------------------------------------------------------------------------------------------------

    private static ImportedItem nitf(Element nitf, String raw, Format format, List<String> notes) {
        Element head = Dom.child(nitf, "head");
        Element body = Dom.child(nitf, "body");
        Element bodyHead = Dom.child(body, "body.head");
        Element docdata = Dom.child(head, "docdata");
        Element docId = Dom.child(docdata, "doc-id");
        String headline = first(Dom.text(Dom.child(Dom.child(bodyHead, "hedline"), "hl1")),
                Dom.text(Dom.child(head, "title")));
        String byline = spaced(Dom.child(bodyHead, "byline"));
        String dateline = spaced(Dom.child(bodyHead, "dateline"));
        Element copyright = Dom.child(docdata, "doc.copyright");
        String agency = first(Dom.attr(docId, "regsrc"), Dom.text(Dom.child(bodyHead, "distributor")),
                Dom.attr(copyright, "holder"));
        String id = Dom.attr(docId, "id-string");
        Element content = Dom.child(body, "body.content");
        List<String> blocks = content == null ? List.of() : Dom.blocks(content);
        if (blocks.isEmpty()) {
            throw ImportException.malformed("The NITF document has no text: its <body.content> is "
                    + (content == null ? "missing" : "empty") + ".");
        }
        return new ImportedItem(format, headline, byline, dateline, agency, id, String.join("\n\n", blocks), raw,
                notes);
    }

    // ---- NewsML-G2 --------------------------------------------------------------------------------------------------

    private static ImportedItem newsMessage(Element message, String raw) {
        List<Element> items = new ArrayList<>();
        for (Element set : Dom.children(message, "itemSet")) {
            items.addAll(Dom.children(set, "newsItem"));
        }
        if (items.isEmpty()) {
            throw ImportException.malformed("The NewsML-G2 news message holds no <newsItem>.");
        }
        List<String> notes = new ArrayList<>();
        if (items.size() > 1) {
            notes.add("The news message held " + items.size() + " news items; the first was imported. Send each "
                    + "item on its own, or several in a ZIP archive.");
        }
        return newsItem(items.getFirst(), raw, notes);
    }

    private static ImportedItem newsItem(Element item, String raw, List<String> notes) {
        Element itemMeta = Dom.child(item, "itemMeta");
        Element contentMeta = Dom.child(item, "contentMeta");
        Element provider = Dom.child(itemMeta, "provider");
        String agency = first(Dom.attr(provider, "literal"), Dom.text(Dom.child(provider, "name")),
                code(Dom.attr(provider, "qcode")));
        String headline = Dom.text(Dom.child(contentMeta, "headline"));
        String byline = first(Dom.text(Dom.child(contentMeta, "by")),
                Dom.text(Dom.child(Dom.child(contentMeta, "creator"), "name")));
        String dateline = first(Dom.text(Dom.child(contentMeta, "dateline")),
                Dom.text(Dom.child(Dom.child(contentMeta, "located"), "name")));
        String guid = Dom.attr(item, "guid");

        ImportedItem inner = null;
        List<String> blocks = List.of();
        boolean remote = false;
        for (Element set : Dom.children(item, "contentSet")) {
            for (Element c : Dom.children(set, null)) {
                String kind = Dom.name(c);
                if (kind.equals("remoteContent")) {
                    remote = true;
                } else if (kind.equals("inlineXML")) {
                    Element nitf = Dom.find(c, "nitf");
                    Element html = firstElement(c);
                    if (nitf != null) {
                        inner = nitf(nitf, raw, Format.NEWSML, notes);
                        blocks = List.of(inner.body());
                    } else if (html != null) {
                        Element xbody = Dom.find(html, "body");
                        blocks = Dom.blocks(xbody != null ? xbody : html);
                    }
                } else if (kind.equals("inlineData")) {
                    blocks = inlineData(c);
                }
                if (!blocks.isEmpty()) {
                    break;
                }
            }
            if (!blocks.isEmpty()) {
                break;
            }
        }
        if (blocks.isEmpty()) {
            throw ImportException.malformed("The NewsML-G2 news item holds no text: its <contentSet> has no "
                    + "<inlineXML> or <inlineData> with paragraphs" + (remote
                            ? " (only <remoteContent>, such as a picture or a link, which Copydesk does not fetch)."
                            : "."));
        }
        if (inner != null) {
            headline = first(headline, inner.headline());
            byline = first(byline, inner.byline());
            dateline = first(dateline, inner.dateline());
            agency = first(agency, inner.agency());
        }
        return new ImportedItem(Format.NEWSML, headline, byline, dateline, agency, guid, String.join("\n\n", blocks),
                raw, notes);
    }

    /** Plain text (paragraphs separated by blank lines, or one a line) or HTML, as its contenttype says. */
    private static List<String> inlineData(Element data) {
        String type = Dom.attr(data, "contenttype");
        String text = data.getTextContent();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            return HtmlReader.blocks(Jsoup.parse(text).body());
        }
        String normal = text.replace("\r\n", "\n").strip();
        String[] paragraphs = normal.contains("\n\n") ? normal.split("\n\\s*\n") : normal.split("\n");
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String t = Dom.collapse(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Element firstElement(Element parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** "nprov:REUTERS" → "REUTERS". */
    private static String code(String qcode) {
        if (qcode == null) {
            return null;
        }
        String c = qcode.substring(qcode.indexOf(':') + 1).strip();
        return c.isEmpty() ? null : c;
    }

    /** The element's text with a space where two child elements meet ("Jane Doe" + "Reuters" stays two words). */
    private static String spaced(Element e) {
        if (e == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        appendSpaced(e, sb);
        String t = Dom.collapse(sb.toString()).replace(" ,", ",");
        return t.isEmpty() ? null : t;
    }

    private static void appendSpaced(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c instanceof Element) {
                sb.append(' ');
                appendSpaced(c, sb);
                sb.append(' ');
            }
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
