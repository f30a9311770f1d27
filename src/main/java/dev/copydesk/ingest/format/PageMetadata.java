package dev.copydesk.ingest.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page says about its article in its head: schema.org JSON-LD first (what publishers fill in for search
 * engines), then Dublin Core, Open Graph, the plain {@code <meta name="title|author">}, Twitter and Parse.ly tags, in
 * the order Mozilla Readability prefers them. Without any, the headline is left to the caller (Readability's cleaned
 * {@code <title>}).
 */
record PageMetadata(String headline, String byline, String siteName, String url) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "medicalwebpage",
            "webpage");
    private static final List<String> TITLE_KEYS = List.of("dc:title", "dcterm:title", "og:title",
            "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");
    private static final List<String> AUTHOR_KEYS = List.of("dc:creator", "dcterm:creator", "author",
            "parsely-author", "article:author");

    static PageMetadata of(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonNode ld = jsonLdArticle(doc);
        String headline = null;
        String byline = null;
        if (ld != null) {
            headline = ldTitle(ld, doc.title());
            byline = ldAuthor(ld.get("author"));
        }
        if (headline == null) {
            headline = firstOf(meta, TITLE_KEYS);
        }
        if (byline == null) {
            byline = firstOf(meta, AUTHOR_KEYS);
            if (byline != null && (byline.startsWith("http") || byline.contains("/") || byline.length() > 120)) {
                byline = null; // article:author is often a profile URL
            }
        }
        String site = firstOf(meta, List.of("og:site_name"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href").strip() : firstOf(meta, List.of("og:url"));
        return new PageMetadata(clean(headline), clean(byline), clean(site), url == null || url.isBlank() ? null : url);
    }

    /** Meta tags by lower-case name or property; a property may list several names, space-separated. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop")) {
                for (String key : m.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        out.putIfAbsent(key.replaceFirst("^(dc|dcterm|og|twitter|weibo:(article|webpage))\\.", "$1:"),
                                content);
                    }
                }
            }
        }
        return out;
    }

    private static String firstOf(Map<String, String> meta, List<String> keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The first JSON-LD object whose {@code @type} is an article (in a list or an {@code @graph} too). */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip().replaceFirst("^\\s*<!\\[CDATA\\[", "").replaceFirst("]]>\\s*$", "");
            try {
                JsonNode found = article(JSON.readTree(data));
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // broken JSON-LD is common; the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode article(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode a = article(c);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (!n.isObject()) {
            return null;
        }
        if (n.has("@graph")) {
            JsonNode a = article(n.get("@graph"));
            if (a != null) {
                return a;
            }
        }
        JsonNode type = n.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type != null) {
            types.add(type.asString());
        }
        for (String t : types) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)) && !t.equalsIgnoreCase("webpage")) {
                return n;
            }
        }
        return null;
    }

    /** {@code headline}, or {@code name} where there is no headline; where both differ, the one the title shows. */
    private static String ldTitle(JsonNode ld, String documentTitle) {
        String name = text(ld.get("name"));
        String headline = text(ld.get("headline"));
        if (name != null && headline != null && !name.equals(headline)) {
            String t = documentTitle == null ? "" : documentTitle;
            boolean nameShown = t.contains(name);
            boolean headlineShown = t.contains(headline);
            return nameShown && !headlineShown ? name : headline;
        }
        return headline != null ? headline : name;
    }

    private static String ldAuthor(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isString()) {
            return text(author);
        }
        if (author.isObject()) {
            return text(author.get("name"));
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String n = a.isObject() ? text(a.get("name")) : text(a);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isString()) {
            return null;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
