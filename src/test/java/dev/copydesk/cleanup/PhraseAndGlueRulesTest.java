package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three rules that were fitted to the seed, on sentences that are not from it: each must flag its examples and
 * leave its counter-examples alone.
 */
class PhraseAndGlueRulesTest {

    private final CleanupEngine engine = Engines.withoutGrammar();

    private List<Finding> found(String ruleId, String paragraph) {
        return engine.analyze("A headline about something else", paragraph).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Basic services such as water and power, remain cut off in the north.",
            "Rare minerals such as lithium, are in short supply this winter.",
            "Several big brands such as Nike, have raised their prices."})
    void an_inserted_such_as_without_its_opening_comma_is_flagged(String sentence) {
        assertThat(found("such-as-comma", sentence)).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isEqualTo(", such"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Countries such as France, Germany and Spain signed the pact.",
            "In cities such as Leeds, the buses run late.",
            "Fruit such as apples, pears and plums grows well here.",
            "Companies such as Apple, which make phones, face new rules."})
    void a_list_an_introductory_phrase_or_a_new_clause_is_left_alone(String sentence) {
        assertThat(found("such-as-comma", sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The deal facilitated them to leave the country within a week.",
            "Officials said the gap in the fence facilitated Hamas to smuggle weapons.",
            "The new law facilitates people to claim refunds online."})
    void facilitate_someone_to_do_is_flagged(String sentence) {
        assertThat(found("facilitate-to", sentence)).singleElement()
                .satisfies(f -> assertThat(f.replacement()).startsWith("help"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The ambulance crew facilitated the transfer to hospital.",
            "The agreement facilitated access to markets in Asia.",
            "Talks facilitated by Qatar to end the war resumed on Monday.",
            "The charity facilitated Britain's return to the scheme.",
            "The treaty facilitated them to the border without checks."})
    void facilitating_a_thing_is_left_alone(String sentence) {
        assertThat(found("facilitate-to", sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "worldThe prime minister said the vote would go ahead.",
            "newsIn a statement, the club confirmed the signing.",
            "politicsA new poll shows the race is tight."})
    void a_tag_glued_to_a_sentence_opening_word_is_removed_safely(String paragraph) {
        assertThat(found("glued-label", paragraph)).singleElement().satisfies(f -> {
            assertThat(f.safe()).isTrue();
            assertThat(paragraph.substring(f.end())).matches("\\p{Lu}.*");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "easyJet cancelled dozens of flights on Friday.",
            "iPhone sales rose in the last quarter.",
            "macOS updates arrive in the autumn.",
            "youTube Shorts is growing fast, the company said."})
    void a_word_or_name_with_an_inner_capital_keeps_its_letters(String paragraph) {
        assertThat(found("glued-label", paragraph)).isEmpty();
        assertThat(engine.autoclean("A headline about something else", paragraph).body())
                .startsWith(paragraph.substring(0, paragraph.indexOf(' ')));
    }
}
