package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines in the shapes feeds use, found in the body, cleaned, and moved to the byline field by autoclean. */
class BylinesTest {

    private final Bylines bylines = new Bylines();

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "By Tomasz Nowak -#By Tomasz Nowak",
            "By Grace Oduya –#By Grace Oduya",
            "By Ana Lima and Ravi Menon |#By Ana Lima and Ravi Menon",
            "Keiko Tanaka, Reuters#Keiko Tanaka, Reuters",
            "Pablo Ortega | AP#Pablo Ortega | AP",
            "Written by Hanna Berg#Written by Hanna Berg",
            "BY MARTA SILVA#BY MARTA SILVA",
            "By Ines de la Cruz, Health Editor#By Ines de la Cruz, Health Editor",
            "By Jan van der Berg (dpa)#By Jan van der Berg (dpa)",
            "Oliver Grant in Nairobi#Oliver Grant in Nairobi"})
    void byline_shapes_are_found_and_cleaned(String line, String clean) {
        assertThat(bylines.find(line, true)).contains(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By noon the river had burst its banks.",
            "By the end of the year, prices had doubled.",
            "Protests in London",
            "Reuters reported the deal on Monday.",
            "The minister, Reuters said, will resign.",
            "Written by hand, the note was found in a drawer."})
    void ordinary_lines_are_not_bylines(String line) {
        assertThat(bylines.find(line, true)).isEmpty();
    }

    @Test
    void a_name_in_a_city_counts_only_near_the_top() {
        assertThat(bylines.find("Oliver Grant in Nairobi", false)).isEmpty();
    }

    @Test
    void autoclean_moves_the_byline_out_of_the_body_and_hands_it_over() {
        CleanupEngine engine = Engines.withoutGrammar();
        String body = "Keiko Tanaka, Reuters\n\nThe central bank raised rates on Thursday.\n\nMarkets fell.";
        Autoclean.Result result = engine.autoclean("Rates rise", body);
        assertThat(result.body()).isEqualTo("The central bank raised rates on Thursday.\n\nMarkets fell.");
        assertThat(result.byline()).isEqualTo("Keiko Tanaka, Reuters");
        String later = "The central bank raised rates.\n\nMarkets fell.\n\nTraders were calm.\n\nBy Tomasz Nowak -\n\nEnd.";
        assertThat(engine.autoclean("Rates rise", later).byline()).as("only among the first three paragraphs").isNull();
    }
}
