package dev.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;
import dev.copydesk.text.ThreeWayMerge;
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

    @Test
    void a_tag_and_a_word_fix_on_the_same_paragraph_both_land_because_kind_and_text_merge_apart() {
        Body base = Body.parse("The council met.\n\nBuy Sofas Now\n\nIt approved the budget.");
        Body mine = base.withKind("b2", BlockKind.AD);
        Body theirs = base.edit("The council met.\n\nBuy Sofas Now!\n\nIt approved the budget.");
        assertThat(ThreeWayMerge.merge(base, mine, theirs)).get().satisfies(m -> {
            assertThat(m.text()).isEqualTo("The council met.\n\nBuy Sofas Now!\n\nIt approved the budget.");
            assertThat(m.block("b2")).get().extracting(Block::kind).isEqualTo(BlockKind.AD);
        });
    }

    @Test
    void an_edit_against_a_deletion_of_the_same_paragraph_conflicts_but_an_untouched_deletion_merges() {
        Body base = Body.parse(BASE);
        Body deleted = base.edit("First paragraph.\n\nThird paragraph.");
        assertThat(ThreeWayMerge.merge(base, deleted, base.edit(BASE.replace("Second", "2nd")))).isEmpty();
        assertThat(ThreeWayMerge.merge(base, deleted, base.edit(BASE.replace("Third", "3rd")))).get()
                .extracting(Body::text).isEqualTo("First paragraph.\n\n3rd paragraph.");
    }

    @Test
    void inserts_at_different_places_keep_distinct_ids_even_when_both_sides_made_up_the_same_one() {
        Body base = Body.parse(BASE);
        Body mine = base.edit("Opening.\n\n" + BASE);
        Body theirs = base.edit(BASE + "\n\nClosing.");
        assertThat(mine.block("b4")).isPresent();
        assertThat(theirs.block("b4")).isPresent();
        Body merged = ThreeWayMerge.merge(base, mine, theirs).orElseThrow();
        assertThat(merged.text()).isEqualTo("Opening.\n\n" + BASE + "\n\nClosing.");
        assertThat(merged.block("b4")).get().extracting(Block::text).as("theirs keep their id").isEqualTo("Closing.");
    }

    @Test
    void a_moved_paragraph_merges_with_a_word_fix_elsewhere_but_not_with_another_structural_change() {
        Body base = Body.parse(BASE);
        Body reordered = base.edit("Third paragraph.\n\nFirst paragraph.\n\nSecond paragraph.");
        assertThat(reordered.blocks()).as("a moved paragraph keeps its id").extracting(Block::id)
                .containsExactly("b3", "b1", "b2");
        Body fixed = base.edit(BASE.replace("First", "1st"));
        assertThat(ThreeWayMerge.merge(base, reordered, fixed)).get().extracting(Body::text)
                .isEqualTo("Third paragraph.\n\n1st paragraph.\n\nSecond paragraph.");
        assertThat(ThreeWayMerge.merge(base, reordered, base.edit(BASE + "\n\nMore."))).isEmpty();
    }
}
