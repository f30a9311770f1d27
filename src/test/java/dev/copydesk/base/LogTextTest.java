package dev.copydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void a_line_break_in_a_user_string_cannot_start_a_forged_log_line() {
        String forged = "wire\n2026-12-01 INFO  User admin created with role ADMIN";
        assertThat(LogText.quote(forged)).doesNotContain("\n").startsWith("\"wire\\n2026");
        assertThat(LogText.quote("a\rb\u2028c\u001b[31md")).isEqualTo("\"a\\rb\\u2028c\\u001b[31md\"");
    }

    @Test
    void quotes_are_escaped_so_the_value_cannot_close_its_own_quotes() {
        assertThat(LogText.quote("Reuters\" by=\"admin")).isEqualTo("\"Reuters\\\" by=\\\"admin\"");
    }

    @Test
    void ordinary_names_pass_unchanged_and_long_ones_are_cut() {
        assertThat(LogText.quote("Agence France-Presse – Genève")).isEqualTo("\"Agence France-Presse – Genève\"");
        assertThat(LogText.quote("x".repeat(500))).hasSize(LogText.MAX_LENGTH + 3).endsWith("\u2026\"");
        assertThat(LogText.quote(null)).isEqualTo("null");
        assertThat(LogText.quote("\ud800 lone")).isEqualTo("\"\\ud800 lone\"");
    }
}
