package dev.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
