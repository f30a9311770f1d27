package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublishTextTest {

    @Test
    void tagged_paragraphs_and_spans_are_left_out_and_paragraphs_get_one_blank_line() {
        String body = "First paragraph.\nBuy Our Sofas Now\n\n\nSecond paragraph. Sponsored by Acme.\n";
        String text = PublishText.of(body, List.of(new Tag(TagKind.AD, "Buy Our Sofas Now"),
                new Tag(TagKind.BOILERPLATE, " Sponsored by Acme.")));
        assertThat(text).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void without_tags_only_the_paragraph_breaks_change() {
        assertThat(PublishText.of("A.\nB.", List.of())).isEqualTo("A.\n\nB.");
    }
}
