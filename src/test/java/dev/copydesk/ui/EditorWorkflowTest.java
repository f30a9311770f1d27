package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.TestUsers;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.editing.ui.FindingsPanel;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.security.Role;
import dev.copydesk.story.RevisionDetails;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor's day in one story: autoclean, tag, accept, ignore, save: one revision with exactly that. */
class EditorWorkflowTest extends KaribuTest {

    private static final String PROMO = "Grand Harbour Hotel And Spa Weekend Offers";
    private static final String RESTATEMENT = "Washington\u2019s mistaken air strikes on Syrian government forces raise "
            + "several questions; not least why American aircraft were hitting what they thought were IS positions in "
            + "an area where IS was engaged with Syrian forces.";

    @Autowired
    ImportService imports;
    @Autowired
    StoryService stories;
    @Autowired
    CleanupService cleanup;

    @Test
    void accept_all_safe_tag_a_promo_accept_a_repetition_ignore_a_query_and_save_one_exact_revision() throws Exception {
        String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
        String withPromo = seed.replace("by Russian forces\n", "by Russian forces\n" + PROMO + "\n");
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> imports.importText(withPromo, "test", null));
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));

        // Spacing 5, not the 20 of the raw seed: blank-line runs and spaces at line ends are gone at import,
        // where the body model gives every paragraph one line and one blank line between paragraphs.
        // Spelling 2: the test context shares the engine tests' warm LanguageTool, so its "were" finding is
        // there every time (the old "Spelling 1" held only while LanguageTool was still loading).
        assertThat(_get(Span.class, spec -> spec.withId("findings-summary")).getText())
                .contains("Duplicates 2", "Ads 3", "Boilerplate 1", "Spacing 5", "Spelling 2");

        _click(_get(Button.class, spec -> spec.withId("autoclean")));
        act("tag", PROMO);
        act("accept", "Possible repetition of");
        act("ignore", "Opinion (\u201cheartbreaking\u201d)");
        assertThat(items("Opinion (\u201cheartbreaking\u201d)")).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("mode")));   // edit mode and back: a fresh analysis
        _click(_get(Button.class, spec -> spec.withId("mode")));
        assertThat(items("Opinion (\u201cheartbreaking\u201d)")).as("stays ignored after re-analysis").isEmpty();
        assertThat(_get(Details.class, spec -> spec.withId("ignored")).getSummaryText()).isEqualTo("Ignored (1)");

        _click(_get(Button.class, spec -> spec.withId("save")));

        String expected = TestUsers.as("editor", Role.EDITOR, () -> cleanup.autoclean(story.headline(), story.body()))
                .body().replace(RESTATEMENT + " ", "");
        RevisionDetails saved = TestUsers.as("editor", Role.EDITOR, () -> stories.revision(story.id(), 2));
        assertThat(saved.body()).isEqualTo(expected).contains(PROMO).doesNotContain("Washington\u2019s mistaken");
        assertThat(saved.tags()).containsExactly(new Tag(TagKind.AD, PROMO));
        assertThat(saved.message()).startsWith("Removed the repeated headline").contains("tagged 1 ad insert")
                .contains("spacing issues");
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.get(story.id())).revision()).isEqualTo(2);
    }

    @Test
    void a_tag_survives_an_edit_elsewhere_and_an_untag() throws Exception {
        String text = "Council Approves Budget\n\nThe council approved the budget on Monday by nine votes to four.\n\n"
                + "Visit Our Riverside Garden Centre And Cafe\n\nThe new budget takes effect in April.";
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> imports.importText(text, "test", null));
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        act("tag", "Visit Our Riverside");
        _click(_get(Button.class, spec -> spec.withId("save")));
        StoryDetails tagged = stories.get(story.id());
        assertThat(tagged.tags()).containsExactly(new Tag(TagKind.AD, "Visit Our Riverside Garden Centre And Cafe"));

        // An edit elsewhere keeps the tag.
        stories.save(story.id(), new dev.copydesk.story.StoryEdit(tagged.revision(), tagged.headline(), null,
                tagged.body().replace("on Monday", "on Tuesday"), "date fix"));
        assertThat(stories.get(story.id()).tags()).hasSize(1);
    }

    /** Rows of the findings list (drawn client-side from this data) that mention the text. */
    private static List<FindingsPanel.Row> items(String containing) {
        return _get(FindingsPanel.class).rows().stream()
                .filter(r -> r.index() >= 0 && (r.message() + " " + r.context()).contains(containing)).toList();
    }

    /** What a row's button does: the same call the Lit template makes. */
    private static void act(String action, String containing) {
        List<FindingsPanel.Row> found = items(containing);
        assertThat(found).as("a finding mentioning %s", containing).isNotEmpty();
        _get(FindingsPanel.class).run(action, found.getFirst());
    }
}
