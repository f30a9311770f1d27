package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";

    @Test
    void edits_to_different_paragraphs_combine() {
        String mine = BASE.replace("First", "1st");
        String theirs = BASE.replace("Third", "3rd");
        assertThat(ThreeWayMerge.merge(BASE, mine, theirs)).contains("1st paragraph.\n\nSecond paragraph.\n\n3rd paragraph.");
    }

    @Test
    void edits_to_the_same_paragraph_or_inserts_at_the_same_place_conflict() {
        assertThat(ThreeWayMerge.merge(BASE, BASE.replace("Second", "2nd"), BASE.replace("Second", "Other"))).isEmpty();
        assertThat(ThreeWayMerge.merge(BASE, BASE + "\n\nMine.", BASE + "\n\nTheirs.")).isEmpty();
    }

    @Test
    void when_one_side_did_nothing_the_other_side_wins_and_equal_edits_agree() {
        String edited = BASE.replace("Second", "2nd");
        assertThat(ThreeWayMerge.merge(BASE, BASE, edited)).contains(edited);
        assertThat(ThreeWayMerge.merge(BASE, edited, BASE)).contains(edited);
        assertThat(ThreeWayMerge.merge(BASE, edited, edited)).contains(edited);
    }
}
