package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StoryTextParserTest {

    @Test
    void first_line_is_the_headline_a_leading_by_line_the_byline_and_the_rest_the_body() {
        var p = StoryTextParser.parse("\n\n  Storm Hits Coast  \r\nBy Marco Ruiz\r\n\r\nFirst para.\r\n\r\nSecond.", null);
        assertThat(p.headline()).isEqualTo("Storm Hits Coast");
        assertThat(p.byline()).isEqualTo("By Marco Ruiz");
        assertThat(p.body()).isEqualTo("First para.\n\nSecond.");
    }

    @Test
    void a_repeated_headline_stays_at_the_top_of_the_body_for_the_cleanup_and_the_byline_under_it_is_found()
            throws IOException {
        String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
        var p = StoryTextParser.parse(seed, null);
        assertThat(p.headline()).isEqualTo("Russia Slams US-Led Attack In Eastern Syria That Killed Dozens Of Troops");
        assertThat(p.byline()).as("moved to its field, without the stray hyphen").isEqualTo("By Aaron Miller");
        assertThat(p.body()).startsWith(p.headline() + "\n\nRussia has slammed");
        assertThat(seed.replace("By Aaron Miller-\n\n", "")).endsWith(p.body());
    }

    @Test
    void a_body_sentence_starting_with_by_is_not_taken_for_a_byline() {
        var p = StoryTextParser.parse("Headline\nBy noon on Sunday the river had burst its banks in three places, "
                + "flooding the old town and forcing hundreds of residents to leave their homes for the night.", null);
        assertThat(p.byline()).isNull();
    }

    @Test
    void bylines_with_roles_agencies_and_trailing_punctuation_are_recognised() {
        assertThat(StoryTextParser.parse("H\nBy Lena Okafor, Transport Correspondent\nText", null).byline())
                .isEqualTo("By Lena Okafor, Transport Correspondent");
        assertThat(StoryTextParser.parse("H\nBY JOHN SMITH | Reuters\nText", null).byline())
                .isEqualTo("BY JOHN SMITH | Reuters");
        assertThat(StoryTextParser.parse("H\nBy noon, the river had risen.\nText", null).byline()).isNull();
    }

    @Test
    void with_a_title_the_whole_text_is_the_body() {
        var p = StoryTextParser.parse("Line one\nBy someone\nLine three", "Given title");
        assertThat(p.headline()).isEqualTo("Given title");
        assertThat(p.body()).isEqualTo("Line one\nBy someone\nLine three");
    }

    @Test
    void blank_text_or_a_headline_alone_is_refused() {
        assertThatThrownBy(() -> StoryTextParser.parse(" \n \t", null)).hasMessage("There is no text to import.");
        assertThatThrownBy(() -> StoryTextParser.parse("Just a headline\n\n", null))
                .hasMessageContaining("Only a headline");
    }
}
