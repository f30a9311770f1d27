package dev.copydesk.ingest.source;

import static dev.copydesk.ingest.format.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedReaderTest {

    @Test
    void rss_items_are_known_by_guid_else_link() {
        var entries = FeedReader.read(utf8("<rss version=\"2.0\"><channel><item><title>A</title><guid isPermaLink=\"false\">"
                + "id-1</guid><link>http://127.0.0.1/a</link></item><item><title>B</title><link>http://127.0.0.1/b</link>"
                + "</item><item><title>No link or id</title></item></channel></rss>"));
        assertThat(entries).containsExactly(new FeedReader.Entry("id-1", "http://127.0.0.1/a", "A"),
                new FeedReader.Entry("http://127.0.0.1/b", "http://127.0.0.1/b", "B"));
    }

    @Test
    void an_atom_link_beside_the_rss_link_is_not_taken_for_it() {
        var entries = FeedReader.read(utf8("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>"
                + "<item><guid>g</guid><atom:link href=\"http://127.0.0.1/self\" rel=\"self\"/>"
                + "<link>http://127.0.0.1/story</link></item></channel></rss>"));
        assertThat(entries).containsExactly(new FeedReader.Entry("g", "http://127.0.0.1/story", null));
    }

    @Test
    void atom_entries_take_their_id_and_alternate_link_and_rss_1_its_about() {
        var atom = FeedReader.read(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x:1</id><title>T"
                + "</title><link rel=\"self\" href=\"http://127.0.0.1/self\"/><link href=\"http://127.0.0.1/page\"/>"
                + "</entry></feed>"));
        assertThat(atom).containsExactly(new FeedReader.Entry("urn:x:1", "http://127.0.0.1/page", "T"));
        var rdf = FeedReader.read(utf8("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><item rdf:about=\"http://127.0.0.1/r\"><title>R</title>"
                + "<link>http://127.0.0.1/r</link></item></rdf:RDF>"));
        assertThat(rdf).containsExactly(new FeedReader.Entry("http://127.0.0.1/r", "http://127.0.0.1/r", "R"));
    }

    @Test
    void a_page_or_hostile_xml_is_not_a_feed() {
        assertThatThrownBy(() -> FeedReader.read(utf8("<html><body/></html>"))).hasMessageContaining("not a news feed");
        assertThatThrownBy(() -> FeedReader.read(utf8("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><guid>&x;</guid></item></channel></rss>"))).hasMessageContaining("entities");
    }
}
