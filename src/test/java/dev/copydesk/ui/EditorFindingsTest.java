package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.StoryAutocleanService;
import dev.copydesk.editing.ui.FindingsPanel;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class EditorFindingsTest extends KaribuTest {

    @Autowired
    ImportService imports;
    @Autowired
    StoryService stories;
    @Autowired
    StoryAutocleanService autoclean;

    private StoryDetails importSeed() throws Exception {
        String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
        return TestUsers.as("editor", Role.EDITOR, () -> imports.importText(seed, "test", null));
    }

    @Test
    void the_editor_lists_findings_and_autoclean_fixes_the_text_in_the_editor_until_saved() throws Exception {
        StoryDetails story = importSeed();
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));

        var rows = _get(FindingsPanel.class).rows();
        assertThat(rows.stream().filter(r -> r.index() >= 0)).hasSizeGreaterThan(20);
        assertThat(rows).anyMatch(r -> r.message().contains("headline is repeated"));

        _click(_get(Button.class, spec -> spec.withId("autoclean")));
        _click(_get(Button.class, spec -> spec.withId("mode")));
        String cleaned = _get(TextArea.class, spec -> spec.withId("body")).getValue();
        assertThat(cleaned).doesNotContain("Lounge Bar").doesNotContain("russiaThe").startsWith("Russia has slammed");
        assertThat(_get(TextField.class, spec -> spec.withId("byline")).getValue()).isEqualTo("By Aaron Miller");
        assertThat(stories.get(story.id()).revision()).as("not saved until Save").isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(stories.get(story.id()).body()).isEqualTo(cleaned);
    }

    @Test
    void accept_all_suggestions_counts_and_applies_them_in_the_editor_until_saved() throws Exception {
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Council budget",
                null, "wire", "The council met in the vicinity of the town hall to discuss the budget for the coming year.\n\n"
                        + "In the event that the vote fails, members will ask for more time to read the figures.", "raw")));
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));

        Button all = _get(Button.class, spec -> spec.withId("accept-suggestions"));
        assertThat(all.getText()).matches("Accept all suggestions \\([1-9]\\d*\\)");
        assertThat(_get(Button.class, spec -> spec.withId("autoclean")).getText())
                .as("the wordy phrases are suggestions, not safe fixes").isEqualTo("Accept all safe fixes (0)");
        _click(all);
        _click(_get(Button.class, spec -> spec.withId("mode")));
        assertThat(_get(TextArea.class, spec -> spec.withId("body")).getValue()).contains("met near the town hall to discuss")
                .startsWith("The council").contains("If the vote fails");
        assertThat(stories.get(story.id()).revision()).as("not saved until Save").isEqualTo(1);
    }

    @Test
    void near_identical_findings_are_one_row_accepted_or_ignored_together() throws Exception {
        String body = "Police searched in the vicinity of the harbour on Monday night after the alarm was raised.\n\n"
                + "Divers worked in the vicinity of the pier until dawn, the coastguard said in a statement.\n\n"
                + "In the vicinity of the old lighthouse, walkers were asked to keep away in the event that the cliff gave way.";
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Harbour search",
                null, "wire", body, "raw")));
        StoryDetails another = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft("Harbour search",
                null, "wire", body, "raw")));
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(another.id()));
        FindingsPanel panel = _get(FindingsPanel.class);
        panel.run("ignore", vicinityRow(panel));
        assertThat(_get(FindingsPanel.class).rows()).noneMatch(r -> r.index() >= 0 && r.context().contains("vicinity"));
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("ignored")).getSummaryText())
                .as("one entry: an ignore holds for the same words wherever they recur").isEqualTo("Ignored (1)");

        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        panel = _get(FindingsPanel.class);
        FindingsPanel.Row vicinity = vicinityRow(panel);
        assertThat(vicinity.members()).hasSize(3);
        assertThat(vicinity.places()).isEqualTo("in 3 places");
        assertThat(panel.rows()).filteredOn(r -> r.context().contains("in the event that")).singleElement()
                .satisfies(r -> assertThat(r.members()).hasSize(1)).satisfies(r -> assertThat(r.places()).isEmpty());

        panel.run("accept", vicinity);
        _click(_get(Button.class, spec -> spec.withId("mode")));
        assertThat(_get(TextArea.class, spec -> spec.withId("body")).getValue()).doesNotContainIgnoringCase("vicinity")
                .contains("searched near the harbour").contains("worked near the pier").contains("Near the old lighthouse")
                .contains("in the event that");
        assertThat(stories.get(story.id()).revision()).as("not saved until Save").isEqualTo(1);
    }

    private static FindingsPanel.Row vicinityRow(FindingsPanel panel) {
        return panel.rows().stream().filter(r -> r.index() >= 0 && r.context().toLowerCase().contains("vicinity"))
                .reduce((a, b) -> {
                    throw new AssertionError("one row for the three wordy phrases, found " + a + " and " + b);
                }).orElseThrow();
    }

    @Test
    void autoclean_as_a_service_writes_one_revision_and_is_refused_to_a_reviewer() throws Exception {
        StoryDetails story = importSeed();
        StoryDetails cleaned = TestUsers.as("editor", Role.EDITOR, () -> autoclean.autoclean(story.id()));
        assertThat(cleaned.revision()).isEqualTo(2);
        assertThat(cleaned.body()).doesNotContain("Spread the news");
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.history(story.id())).getFirst().message())
                .startsWith("Autoclean: ");
        StoryDetails again = TestUsers.as("editor", Role.EDITOR, () -> autoclean.autoclean(story.id()));
        assertThat(again.revision()).as("nothing left to fix, no new revision").isEqualTo(2);
        assertThatThrownBy(() -> TestUsers.as("reviewer", Role.REVIEWER, () -> autoclean.autoclean(story.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_editor_says_whether_grammar_checks_ran() throws Exception {
        StoryDetails story = importSeed();
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        assertThat(_get(Span.class, spec -> spec.withId("grammar-status")).getText())
                .matches("Grammar and spelling (checked\\.|checks are still loading.*)");
    }
}
