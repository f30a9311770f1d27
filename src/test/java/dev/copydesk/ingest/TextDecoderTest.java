package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "Churkin said \u201ca very big question mark\u201d \u2013 Deir al-Zour, caf\u00e9";

    @Test
    void reads_utf8_without_bom() {
        var d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void reads_utf8_with_bom_and_drops_the_bom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoder.decode(withBom).text()).isEqualTo(TEXT);
    }

    @Test
    void reads_utf16_with_either_bom() {
        // Java's "UTF-16" encoder writes a big-endian BOM.
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(TEXT);
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        var d = TextDecoder.decode(withBom);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.encoding()).isEqualTo("UTF-16LE (BOM)");
    }

    @Test
    void reads_windows_1252_curly_quotes_and_accents() {
        var d = TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void refuses_utf8_with_invalid_bytes_instead_of_guessing() {
        byte[] good = "caf\u00e9 and more ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xC3; // a lead byte without its continuation
        broken[good.length + 1] = 'x';
        assertThatThrownBy(() -> TextDecoder.decode(broken))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("invalid bytes near byte " + good.length)
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.INVALID_ENCODING);
    }

    @Test
    void refuses_bytes_undefined_in_windows_1252() {
        byte[] junk = {'a', 'b', (byte) 0x81, 'c'};
        assertThatThrownBy(() -> TextDecoder.decode(junk)).isInstanceOf(ImportException.class)
                .hasMessageContaining("neither UTF-8 nor Windows-1252");
    }

    @Test
    void refuses_binary_files() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'%', 'P', 'D', 'F', '-', '1'}))
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .hasMessageContaining("Word document");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 'b', 0}))
                .hasMessageContaining("binary data");
    }

    @Test
    void refuses_text_full_of_control_characters() {
        byte[] junk = new byte[200];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextDecoder.decode(junk)).hasMessageContaining("control characters");
    }

    @Test
    void refuses_an_empty_file() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("The file is empty.");
    }
}
