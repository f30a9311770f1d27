package dev.copydesk.text;

import static dev.copydesk.text.TextDiff.Kind.DELETED;
import static dev.copydesk.text.TextDiff.Kind.INSERTED;
import static dev.copydesk.text.TextDiff.Kind.MOVED;
import static dev.copydesk.text.TextDiff.Kind.MOVED_AWAY;
import static dev.copydesk.text.TextDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dev.copydesk.text.TextDiff;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void a_changed_word_shows_as_one_deletion_and_one_insertion_between_kept_text() {
        List<TextDiff.Run> runs = TextDiff.of("The planes halted strikes.", "The planes stopped strikes.");
        assertThat(runs).containsExactly(new TextDiff.Run(TextDiff.Kind.SAME, "The planes "),
                new TextDiff.Run(TextDiff.Kind.DELETED, "halted"), new TextDiff.Run(TextDiff.Kind.INSERTED, "stopped"),
                new TextDiff.Run(TextDiff.Kind.SAME, " strikes."));
    }

    @Test
    void kept_and_deleted_runs_rebuild_the_old_text_and_kept_and_inserted_the_new() {
        String before = "Russia has slammed a US-led attack.\n\nAD: Lounge Bar\n\nThe end.";
        String after = "Russia has slammed a US-led air attack.\n\nThe end, really.";
        List<TextDiff.Run> runs = TextDiff.of(before, after);
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (TextDiff.Run r : runs) {
            if (r.kind() != TextDiff.Kind.INSERTED) {
                old.append(r.text());
            }
            if (r.kind() != TextDiff.Kind.DELETED) {
                now.append(r.text());
            }
        }
        assertThat(old.toString()).isEqualTo(before);
        assertThat(now.toString()).isEqualTo(after);
    }

    @Test
    void spacing_alone_is_no_change_and_the_kept_text_is_shown_as_it_now_stands() {
        String before = "The council  approved\u00A0the budget. \n\n\nIt takes effect in April.  ";
        String after = "The council approved the budget.\n\nIt takes effect\nin April.";
        assertThat(TextDiff.of(before, after)).containsExactly(new TextDiff.Run(TextDiff.Kind.SAME, after));
    }

    @Test
    void a_word_change_next_to_a_spacing_change_shows_only_the_word() {
        List<TextDiff.Run> runs = TextDiff.of("The planes  halted strikes .", "The planes stopped strikes.");
        assertThat(runs).containsExactly(new TextDiff.Run(TextDiff.Kind.SAME, "The planes "),
                new TextDiff.Run(TextDiff.Kind.DELETED, "halted"), new TextDiff.Run(TextDiff.Kind.INSERTED, "stopped"),
                new TextDiff.Run(TextDiff.Kind.SAME, " strikes."));
    }

    @Test
    void splitting_a_paragraph_is_a_change_not_spacing() {
        List<TextDiff.Run> runs = TextDiff.of("Votes were cast. The count began.", "Votes were cast.\n\nThe count began.");
        assertThat(runs).containsExactly(new TextDiff.Run(TextDiff.Kind.SAME, "Votes were cast."),
                new TextDiff.Run(TextDiff.Kind.DELETED, " "), new TextDiff.Run(TextDiff.Kind.INSERTED, "\n\n"),
                new TextDiff.Run(TextDiff.Kind.SAME, "The count began."));
    }

    @Test
    void a_moved_paragraph_shows_once_where_it_now_stands_and_as_moved_away_where_it_stood() {
        List<TextDiff.Run> runs = TextDiff.of("First.\n\nSecond para.\n\nThird para.",
                "First.\n\nThird para.\n\nSecond para.");
        assertThat(runs).containsExactly(new TextDiff.Run(SAME, "First."),
                new TextDiff.Run(MOVED_AWAY, "\n\nSecond para.", 3), new TextDiff.Run(SAME, "\n\nThird para."),
                new TextDiff.Run(MOVED, "\n\nSecond para.", 2));
    }

    @Test
    void a_paragraph_moved_and_respaced_is_still_a_move() {
        List<TextDiff.Run> runs = TextDiff.of("Lead.\n\nThe  end, really.", "The end,\nreally.\n\nLead.");
        assertThat(runs).extracting(TextDiff.Run::kind).containsExactly(MOVED_AWAY, SAME, MOVED);
        assertThat(runs.getLast()).isEqualTo(new TextDiff.Run(MOVED, "\n\nLead.", 1));
    }

    @Test
    void a_paragraph_moved_and_edited_shows_as_deleted_and_inserted() {
        List<TextDiff.Run> runs = TextDiff.of("Alpha one.\n\nBeta two.\n\nGamma three.",
                "Beta two.\n\nGamma three.\n\nAlpha uno.");
        assertThat(runs).containsExactly(new TextDiff.Run(DELETED, "Alpha one.\n\n"),
                new TextDiff.Run(SAME, "Beta two.\n\nGamma three."), new TextDiff.Run(INSERTED, "\n\nAlpha uno."));
    }

    @Test
    void two_paragraphs_swapped_and_a_third_edited_give_one_move_and_the_word_change() {
        List<TextDiff.Run> runs = TextDiff.of("Alpha one.\n\nBeta two.\n\nThe planes halted strikes.",
                "Beta two.\n\nAlpha one.\n\nThe planes stopped strikes.");
        assertThat(runs).filteredOn(r -> r.kind() == MOVED).singleElement()
                .satisfies(r -> assertThat(r.text().strip()).isIn("Alpha one.", "Beta two."));
        assertThat(runs).filteredOn(r -> r.kind() == MOVED_AWAY).hasSize(1);
        assertThat(runs).filteredOn(r -> r.kind() == DELETED).extracting(TextDiff.Run::text).containsExactly("halted");
        assertThat(runs).filteredOn(r -> r.kind() == INSERTED).extracting(TextDiff.Run::text)
                .containsExactly("stopped");
    }

    @Test
    void a_paragraph_copied_to_a_second_place_is_inserted_not_moved() {
        assertThat(TextDiff.of("A.\n\nB.\n\nC.", "C.\n\nA.\n\nB.\n\nC.")).containsExactly(
                new TextDiff.Run(INSERTED, "C.\n\n"), new TextDiff.Run(SAME, "A.\n\nB.\n\nC."));
    }

    @Test
    void one_copy_of_a_repeated_paragraph_taken_out_is_deleted_not_moved() {
        assertThat(TextDiff.of("A.\n\nB.\n\nA.", "B.\n\nA.")).containsExactly(
                new TextDiff.Run(DELETED, "A.\n\n"), new TextDiff.Run(SAME, "B.\n\nA."));
    }

    @Test
    void neighbouring_paragraphs_moved_together_are_one_run_each() {
        List<TextDiff.Run> runs = TextDiff.of("M.\n\nN.\n\nA.\n\nB.", "A.\n\nB.\n\nM.\n\nN.");
        assertThat(runs).containsExactly(new TextDiff.Run(MOVED_AWAY, "M.\n\n", 3),
                new TextDiff.Run(MOVED_AWAY, "N.\n\n", 4), new TextDiff.Run(SAME, "A.\n\nB."),
                new TextDiff.Run(MOVED, "\n\nM.", 1), new TextDiff.Run(MOVED, "\n\nN.", 2));
    }

    @Test
    void an_empty_text_on_either_side_is_all_inserted_or_all_deleted() {
        assertThat(TextDiff.of("", "A.\n\nB.")).containsExactly(new TextDiff.Run(INSERTED, "A.\n\nB."));
        assertThat(TextDiff.of("A.\n\nB.", null)).containsExactly(new TextDiff.Run(DELETED, "A.\n\nB."));
        assertThat(TextDiff.of("", "")).isEmpty();
        assertThat(TextDiff.of("  ", "")).isEmpty();
    }

    @Test
    void kept_inserted_and_moved_rebuild_the_new_text_and_kept_deleted_and_moved_away_the_old() {
        String[][] pairs = {{"M.\n\nN.\n\nA.\n\nB.", "A.\n\nB.\n\nM.\n\nN."},
                {"Alpha one.\n\nBeta two.\n\nThe planes halted.", "Beta two.\n\nAlpha one.\n\nThe planes stopped."},
                {"A.\n\nB.\n\nA.", "B.\n\nA.\n\nA.\n\nC."}, {"One.\n\nTwo.", "Two.\n\nOne."}};
        for (String[] pair : pairs) {
            List<TextDiff.Run> runs = TextDiff.of(pair[0], pair[1]);
            assertThat(join(runs, Set.of(SAME, DELETED, MOVED_AWAY))).isEqualTo(pair[0]);
            assertThat(join(runs, Set.of(SAME, INSERTED, MOVED))).isEqualTo(pair[1]);
        }
    }

    private static String join(List<TextDiff.Run> runs, Set<TextDiff.Kind> kinds) {
        StringBuilder out = new StringBuilder();
        runs.stream().filter(r -> kinds.contains(r.kind())).forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
