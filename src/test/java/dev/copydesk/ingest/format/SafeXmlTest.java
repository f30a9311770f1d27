package dev.copydesk.ingest.format;

import static dev.copydesk.ingest.format.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.copydesk.ingest.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SafeXmlTest {

    @Test
    void an_external_entity_is_never_read_and_the_document_is_refused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(xxe))).isInstanceOf(ImportException.class)
                .hasMessageContaining("declares entities").hasMessageContaining("XXE")
                .hasMessageNotContaining("TOP-SECRET")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.UNSAFE);
    }

    @Test
    void billion_laughs_is_refused_without_expanding() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<nitf><p>&lol9;</p></nitf>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(bomb))).isInstanceOf(ImportException.class)
                .hasMessageContaining("billion laughs")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.UNSAFE);
    }

    @Test
    void a_doctype_that_only_names_a_dtd_is_read_without_fetching_it_and_plain_entities_work() {
        Document doc = SafeXml.parse(utf8("<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"http://127.0.0.1:9/nitf.dtd\">"
                + "<nitf><p>Ferries &amp; freight &#8211; &lt;halted&gt;</p></nitf>"));
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo("Ferries & freight \u2013 <halted>");
    }

    @Test
    void nesting_past_the_limit_is_refused_and_so_is_broken_xml_with_its_place() {
        String deep = "<a>".repeat(IngestLimits.MAX_XML_DEPTH + 5) + "x" + "</a>".repeat(IngestLimits.MAX_XML_DEPTH + 5);
        assertThatThrownBy(() -> SafeXml.parse(utf8(deep))).hasMessageContaining("deeper than "
                + IngestLimits.MAX_XML_DEPTH);
        String ok = "<a>".repeat(20) + "x" + "</a>".repeat(20);
        assertThat(SafeXml.parse(utf8(ok)).getDocumentElement().getTextContent()).isEqualTo("x");
        assertThatThrownBy(() -> SafeXml.parse(utf8("<?xml version=\"1.0\"?>\n<nitf>\n<body><p>Cut off")))
                .isInstanceOf(ImportException.class).hasMessageContaining("not well-formed").hasMessageContaining("line")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.MALFORMED);
    }
}
