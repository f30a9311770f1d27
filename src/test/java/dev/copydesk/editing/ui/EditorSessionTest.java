package dev.copydesk.editing.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.editing.SavedDraft;
import dev.copydesk.editing.ui.EditMessages;
import dev.copydesk.editing.ui.EditorSession;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the editor's working state and its operations on the text, with no UI and no Spring. */
class EditorSessionTest {

    private static final String BODY = "The  council met.\n\nSubscribe now!\n\nThe end.";

    private final EditorSession session = new EditorSession();

    private static StoryDetails story(String body, List<Tag> tags) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new StoryDetails(7, "Council meets", null, "wire", StoryStatus.DRAFT, 3, body, "editor", now, now, tags,
                null);
    }

    private static Finding spacing(int start, int end) {
        return new Finding(FindingType.SPACING, start, end, "Double space", " ", "double-space", 1.0, true, false);
    }

    private static Finding query(int start, int end) {
        return new Finding(FindingType.STYLE, start, end, "Which council?", null, "vague", 0.5, false, true);
    }

    @Test
    void a_freshly_loaded_story_is_clean_and_the_blank_message_is_the_suggested_one() {
        session.load(story(BODY, List.of()));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.byline()).isEmpty();
        assertThat(session.suggestedMessage()).isEmpty();
        session.headline("Council meets ");
        assertThat(session.isDirty()).as("surrounding spaces do not count").isFalse();
        session.headline("Council met");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.edit("  ")).isEqualTo(new StoryEdit(3, "Council met", "", BODY, "", List.of()));
    }

    @Test
    void accepting_a_fix_changes_the_text_and_says_so_in_the_message_but_a_query_changes_nothing() {
        session.load(story(BODY, List.of()));
        session.findings(List.of(query(4, 11), spacing(3, 5)));
        assertThat(session.accept(List.of(0))).isFalse();
        assertThat(session.accept(List.of(5))).isFalse();
        assertThat(session.isDirty()).isFalse();

        assertThat(session.accept(List.of(1))).isTrue();
        assertThat(session.body()).startsWith("The council met.");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.suggestedMessage()).isEqualTo("Fixed 1 spacing issue");
        assertThat(session.edit("My words").message()).isEqualTo("My words");
        assertThat(session.edit("").message()).isEqualTo("Fixed 1 spacing issue");
    }

    @Test
    void accepting_a_type_applies_every_open_fix_of_that_type_and_counts_them() {
        session.load(story("A  b.\n\nC  d.", List.of()));
        session.findings(List.of(spacing(1, 3), spacing(8, 10), query(0, 1)));
        session.acceptType(FindingType.SPACING);
        assertThat(session.body()).isEqualTo("A b.\n\nC d.");
        assertThat(session.suggestedMessage()).isEqualTo("Fixed 2 spacing issues");
    }

    @Test
    void an_autoclean_that_changes_nothing_is_not_taken_and_one_that_does_is_logged() {
        session.load(story(BODY, List.of()));
        assertThat(session.autocleaned(new Autoclean.Result(BODY, List.of(), false, null))).isFalse();
        assertThat(session.suggestedMessage()).isEmpty();
        assertThat(session.autocleaned(new Autoclean.Result(BODY.replace("  ", " "), List.of(spacing(3, 5)), false, null)))
                .isTrue();
        assertThat(session.body()).isEqualTo(BODY.replace("  ", " "));
        assertThat(session.suggestedMessage()).isEqualTo("Fixed 1 spacing issue");
    }

    @Test
    void tagging_part_of_a_paragraph_makes_it_a_block_of_its_own_and_untagging_is_logged() {
        session.load(story("Real news. Subscribe now!\n\nThe end.", List.of()));
        assertThat(session.tag("  ", TagKind.AD)).isFalse();
        assertThat(session.tag("Subscribe now!", TagKind.AD)).isTrue();
        assertThat(session.body()).isEqualTo("Real news.\n\nSubscribe now!\n\nThe end.");
        assertThat(session.tags()).containsExactly(new Tag(TagKind.AD, "Subscribe now!"));
        assertThat(session.document().publishText()).doesNotContain("Subscribe");

        int start = session.body().indexOf("Subscribe");
        Tag tag = session.tagOn(start, start + "Subscribe now!".length()).orElseThrow();
        assertThat(session.tagOn(0, "Real news.".length())).isEmpty();
        session.untag(tag);
        assertThat(session.tags()).isEmpty();
        assertThat(session.suggestedMessage()).isEqualTo("Tagged 1 ad insert; untagged 1 passage");
    }

    @Test
    void tagging_a_finding_tags_the_passage_it_covers() {
        session.load(story(BODY, List.of()));
        int start = BODY.indexOf("Subscribe");
        session.findings(List.of(new Finding(FindingType.AD_INSERT, start, start + 14, "Ad", null, "ad", 0.9, false,
                false)));
        assertThat(session.tag(0, TagKind.AD)).isTrue();
        assertThat(session.tags()).containsExactly(new Tag(TagKind.AD, "Subscribe now!"));
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void selection_steps_round_the_open_findings_and_new_findings_clear_it() {
        session.load(story(BODY, List.of()));
        assertThat(session.step(1)).isEqualTo(-1);
        session.findings(List.of(spacing(3, 5), query(4, 11), query(20, 25)));
        assertThat(session.step(1)).isZero();
        assertThat(session.step(-1)).isEqualTo(2);
        assertThat(session.select(3)).isFalse();
        assertThat(session.select(2)).isTrue();
        assertThat(session.step(1)).isZero();
        session.findings(List.of(spacing(3, 5)));
        assertThat(session.selected()).isEqualTo(-1);
    }

    @Test
    void a_draft_equal_to_the_revision_is_not_offered_and_a_restored_one_counts_as_a_hand_edit() {
        List<Tag> tags = List.of(new Tag(TagKind.AD, "Subscribe now!"));
        session.load(story(BODY, tags));
        Instant at = Instant.parse("2026-12-01T11:00:00Z");
        assertThat(session.differsFrom(new SavedDraft(7, 3, "Council meets", null, BODY, tags, at))).isFalse();
        SavedDraft draft = new SavedDraft(7, 2, "Council meets", null, "Changed.", List.of(), at);
        assertThat(session.differsFrom(draft)).isTrue();
        session.restore(draft);
        assertThat(session.body()).isEqualTo("Changed.");
        assertThat(session.tags()).isEmpty();
        assertThat(session.suggestedMessage()).isEqualTo("Edited the text");
        assertThat(session.isDirty()).isTrue();
        session.unload();
        assertThat(session.isDirty()).as("nothing loaded, nothing to lose").isFalse();
    }

    @Test
    void a_resolved_conflict_is_saved_on_top_of_the_revision_it_was_resolved_against() {
        session.load(story(BODY, List.of()));
        session.typed("Mine.");
        session.text("Resolved.");
        assertThat(session.editOnTopOf(5, "Edited the text"))
                .isEqualTo(new StoryEdit(5, "Council meets", "", "Resolved.", "Edited the text", List.of()));
    }

    @Test
    void the_session_and_its_message_log_import_no_vaadin() {
        noClasses().that().belongToAnyOf(EditorSession.class, EditMessages.class)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(new ClassFileImporter().importClasses(EditorSession.class, EditMessages.class));
    }

    // ---- paragraphs by id (the paragraph editor) and a newer revision under unsaved work

    private static final String FOUR = "One para.\n\nTwo para.\n\nThree para.\n\nFour para.";

    private static StoryDetails revision(int number, String headline, String body, List<String> ids) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new StoryDetails(7, headline, null, "wire", StoryStatus.DRAFT, number, body, "editor", now, now,
                List.of(), null, null, null, null, null, ids);
    }

    @Test
    void a_paragraph_keeps_its_id_while_typed_even_after_an_earlier_one_is_deleted() {
        session.load(revision(3, "H", FOUR, List.of("b1", "b5", "b7", "b9")));
        assertThat(session.document().blocks()).extracting(b -> b.id()).containsExactly("b1", "b5", "b7", "b9");
        session.text("One para.\n\nThree para.\n\nFour para."); // paragraph two deleted, unsaved
        assertThat(session.typedBlock("b7", "Three para, rewritten from scratch.")).isTrue();
        assertThat(session.document().blocks()).extracting(b -> b.id() + "=" + b.text())
                .containsExactly("b1=One para.", "b7=Three para, rewritten from scratch.", "b9=Four para.");
        assertThat(session.typedBlock("b7", "Three para, rewritten again.")).as("still b7, still typed").isTrue();
    }

    @Test
    void typed_line_breaks_stay_one_paragraph_and_a_blank_box_removes_nothing() {
        session.load(revision(3, "H", FOUR, List.of("b1", "b2", "b3", "b4")));
        assertThat(session.typedBlock("b2", "Two\npara, split?")).isTrue();
        assertThat(session.body()).isEqualTo("One para.\n\nTwo para, split?\n\nThree para.\n\nFour para.");
        assertThat(session.typedBlock("b2", "   ")).isFalse();
        assertThat(session.blockText("b2")).isEqualTo("Two para, split?");
        assertThat(session.typedBlock("b2", "Two, retyped.")).isTrue();
        assertThat(session.blockText("b2")).isEqualTo("Two, retyped.");
    }

    @Test
    void the_box_follows_its_paragraph_by_text_when_a_merge_gives_it_another_id() {
        session.load(revision(3, "H", FOUR, List.of("b1", "b2", "b3", "b4")));
        assertThat(session.anchor("b3", "Three para.")).isEqualTo("b3");
        assertThat(session.anchor("b9", "Three para.")).as("found by its text").isEqualTo("b3");
        assertThat(session.anchor("b3", "Something else")).as("changed, still there").isEqualTo("b3");
        assertThat(session.anchor("b9", "Something else")).as("gone").isNull();
    }

    @Test
    void a_newer_revision_merges_under_unsaved_work_and_an_overlap_leaves_everything_as_it_was() {
        session.load(revision(3, "H", FOUR, List.of("b1", "b2", "b3", "b4")));
        session.typedBlock("b2", "Two, mine.");
        StoryDetails theirs = revision(4, "H", FOUR.replace("Four para.", "Four, theirs."), List.of("b1", "b2", "b3", "b4"));
        assertThat(session.rebase(theirs)).isTrue();
        assertThat(session.loaded().revision()).isEqualTo(4);
        assertThat(session.body()).isEqualTo("One para.\n\nTwo, mine.\n\nThree para.\n\nFour, theirs.");
        assertThat(session.isDirty()).isTrue();

        StoryDetails overlapping = revision(5, "H", theirs.body().replace("Two para.", "Two, also theirs."),
                List.of("b1", "b2", "b3", "b4"));
        assertThat(session.rebase(overlapping)).isFalse();
        assertThat(session.loaded().revision()).isEqualTo(4);
        assertThat(session.blockText("b2")).isEqualTo("Two, mine.");
    }

    @Test
    void both_changing_the_headline_to_the_same_words_is_no_conflict_but_to_different_ones_is() {
        session.load(revision(3, "Old headline", FOUR, List.of("b1", "b2", "b3", "b4")));
        session.headline("New headline");
        assertThat(session.rebase(revision(4, "New headline", FOUR, List.of("b1", "b2", "b3", "b4")))).isTrue();
        session.headline("Mine");
        assertThat(session.rebase(revision(5, "Theirs", FOUR, List.of("b1", "b2", "b3", "b4")))).isFalse();
        assertThat(session.headline()).isEqualTo("Mine");
    }
}
