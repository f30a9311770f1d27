package dev.copydesk.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-blind DOM helpers: NITF, NewsML-G2 and feeds arrive with and without their namespaces. */
public final class Dom {

    private Dom() {
    }

    public static String name(Node n) {
        String local = n.getLocalName();
        return local != null ? local : n.getNodeName().substring(n.getNodeName().indexOf(':') + 1);
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && (name == null || name(e).equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    public static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** The first element of that name at any depth below {@code root}, or null. */
    static Element find(Element root, String name) {
        if (root == null) {
            return null;
        }
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (name(e).equals(name)) {
                    return e;
                }
                Element deeper = find(e, name);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /** An element's text, white space collapsed; null for a missing or blank element. */
    public static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = collapse(e.getTextContent());
        return t.isEmpty() ? null : t;
    }

    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    public static String collapse(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Elements whose text is one paragraph of the story. */
    private static final Set<String> BLOCKS = Set.of("p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "dt", "dd", "pre", "tr");
    /** Elements whose text is no part of the story: media, their captions and credits, notes to editors, scripts. */
    private static final Set<String> SKIPPED = Set.of("media", "media-caption", "media-producer", "media-reference",
            "media-object", "media-metadata", "credit", "note", "script", "style", "figcaption", "figure", "img");

    /**
     * The paragraphs below {@code root} (an NITF {@code body.content} or an XHTML body), in order: each block
     * element's text, white space collapsed; text directly inside a container counts as a paragraph of its own.
     */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        walk(root, out, loose);
        flush(loose, out);
        return out;
    }

    private static void walk(Element container, List<String> out, StringBuilder loose) {
        for (Node c = container.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                loose.append(c.getNodeValue());
            } else if (c instanceof Element e) {
                String n = name(e);
                if (SKIPPED.contains(n)) {
                    continue;
                }
                if (n.equals("br")) {
                    flush(loose, out);
                } else if (BLOCKS.contains(n)) {
                    flush(loose, out);
                    String t = n.equals("tr") ? rowText(e) : collapse(e.getTextContent());
                    if (!t.isEmpty() && (n.equals("pre") || !t.isBlank())) {
                        out.add(n.equals("pre") ? e.getTextContent().strip() : t);
                    }
                } else if (isInline(n)) {
                    loose.append(e.getTextContent());
                } else {
                    flush(loose, out);
                    walk(e, out, loose);
                    flush(loose, out);
                }
            }
        }
    }

    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "q", "person", "org",
            "location", "city", "country", "region", "classifier", "chron", "copyrite", "copyrite.holder",
            "copyrite.year", "event", "function", "money", "num", "object.title", "postaddr", "virtloc", "alt-code",
            "lang", "pronounce", "abbr", "sub", "sup", "u", "small", "cite", "code", "time", "mark", "byttl");

    private static boolean isInline(String n) {
        return INLINE.contains(n);
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : children(tr, null)) {
            String t = collapse(cell.getTextContent());
            if (!t.isEmpty()) {
                cells.add(t);
            }
        }
        return String.join("\t", cells);
    }

    private static void flush(StringBuilder loose, List<String> out) {
        String t = collapse(loose.toString());
        if (!t.isEmpty()) {
            out.add(t);
        }
        loose.setLength(0);
    }
}
