package dev.copydesk.ingest.format;

import static dev.copydesk.ingest.format.Fixtures.bytes;
import static dev.copydesk.ingest.format.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.ingest.ImportException;
import org.junit.jupiter.api.Test;

class XmlReaderTest {

    @Test
    void nitf_gives_headline_byline_dateline_agency_id_and_paragraphs_without_media_captions() {
        ImportedItem item = XmlReader.read(bytes("nitf/harbour-strike.xml"));
        assertThat(item.format()).isEqualTo(Format.NITF);
        assertThat(item.headline()).isEqualTo("Harbour strike halts ferries & freight");
        assertThat(item.byline()).isEqualTo("By Maria Lindqvist Transport Correspondent");
        assertThat(item.dateline()).isEqualTo("GOTHENBURG, Nov 30");
        assertThat(item.agency()).isEqualTo("CPW");
        assertThat(item.originalId()).isEqualTo("cpw-2026-11-30-0412");
        assertThat(item.body().split("\n\n")).containsExactly(
                "Dock workers at the port walked out at midnight, halting ferry crossings and the loading of freight "
                        + "for the first time in eleven years.",
                "The union said talks on night shifts broke down on Sunday evening.",
                "What happens next",
                "Both sides are due to meet a mediator on Wednesday.",
                "Ferries to Frederikshavn are cancelled.",
                "Freight is diverted to Malm\u00f6.");
        assertThat(item.body()).doesNotContain("Empty cranes").doesNotContain("Erik Sand");
        assertThat(item.rawText()).startsWith("<?xml").contains("<media-caption>");
    }

    @Test
    void newsml_g2_with_nitf_inline_takes_the_item_metadata_first_and_the_nitf_body() {
        ImportedItem item = XmlReader.read(bytes("newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml"));
        assertThat(item.format()).isEqualTo(Format.NEWSML);
        assertThat(item.headline()).isEqualTo("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies "
                + "(26-24), 7:05 p.m.");
        assertThat(item.byline()).isEqualTo("The Sports Network");
        assertThat(item.agency()).isEqualTo("web:www.xmlteam.com".substring(4));
        assertThat(item.originalId()).isEqualTo("tag:xmlteam.com,2016:xt.5932656-preview");
        assertThat(item.body().split("\n\n")).hasSize(6);
        assertThat(item.body()).startsWith("(Sports Network) - A pair of teams").contains("Freddy Garcia takes the hill")
                .doesNotContain("  ");
    }

    @Test
    void newsml_g2_text_document_is_read_and_a_bare_content_set_fragment_is_named() {
        ImportedItem text = XmlReader.read(bytes("newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml"));
        assertThat(text.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(text.body()).startsWith("(New York, NY - October 21) Et, sent luptat");
        assertThatThrownBy(() -> XmlReader.read(
                bytes("newsml-g2/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml")))
                .as("the specification's fragment is no news item: its root is named")
                .hasMessageContaining("<contentSet>").hasMessageContaining("<newsItem>");
    }

    @Test
    void a_news_item_with_no_inline_text_says_so() {
        assertThatThrownBy(() -> XmlReader.read(bytes("newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml")))
                .isInstanceOf(ImportException.class).hasMessageContaining("holds no text")
                .hasMessageContaining("inlineXML");
        String remote = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"><contentMeta><headline>H"
                + "</headline></contentMeta><contentSet><remoteContent href=\"http://127.0.0.1:9/p.jpg\"/></contentSet>"
                + "</newsItem>";
        assertThatThrownBy(() -> XmlReader.read(utf8(remote))).hasMessageContaining("remoteContent");
    }

    @Test
    void inline_data_plain_text_is_split_into_paragraphs_and_the_provider_literal_is_the_agency() {
        String item = "<newsItem guid=\"urn:x:1\"><itemMeta><provider literal=\"Nordic Wire\"/></itemMeta>"
                + "<contentMeta><headline>Snow closes the pass</headline><by>Ola Berg</by>"
                + "<dateline>TROMS\u00d8, Dec 1</dateline></contentMeta>"
                + "<contentSet><inlineData contenttype=\"text/plain\">Snow closed the pass at noon.\n\n"
                + "Drivers were told to wait.\n</inlineData></contentSet></newsItem>";
        ImportedItem read = XmlReader.read(utf8(item));
        assertThat(read.agency()).isEqualTo("Nordic Wire");
        assertThat(read.byline()).isEqualTo("Ola Berg");
        assertThat(read.dateline()).isEqualTo("TROMS\u00d8, Dec 1");
        assertThat(read.body()).isEqualTo("Snow closed the pass at noon.\n\nDrivers were told to wait.");
    }

    @Test
    void xml_that_is_neither_nitf_nor_newsml_names_its_root() {
        assertThatThrownBy(() -> XmlReader.read(utf8("<?xml version=\"1.0\"?><rss><channel/></rss>")))
                .isInstanceOf(ImportException.class).hasMessageContaining("<rss>").hasMessageContaining("<nitf>");
        assertThatThrownBy(() -> XmlReader.read(utf8("<nitf><body><body.content/></body></nitf>")))
                .hasMessageContaining("no text");
    }
}
