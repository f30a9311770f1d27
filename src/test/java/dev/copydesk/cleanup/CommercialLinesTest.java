package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unmarked advertisers' lines and share prompts between paragraphs, on text that is neither the seed nor the corpus. */
class CommercialLinesTest {

    private static final String BEFORE = "The council voted on Tuesday to close the library at the end of the year.\n\n";
    private static final String AFTER = "\n\nResidents said they would start a petition against the change.";

    private final CleanupEngine engine = Engines.withoutGrammar();

    @ParameterizedTest
    @ValueSource(strings = {"Cheap Flights To Spain From £29", "Buy One Get One Free – Order Now",
            "Best Mortgage Deals Compared Here", "Winter Coats Up To 60% Off", "Affordable Dentists Near You"})
    void a_line_in_an_advertisers_words_is_removed(String line) {
        assertThat(engine.autoclean("Library to close", BEFORE + line + AFTER).body()).isEqualTo(BEFORE.strip() + AFTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Road Ahead", "Free Speech On Trial", "What Happens Next", "A Deal Too Far",
            "Prices Rise Again", "Top Marks For The Library Staff"})
    void a_subhead_stays(String line) {
        String body = BEFORE + line + AFTER;
        assertThat(engine.autoclean("Library to close", body).body()).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this:", "Share this article", "Follow @CouncilNews on Twitter for the latest updates",
            "Email this story"})
    void share_and_follow_prompts_are_removed(String line) {
        assertThat(engine.autoclean("Library to close", BEFORE + line + AFTER).body()).isEqualTo(BEFORE.strip() + AFTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She said she would share this news with the trust.",
            "Follow the money, the auditor told councillors on Tuesday."})
    void sentences_with_the_same_words_stay(String line) {
        String body = BEFORE + line + AFTER;
        assertThat(engine.autoclean("Library to close", body).body()).isEqualTo(body);
    }
}
