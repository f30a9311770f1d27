package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void a_few_control_characters_are_removed_with_a_note_that_names_them_and_says_where() {
        var cleaned = ControlCharacters.remove("Headline\n\nThe council\u0000 met\u0007 on\u0000 Monday.");
        assertThat(cleaned.text()).isEqualTo("Headline\n\nThe council met on Monday.");
        assertThat(cleaned.note()).isEqualTo("Removed 3 control characters (U+0000 NULL \u00d72, U+0007 BEL \u00d71),"
                + " the first at line 3, column 12.");
    }

    @Test
    void tabs_line_breaks_and_form_feeds_are_text() {
        String text = "Head\r\n\r\nA\tB\fC\rD";
        var cleaned = ControlCharacters.remove(text);
        assertThat(cleaned.text()).isSameAs(text);
        assertThat(cleaned.note()).isNull();
    }

    /** Moved from TextDecoderTest: the decoder no longer judges control characters; this class does. */
    @Test
    void refuses_text_full_of_control_characters() {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            junk.append(i % 2 == 0 ? '\u0001' : 'a');
        }
        assertThatThrownBy(() -> ControlCharacters.remove(junk.toString()))
                .hasMessageContaining("control characters")
                .hasMessageContaining("U+0001 START OF HEADING \u00d7100")
                .extracting(e -> ((ImportException) e).reason())
                .as("bad text, not an unsupported format: 400, never 415")
                .isEqualTo(ImportException.Reason.CONTROL_CHARACTERS);
    }
}
