package dev.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** POST /api/stories: a declared charset is honoured; control characters are bad text, never "not a text file". */
@IntegrationTest
class ImportApiTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Value("${local.server.port}")
    int port;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    private ApiCalls.Reply post(String contentType, byte[] body) throws Exception {
        return api.send("editor", "POST", "/api/stories", Map.of("Content-Type", contentType), body);
    }

    @Test
    void declared_utf8_with_invalid_bytes_is_refused_with_where_they_are_not_stored_as_mojibake() throws Exception {
        byte[] cp1252 = "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 stays open.".getBytes(CP1252);
        var reply = post("text/plain; charset=UTF-8", cp1252);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(reply.json().get("message").asText()).contains("declared as UTF-8")
                .contains("0xE9 at byte 3 (line 1, column 4)");
    }

    @Test
    void without_a_declared_charset_detection_works_as_before_and_says_so() throws Exception {
        byte[] cp1252 = "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 stays open.".getBytes(CP1252);
        var reply = post("text/plain", cp1252);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("title").asText()).isEqualTo("Caf\u00e9 Owners Protest");
        assertThat(reply.json().get("notes").get(0).asText()).contains("read as Windows-1252");
        var declared = post("text/plain; charset=windows-1252", cp1252);
        assertThat(declared.json().get("body").asText()).isEqualTo("The caf\u00e9 stays open.");
        assertThat(declared.json().has("notes")).as("nothing to report").isFalse();
    }

    @Test
    void nul_and_other_control_characters_in_text_are_removed_with_a_note_never_415() throws Exception {
        String text = "Bridge Reopens\n\nThe bridge\u0000 reopened\u0007 on Thursday.";
        var reply = post("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("body").asText()).isEqualTo("The bridge reopened on Thursday.");
        assertThat(reply.json().get("notes").get(0).asText()).contains("U+0000 NULL").contains("U+0007 BEL")
                .contains("line 3");
        var detected = post("text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(detected.status()).as("undeclared, a stray NUL is not binary").isEqualTo(201);

        byte[] junk = new byte[400];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        var bulk = post("text/plain; charset=UTF-8", junk);
        assertThat(bulk.status()).as("bad text, not an unsupported format").isEqualTo(400);
        assertThat(bulk.json().get("message").asText()).contains("U+0001");
        assertThat(post("text/plain", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'}).status())
                .as("a real file format is still 415").isEqualTo(415);
    }

    @Test
    void a_charset_nobody_knows_is_refused_and_says_which() throws Exception {
        var reply = post("text/plain; charset=klingon", "Head\n\nBody.".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().get("message").asText()).contains("klingon");
    }
}
