package dev.copydesk.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page's article: Mozilla Readability's algorithm (Readability4J) finds the element that holds the article and
 * drops navigation, share bars, related links, comments and footers; its paragraphs, subheads, list items and
 * quotations become the body's blocks, captions left out. The headline and byline come from the page's metadata first
 * ({@link PageMetadata}), then from what Readability finds. A page with no article (a front page, a list) is imported
 * with all its visible text and a note saying so, so that nothing is lost; the cleanup engine then flags its menus.
 */
public final class HtmlReader {

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "div", "dl", "dt", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    /** Elements whose text is never part of the story. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "svg", "math", "iframe", "object", "embed", "canvas", "select", "textarea", "input", "button",
            "figcaption", "label", "option");

    private static final String BASE_URI = "https://page.invalid/";

    private HtmlReader() {
    }

    /** {@code declared}: the charset the sender named, or null to take it from the page (BOM, meta) or UTF-8. */
    public static ImportedItem read(byte[] bytes, Charset declared) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), declared == null ? null : declared.name(), BASE_URI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String raw = new String(bytes, doc.charset());
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        PageMetadata meta = PageMetadata.of(doc);
        List<String> notes = new ArrayList<>();
        // Readability resolves links against the page address; an import has none, so a placeholder that never resolves.
        Article article = new Readability4J(BASE_URI, doc).parse();
        List<String> blocks = article.getArticleContent() == null ? List.of() : blocks(article.getArticleContent());
        if (words(blocks) < SHORT_ARTICLE_WORDS) {
            blocks = fromMainElement(raw, blocks);
        }
        if (blocks.isEmpty()) {
            blocks = blocks(Jsoup.parse(raw).body());
            notes.add("No article was found in the page, so all its visible text was imported: menus and links "
                    + "are flagged as boilerplate for you to remove.");
        }
        String headline = meta.headline() != null ? meta.headline() : blank(article.getTitle());
        if (headline != null && !blocks.isEmpty() && blocks.getFirst().equalsIgnoreCase(headline)) {
            blocks = blocks.subList(1, blocks.size()); // the article's own <h1>: it is the headline, not the body
        }
        String byline = meta.byline() != null ? meta.byline() : byline(article.getByline());
        return new ImportedItem(Format.HTML, headline, byline, null, meta.siteName(), meta.url(),
                String.join("\n\n", blocks), raw, notes);
    }

    /**
     * Readability scores paragraphs; on some pages a cookie notice or a footer outscores an article whose text sits
     * in few, long blocks. Where what it found is short and the page marks its main content ({@code <article>},
     * {@code <main>}, {@code role=main}, {@code itemprop=articleBody}) with at least twice the words, Readability runs
     * again on that element alone, which keeps its cleaning of share bars and related links inside it.
     */
    private static List<String> fromMainElement(String raw, List<String> found) {
        Document page = Jsoup.parse(raw, BASE_URI);
        Element best = null;
        int bestWords = 0;
        for (Element e : page.select("article, main, [role=main], [itemprop=articleBody]")) {
            int w = words(List.of(e.text()));
            if (w > bestWords) {
                best = e;
                bestWords = w;
            }
        }
        int foundWords = words(found);
        if (best == null || bestWords < 2 * Math.max(foundWords, 1) || bestWords < 50) {
            return found;
        }
        Document alone = Jsoup.parse("<html><head></head><body></body></html>", BASE_URI);
        alone.body().appendChild(best.clone());
        Article again = new Readability4J(BASE_URI, alone).parse();
        List<String> blocks = again.getArticleContent() == null ? List.of() : blocks(again.getArticleContent());
        if (words(blocks) <= foundWords) {
            blocks = blocks(best);
        }
        return words(blocks) > foundWords ? blocks : found;
    }

    private static final int SHORT_ARTICLE_WORDS = 250;

    private static int words(List<String> blocks) {
        int n = 0;
        for (String b : blocks) {
            for (String w : b.split("\\s+")) {
                if (!w.isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Readability's byline is the text of a byline element; a long one is that element's whole paragraph. */
    private static String byline(String found) {
        String b = blank(found);
        return b == null || b.length() > 120 ? null : b;
    }

    private static String blank(String s) {
        if (s == null) {
            return null;
        }
        String t = Dom.collapse(s);
        return t.isEmpty() ? null : t;
    }

    /** The text blocks below {@code root}: one per paragraph-like element, lines of {@code pre} kept as they are. */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, current, out, false);
        flush(current, out);
        return out;
    }

    private static void walk(Node node, StringBuilder current, List<String> out, boolean pre) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
            return;
        }
        if (tag.equals("br")) {
            if (pre) {
                current.append('\n');
            } else {
                flush(current, out);
            }
            return;
        }
        if (tag.equals("pre")) {
            flush(current, out);
            StringBuilder code = new StringBuilder();
            for (Node child : e.childNodes()) {
                walk(child, code, out, true);
            }
            String text = code.toString().strip();
            if (!text.isEmpty()) {
                out.add(text.replace("\r", "").replaceAll("\n{2,}", "\n"));
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush(current, out);
        }
        for (Node child : e.childNodes()) {
            walk(child, current, out, pre);
        }
        if (block) {
            flush(current, out);
        } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
            current.append(' ');
        }
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
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
