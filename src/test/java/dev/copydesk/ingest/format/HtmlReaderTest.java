package dev.copydesk.ingest.format;

import static dev.copydesk.ingest.format.Fixtures.bytes;
import static dev.copydesk.ingest.format.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void a_news_page_gives_its_article_without_menus_share_bar_caption_related_links_or_footer() {
        ImportedItem item = HtmlReader.read(bytes("html/news-page.html"), null);
        assertThat(item.format()).isEqualTo(Format.HTML);
        assertThat(item.headline()).as("JSON-LD headline, not the <title> with the site name")
                .isEqualTo("Library reopens after flood repairs");
        assertThat(item.byline()).isEqualTo("Tom Okafor");
        assertThat(item.agency()).isEqualTo("The Riverside Gazette");
        assertThat(item.originalId()).isEqualTo("https://gazette.example/news/library-reopens");
        assertThat(item.body()).contains("The central library reopened on Saturday")
                .contains("\n\nA new archive room\n\n")
                .contains("\"We will never keep the past in the basement again,\" said the head librarian")
                .contains("children's reading hour returns on Tuesday mornings.")
                .doesNotContain("Share on Facebook").doesNotContain("Sport").doesNotContain("Related stories")
                .doesNotContain("River levels").doesNotContain("All rights reserved").doesNotContain("Photo: Ana Ruiz");
        assertThat(item.rawText()).startsWith("<!DOCTYPE html>").contains("Share on Facebook");
        assertThat(item.notes()).isEmpty();
    }

    @Test
    void meta_tags_serve_where_there_is_no_json_ld_and_the_page_charset_is_honoured() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 closes \u2013 Town News</title>"
                + "<meta name=\"author\" content=\"Jo\u00e3o Silva\"><meta name=\"twitter:title\" content=\"Caf\u00e9 "
                + "closes\"></head><body><article><p>" + "The caf\u00e9 on the square closed on Friday after forty "
                + "years, its owner said, because the rent had doubled. ".repeat(4) + "</p></article></body></html>";
        ImportedItem item = HtmlReader.read(page.getBytes(Charset.forName("windows-1252")), null);
        assertThat(item.headline()).isEqualTo("Caf\u00e9 closes");
        assertThat(item.byline()).isEqualTo("Jo\u00e3o Silva");
        assertThat(item.body()).startsWith("The caf\u00e9 on the square closed on Friday");
    }

    @Test
    void a_page_without_an_article_keeps_its_visible_text_so_nothing_is_lost() {
        String page = "<html><head><title>Links</title></head><body><div class=\"sidebar\"><a href=\"/a\">Weather"
                + "</a></div><div class=\"footer\">Traffic</div><script>var x = 1;</script></body></html>";
        ImportedItem item = HtmlReader.read(utf8(page), null);
        assertThat(item.body()).isEqualTo("Weather\n\nTraffic");
        assertThat(item.headline()).isEqualTo("Links");
    }
}
