package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ui.ImportView;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import view follows the API's rules: a declared charset is honoured; control characters get a note. */
class ImportCharsetTest extends KaribuTest {

    @Autowired
    StoryService stories;

    private String lastNotification() {
        Notification n = NotificationsKt.getNotifications().getLast();
        return n.getElement().getProperty("text");
    }

    @Test
    void an_upload_declared_utf8_with_windows_1252_bytes_is_refused_with_where_they_are() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        long before = stories.count(StoryFilter.ALL);
        byte[] cp1252 = "Caf\u00e9 Owners Protest\n\nThey stay.".getBytes(Charset.forName("windows-1252"));
        UploadKt._upload(_get(Upload.class), "cafe.txt", "text/plain; charset=UTF-8", cp1252);
        MockVaadin.clientRoundtrip(false);
        _assertOne(ImportView.class);
        assertThat(lastNotification()).contains("cafe.txt").contains("declared as UTF-8").contains("at byte 3");
        assertThat(stories.count(StoryFilter.ALL)).isEqualTo(before);
    }

    @Test
    void an_upload_with_a_nul_is_imported_without_it_and_the_notification_says_so() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        byte[] text = "Bridge Reopens\n\nThe bridge\u0000 reopened.".getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class), "bridge.txt", "text/plain", text);
        MockVaadin.clientRoundtrip(false);
        _assertOne(StoryEditorView.class);
        assertThat(lastNotification()).contains("Imported").contains("Removed 1 control character (U+0000 NULL");
    }

    @Test
    void pasted_text_with_a_control_character_gets_the_same_note() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("pasted")), "Bell Rings\n\nThe bell\u0007 rang.");
        _click(_get(Button.class, spec -> spec.withId("import-pasted")));
        _assertOne(StoryEditorView.class);
        assertThat(lastNotification()).contains("Removed 1 control character (U+0007 BEL");
    }
}
