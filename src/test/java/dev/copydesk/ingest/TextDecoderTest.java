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
    void a_declared_utf8_charset_is_honoured_and_invalid_bytes_are_refused_with_where_they_are() {
        byte[] cp1252 = "Headline\n\nThe caf\u00e9 opened.".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(cp1252).text()).as("undeclared: detected, as before").contains("caf\u00e9");
        assertThatThrownBy(() -> TextDecoder.decode(cp1252, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("declared as UTF-8")
                .hasMessageContaining("0xE9 at byte 17 (line 3, column 8)")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.INVALID_ENCODING);
    }

    @Test
    void a_declared_charset_wins_over_detection() {
        // C3 A9 is "é" in UTF-8 and "Ã©" in Windows-1252: the sender's word decides, not the guess.
        byte[] bytes = {'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Caf\u00e9");
        var declared = TextDecoder.decode(bytes, Charset.forName("windows-1252"));
        assertThat(declared.text()).isEqualTo("Caf\u00c3\u00a9");
        assertThat(declared.encoding()).isEqualTo("windows-1252 (declared)");
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE).text())
                .as("declared UTF-16 has a NUL in every other byte and is still text").isEqualTo(TEXT);
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoder.decode(withBom, StandardCharsets.UTF_8).text()).isEqualTo("Hi");
    }

    @Test
    void a_stray_nul_in_text_is_not_binary() {
        var d = TextDecoder.decode("Headline\n\nThe council\u0000 met.\u0007".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Headline\n\nThe council\u0000 met.\u0007");
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void the_charset_of_a_content_type() {
        assertThat(TextDecoder.charsetOf("text/plain; charset=utf-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.charsetOf("text/plain;charset=\"windows-1252\"")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(TextDecoder.charsetOf("text/plain")).isNull();
        assertThat(TextDecoder.charsetOf(null)).isNull();
        assertThatThrownBy(() -> TextDecoder.charsetOf("text/plain; charset=klingon"))
                .isInstanceOf(ImportException.class).hasMessageContaining("klingon");
    }

    @Test
    void refuses_an_empty_file() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("The file is empty.");
    }
}
