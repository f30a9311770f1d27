package dev.copydesk.cleanup.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mozilla Readability's test pages: {@code pages/<name>/source.html} (a real page), {@code expected.html} (the
 * article Readability extracts) and {@code expected-metadata.json}. The expected article is a strong extractor's
 * output, not a human's.
 */
public final class WebPages {

    static final String FOLDER = "readability-test-pages";

    /** Elements that start and end a block of visible text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option",
            "button", "label");
    /** Elements whose text is never shown as text. */
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title", "svg",
            "math", "iframe", "object", "embed", "canvas", "select", "textarea", "input");

    private WebPages() {
    }

    public record Metadata(String title, String byline, String lang) {
    }

    public record Page(String name, String sourceHtml, String expectedHtml, Metadata metadata) {

        /**
         * The page's {@code <title>}, else its first {@code <h1>}: what an import would take as the headline (never the
         * expected metadata).
         */
        public String sourceTitle() {
            Document doc = Jsoup.parse(sourceHtml);
            String title = doc.title().strip();
            if (title.isEmpty()) {
                Element h1 = doc.selectFirst("h1");
                title = h1 == null ? "" : h1.text().strip();
            }
            return title;
        }

        /** The visible text of the source page, one block per paragraph-like element, blocks joined by a blank line. */
        public String scrapedText() {
            return String.join("\n\n", visibleBlocks(sourceHtml));
        }

        /** The text of the expected article, the same way. */
        public String expectedText() {
            return String.join("\n\n", visibleBlocks(expectedHtml));
        }
    }

    public static List<Page> pages(Path root) {
        Path dir = root.resolve(FOLDER).resolve("pages");
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> dirs = Files.list(dir)) {
            List<Page> out = new ArrayList<>();
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path source = d.resolve("source.html");
                Path expected = d.resolve("expected.html");
                if (!Files.exists(source) || !Files.exists(expected)) {
                    continue;
                }
                Metadata meta = new Metadata(null, null, null);
                Path m = d.resolve("expected-metadata.json");
                if (Files.exists(m)) {
                    JsonNode n = json.readTree(Files.readString(m));
                    meta = new Metadata(text(n, "title"), text(n, "byline"), text(n, "lang"));
                }
                out.add(new Page(d.getFileName().toString(), Files.readString(source), Files.readString(expected), meta));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The visible text of an HTML page as a reader sees it, one entry per block: the text of block-level elements
     * (paragraphs, headings, list items, table cells, divs…), with inline elements' text run together, {@code <br>}
     * as a block break, and nothing from scripts, styles, {@code noscript}, the head, or elements hidden by the
     * {@code hidden} attribute or an inline {@code display:none} / {@code visibility:hidden}. White space inside a
     * block is collapsed to single spaces (no-break spaces too), except inside {@code <pre>}, whose lines are blocks.
     */
    public static List<String> visibleBlocks(String html) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(doc.body() == null ? doc : doc.body(), current, out, false);
        flush(current, out);
        return out;
    }

    private static void walk(Node node, StringBuilder current, List<String> out, boolean pre) {
        if (node instanceof TextNode t) {
            if (pre) {
                String[] lines = t.getWholeText().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        flush(current, out);
                    }
                    current.append(lines[i]);
                }
            } else {
                current.append(t.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (INVISIBLE.contains(tag) || hidden(e)) {
            return;
        }
        if (tag.equals("br")) {
            flush(current, out);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush(current, out);
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : e.childNodes()) {
            walk(child, current, out, inPre);
        }
        if (block) {
            flush(current, out);
        } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
            current.append(' ');
        }
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static void flush(StringBuilder current, List<String> out) {
        String text = current.toString().replaceAll("[\\s\\u00a0\\u2000-\\u200b\\u202f\\ufeff]+", " ").strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        current.setLength(0);
    }
}
