package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dev.copydesk.TestUsers;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ui.ImportView;
import dev.copydesk.review.ui.StoryHistoryView;
import dev.copydesk.security.Role;
import dev.copydesk.story.RevisionSummary;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryEdit;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import dev.copydesk.text.Body;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportEditSaveTest extends KaribuTest {

    @Autowired
    StoryService stories;

    @Test
    void editor_imports_the_seed_edits_and_saves_revision_two_with_exactly_the_new_text() throws IOException {
        String seed = Files.readString(Path.of("src/main/resources/demo/story-as-received.txt"));
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("source")), "Seed wire");
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted")), seed);
        _click(_get(Button.class, spec -> spec.withId("import-pasted")));

        StoryEditorView editor = _get(StoryEditorView.class);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("mode")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("body"));
        assertThat(_get(TextField.class, spec -> spec.withId("headline")).getValue())
                .isEqualTo("Russia Slams US-Led Attack In Eastern Syria That Killed Dozens Of Troops");
        assertThat(body.getValue()).startsWith("Russia Slams US-Led Attack").endsWith("Spread the news");

        String edited = body.getValue().replace("russiaThe attack", "The attack").replace("\nSpread the news", "");
        _setValue(body, edited);
        _setValue(_get(TextField.class, spec -> spec.withId("message")), "Fix glued word, drop share text");
        _click(_get(Button.class, spec -> spec.withId("save")));
        NotificationsKt.expectNotifications("Saved as revision 2.");
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.history(latestStoryId())).getFirst().message())
                .isEqualTo("Fix glued word, drop share text");

        long id = latestStoryId();
        StoryDetails saved = TestUsers.as("editor", Role.EDITOR, () -> stories.get(id));
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.revision(id, 2)).body())
                .isEqualTo(Body.canonical(edited));
        assertThat(TestUsers.as("editor", Role.EDITOR, () -> stories.revision(id, 1)).rawText()).isEqualTo(seed);
        assertThat(editor).isNotNull();

        UI.getCurrent().navigate(StoryHistoryView.class, StoryEditorView.params(id));
        @SuppressWarnings("unchecked")
        Grid<RevisionSummary> history = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).message()).isEqualTo("Fix glued word, drop share text");
    }

    @Test
    void a_save_on_a_stale_revision_is_refused_and_the_editors_text_is_kept() {
        login("editor", Role.EDITOR);
        long id = latestStoryId();
        UI.getCurrent().navigate(StoryEditorView.class, StoryEditorView.params(id));
        _click(_get(Button.class, spec -> spec.withId("mode")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("body"));
        String mine = body.getValue() + "\n\nMy added paragraph.";
        _setValue(body, mine);

        // Someone else saves first.
        StoryDetails current = stories.get(id);
        stories.save(id, new StoryEdit(current.revision(), current.headline(), current.byline(),
                current.body() + "\n\nTheir paragraph.", "theirs"));

        _click(_get(Button.class, spec -> spec.withId("save")));
        Notification error = NotificationsKt.getNotifications().getLast();
        assertThat(error.getElement().getProperty("text")).contains("Your text was not saved and is still here");
        assertThat(body.getValue()).isEqualTo(mine);
        assertThat(stories.get(id).body()).endsWith("Their paragraph.");

        // Both added a paragraph at the end: a conflict, resolved by hand in the dialog, saved on top of theirs.
        TextArea resolved = _get(TextArea.class, spec -> spec.withId("resolved-text"));
        assertThat(resolved.getValue()).isEqualTo(mine);
        _setValue(resolved, mine + "\n\nTheir paragraph.");
        _click(_get(Button.class, spec -> spec.withId("save-resolved")));
        StoryDetails after = stories.get(id);
        assertThat(after.revision()).isEqualTo(current.revision() + 2);
        assertThat(after.body()).endsWith("My added paragraph.\n\nTheir paragraph.");
    }

    @Test
    void an_uploaded_windows_1252_file_is_imported_and_opened() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        byte[] cp1252 = "Caf\u00e9 Owners Protest\r\n\r\n\u201cWe will not close,\u201d said the owner.\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        UploadKt._upload(_get(Upload.class), "cafe.txt", "text/plain", cp1252);
        MockVaadin.clientRoundtrip(false);
        _assertOne(StoryEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("headline")).getValue()).isEqualTo("Caf\u00e9 Owners Protest");
        assertThat(stories.get(latestStoryId()).body()).isEqualTo("\u201cWe will not close,\u201d said the owner.");
    }

    @Test
    void an_uploaded_binary_file_gets_a_message_and_stores_nothing() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        long before = stories.count(StoryFilter.ALL);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        UploadKt._upload(_get(Upload.class), "photo.txt", "text/plain", png);
        MockVaadin.clientRoundtrip(false);
        _assertOne(ImportView.class);
        Notification error = NotificationsKt.getNotifications().getLast();
        assertThat(error.getElement().getProperty("text")).contains("not a plain-text file");
        assertThat(stories.count(StoryFilter.ALL)).isEqualTo(before);
    }

    @Test
    void importing_empty_text_gets_a_message_and_stores_nothing() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        long before = stories.count(StoryFilter.ALL);
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted")), "   \n\n ");
        _click(_get(Button.class, spec -> spec.withId("import-pasted")));
        NotificationsKt.expectNotifications("There is no text to import.");
        assertThat(stories.count(StoryFilter.ALL)).isEqualTo(before);
    }

    private long latestStoryId() {
        return stories.list(StoryFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 1,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
                .getFirst().id();
    }
}
