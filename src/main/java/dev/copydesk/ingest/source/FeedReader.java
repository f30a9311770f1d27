package dev.copydesk.ingest.source;

import java.util.ArrayList;
import java.util.List;

import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.format.Dom;
import dev.copydesk.ingest.format.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, parsed by {@link SafeXml}: each entry's own id (RSS
 * {@code guid}, Atom {@code id}, else its link), its link and its title.
 */
final class FeedReader {

    record Entry(String key, String link, String title) {
    }

    private FeedReader() {
    }

    static List<Entry> read(byte[] bytes) {
        Document doc = SafeXml.parse(bytes);
        Element root = doc.getDocumentElement();
        String name = Dom.name(root);
        List<Entry> out = new ArrayList<>();
        switch (name) {
            case "rss" -> {
                for (Element channel : Dom.children(root, "channel")) {
                    for (Element item : Dom.children(channel, "item")) {
                        add(out, text(item, "guid"), rssLink(item), text(item, "title"));
                    }
                }
            }
            case "RDF" -> {
                for (Element item : Dom.children(root, "item")) {
                    add(out, item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"),
                            text(item, "link"), text(item, "title"));
                }
            }
            case "feed" -> {
                for (Element entry : Dom.children(root, "entry")) {
                    add(out, text(entry, "id"), atomLink(entry), text(entry, "title"));
                }
            }
            default -> throw ImportException.malformed("This is not a news feed: its root element is <"
                    + root.getNodeName() + ">, where RSS has <rss> and Atom <feed>.");
        }
        return out;
    }

    private static void add(List<Entry> out, String id, String link, String title) {
        String key = id != null && !id.isBlank() ? id.strip() : link;
        if (key != null && !key.isBlank()) {
            out.add(new Entry(key.strip(), link == null ? null : link.strip(), title));
        }
    }

    /** RSS's own {@code <link>}: not an {@code <atom:link>} beside it, which has no text. */
    private static String rssLink(Element item) {
        for (Element link : Dom.children(item, "link")) {
            if (link.getNamespaceURI() == null || link.getNamespaceURI().isEmpty()) {
                String t = link.getTextContent().strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The entry's alternate link (a link with no rel is one). */
    private static String atomLink(Element entry) {
        String any = null;
        for (Element link : Dom.children(entry, "link")) {
            String rel = link.getAttribute("rel");
            String href = link.getAttribute("href");
            if (href.isBlank()) {
                continue;
            }
            if (rel.isBlank() || rel.equals("alternate")) {
                return href;
            }
            any = any == null ? href : any;
        }
        return any;
    }

    private static String text(Element parent, String name) {
        return Dom.text(Dom.child(parent, name));
    }
}
