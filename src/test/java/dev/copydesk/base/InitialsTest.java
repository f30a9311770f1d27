package dev.copydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.base.ui.Initials;
import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void two_names_give_two_initials_and_one_name_its_first_two_letters() {
        assertThat(Initials.of("Ana Lopez")).isEqualTo("AL");
        assertThat(Initials.of("ana.lopez")).isEqualTo("AL");
        assertThat(Initials.of("jean-luc")).isEqualTo("JL");
        assertThat(Initials.of("editor")).isEqualTo("ED");
        assertThat(Initials.of("x")).isEqualTo("X");
        assertThat(Initials.of(" \u00e9lise ")).isEqualTo("\u00c9L");
    }
}
