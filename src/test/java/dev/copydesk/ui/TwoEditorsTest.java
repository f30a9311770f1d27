package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryDraft;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryService;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two editors, two browser sessions (two Karibu UIs) on one story. */
class TwoEditorsTest extends KaribuTest {

    @Autowired
    StoryService stories;
    @Autowired
    ApplicationContext context;

    private static final String BODY = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";

    @Test
    void non_overlapping_edits_in_two_uis_both_survive_and_overlapping_ones_reach_the_resolve_dialog() {
        StoryDetails story = TestUsers.as("editor", Role.EDITOR, () -> stories.create(new StoryDraft(
                "Two editors " + System.nanoTime(), null, "t", BODY, "raw")));

        // UI A: the editor opens the story.
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        UI uiA = UI.getCurrent();
        VaadinSession sessionA = VaadinSession.getCurrent();
        StoryEditorView editorA = _get(StoryEditorView.class);

        // UI B, a second session: the admin opens the same story, edits the third paragraph, saves.
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(story.id()));
        _click(_get(Button.class, spec -> spec.withId("mode")));
        _setValue(_get(TextArea.class, spec -> spec.withId("body")), BODY.replace("Third", "3rd"));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(stories.get(story.id()).revision()).isEqualTo(2);

        // Back in UI A, based on revision 1: an edit to the first paragraph merges.
        UI.setCurrent(uiA);
        VaadinSession.setCurrent(sessionA);
        TestUsers.login("editor", Role.EDITOR);
        _click(_get(editorA, Button.class, spec -> spec.withId("mode")));
        _setValue(_get(editorA, TextArea.class, spec -> spec.withId("body")), BODY.replace("First", "1st"));
        _click(_get(editorA, Button.class, spec -> spec.withId("save")));
        StoryDetails merged = stories.get(story.id());
        assertThat(merged.revision()).isEqualTo(3);
        assertThat(merged.body()).isEqualTo("1st paragraph.\n\nSecond paragraph.\n\n3rd paragraph.");

        // Meanwhile the admin changes the same paragraph again; A's next edit of it overlaps.
        TestUsers.as("admin", Role.ADMIN, () -> stories.save(story.id(), new dev.copydesk.story.StoryEdit(3,
                merged.headline(), null, merged.body().replace("1st", "First (admin)"), "admin again")));
        _setValue(_get(editorA, TextArea.class, spec -> spec.withId("body")), merged.body().replace("1st", "One"));
        _click(_get(editorA, Button.class, spec -> spec.withId("save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("resolved-text")).getValue())
                .isEqualTo(merged.body().replace("1st", "One"));
        assertThat(stories.get(story.id()).body()).contains("First (admin)");
    }
}
