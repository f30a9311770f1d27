package dev.copydesk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Closed compounds are house style, not misspellings; glued words with a function word are still misspelt. */
class ClosedCompoundsTest {

    @Test
    void two_content_words_written_as_one_are_a_closed_compound() {
        assertThat(CleanupEngine.closedCompound("thinktank", "think tank")).isTrue();
        assertThat(CleanupEngine.closedCompound("horsemeat", "horse meat")).isTrue();
        assertThat(CleanupEngine.closedCompound("Stockmarket", "Stock market")).isTrue();
    }

    @Test
    void a_function_word_glued_on_a_misspelling_or_another_split_is_not() {
        assertThat(CleanupEngine.closedCompound("validateyour", "validate your")).isFalse();
        assertThat(CleanupEngine.closedCompound("ofthe", "of the")).isFalse();
        assertThat(CleanupEngine.closedCompound("recieve", "receive")).isFalse();
        assertThat(CleanupEngine.closedCompound("ebooks", "e-books")).isFalse();
        assertThat(CleanupEngine.closedCompound("onalive", "on a live")).isFalse();
        assertThat(CleanupEngine.closedCompound("sportscar", "sport scar")).as("only the same letters split once")
                .isTrue();
    }

    @Test
    void in_a_story_the_compound_goes_unflagged_and_the_glued_phrase_is_flagged() {
        String body = "The thinktank said the stockmarket had fallen, and asked readers to validateyour findings.";
        var spelling = Engines.british().analyze("Markets", body).findings().stream()
                .filter(f -> f.type() == FindingType.SPELLING).map(f -> body.substring(f.start(), f.end())).toList();
        assertThat(spelling).contains("validateyour").doesNotContain("thinktank", "stockmarket");
    }
}
