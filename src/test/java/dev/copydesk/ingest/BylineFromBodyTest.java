package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byline an import finds further down the body ({@link StoryTextParser#bylineInBody}): a line that is wholly a
 * byline among the first three paragraphs, never a sentence that merely starts with "By", never deeper down.
 */
class BylineFromBodyTest {

    private static final String HEADLINE = "Tram depot fire under control";
    private static final String LEDE = "Fire crews brought a blaze at the northern tram depot under control early on "
            + "Thursday after it had burned for six hours, the city's transport authority said.";
    private static final String SECOND = "Nobody was hurt, but eleven trams were damaged and two lines will run on "
            + "replacement buses until the weekend.";

    private static String found(String body) {
        return StoryTextParser.bylineInBody(HEADLINE, body).orElse(null);
    }

    @Test
    void a_byline_after_a_dateline_is_found_and_cleaned_of_its_stray_punctuation() {
        assertThat(found("KRAKOW, Poland\n\nBy Zofia Wrobel -\n\n" + LEDE)).isEqualTo("By Zofia Wrobel");
    }

    @Test
    void a_byline_after_a_photo_caption_is_found() {
        assertThat(found("Smoke over the depot roof on Thursday morning. Photo: Piotr Lis\n\nBy Zofia Wrobel and Adam "
                + "Nowicki\n\n" + LEDE)).isEqualTo("By Zofia Wrobel and Adam Nowicki");
    }

    @Test
    void a_byline_as_the_first_or_the_second_paragraph_is_found() {
        assertThat(found("Written by Zofia Wrobel\n\n" + LEDE + "\n\n" + SECOND)).isEqualTo("Written by Zofia Wrobel");
        assertThat(found("KRAKOW\nZofia Wrobel, Reuters\n" + LEDE)).as("one newline between paragraphs is enough")
                .isEqualTo("Zofia Wrobel, Reuters");
    }

    @Test
    void a_byline_in_the_third_paragraph_is_found_but_not_in_the_fourth_or_the_sixth() {
        assertThat(found("KRAKOW\n\nSmoke over the depot. Photo: Piotr Lis\n\nBY ZOFIA WROBEL\n\n" + LEDE))
                .isEqualTo("BY ZOFIA WROBEL");
        assertThat(found("KRAKOW\n\nSmoke over the depot. Photo: Piotr Lis\n\n" + LEDE + "\n\nBy Zofia Wrobel\n\n"
                + SECOND)).as("fourth paragraph").isNull();
        assertThat(found(LEDE + "\n\n" + SECOND + "\n\nThe depot opened in 1927.\n\nIt was rebuilt in 1961.\n\n"
                + "Investigators are due on Friday.\n\nBy Zofia Wrobel\n\nEnd.")).as("sixth paragraph").isNull();
    }

    @Test
    void a_repeated_headline_is_not_counted_among_the_three_paragraphs() {
        assertThat(found(HEADLINE + "\n\nKRAKOW\n\nSmoke over the depot. Photo: Piotr Lis\n\nBy Zofia Wrobel, "
                + "Transport Correspondent\n\n" + LEDE)).isEqualTo("By Zofia Wrobel, Transport Correspondent");
    }

    @Test
    void only_the_first_byline_counts_and_the_body_is_left_as_it_is() {
        String body = "By Zofia Wrobel\n\nBy Adam Nowicki\n\n" + LEDE;
        assertThat(found(body)).isEqualTo("By Zofia Wrobel");
        assertThat(body).startsWith("By Zofia Wrobel\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Written by the committee in 1999, the report was never published.",
            "By Tuesday the river had risen",
            "By Tuesday the river had risen above the second step of the old town hall.",
            "\u201cBy Friday we will have every line running again,\u201d said Marek Zielinski.",
            "\"By God, we were lucky,\" said a driver.",
            "Tram Depot Fire Under Control",
            "Eleven Trams Damaged in Krakow",
            "Reuters reported the fire on Thursday.",
            "By the numbers"})
    void a_line_that_only_mentions_by_or_looks_like_a_headline_is_left_alone(String line) {
        assertThat(found(line + "\n\n" + LEDE + "\n\n" + SECOND)).isNull();
        assertThat(found("KRAKOW\n\n" + line + "\n\n" + LEDE)).isNull();
    }

    @Test
    void a_name_in_a_city_is_left_for_the_editor_since_a_headline_like_line_takes_the_same_shape() {
        assertThat(found("Zofia Wrobel in Krakow\n\n" + LEDE)).isNull();
        assertThat(found("Eleven Trams Damaged in Krakow\n\n" + LEDE)).isNull();
    }

    @Test
    void no_body_or_a_blank_one_has_no_byline() {
        assertThat(StoryTextParser.bylineInBody(HEADLINE, "")).isEmpty();
        assertThat(StoryTextParser.bylineInBody(null, null)).isEmpty();
        assertThat(StoryTextParser.bylineInBody(null, "By Zofia Wrobel\n\n" + LEDE)).contains("By Zofia Wrobel");
    }
}
