package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.copydesk.ingest.source.IngestSource;
import dev.copydesk.ingest.source.IngestSourceService.SourceRow;
import dev.copydesk.ingest.ui.IngestSourcesView;
import dev.copydesk.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin adds a watched folder, polls it at once and sees what came in. */
class IngestSourcesViewTest extends KaribuTest {

    private static String lastNotification() {
        Notification n = NotificationsKt.getNotifications().getLast();
        return n.getElement().getProperty("text");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_adds_a_folder_polls_it_and_sees_the_item_and_a_bad_address_gets_a_message(@TempDir Path dir)
            throws Exception {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(IngestSourcesView.class);
        String name = "Desk folder " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("source-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("source-location")), "/no/such/folder");
        ((Select<IngestSource.Kind>) _get(Select.class)).setValue(IngestSource.Kind.FOLDER);
        _click(_get(Button.class, spec -> spec.withId("add-source")));
        assertThat(lastNotification()).contains("does not exist");

        Path story = Files.writeString(dir.resolve("tram.txt"), "Tram line opens " + name
                + "\n\nThe new tram line opened on Monday.");
        Files.setLastModifiedTime(story, FileTime.from(Instant.now().minusSeconds(60)));
        _setValue(_get(TextField.class, spec -> spec.withId("source-location")), dir.toString());
        _click(_get(Button.class, spec -> spec.withId("add-source")));
        assertThat(lastNotification()).contains("Added").contains(name);

        Grid<SourceRow> grid = _get(Grid.class, spec -> spec.withId("sources"));
        SourceRow row = GridKt._findAll(grid).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        int index = GridKt._findAll(grid).indexOf(row);
        Button poll = _get(GridKt._getCellComponent(grid, index, "actions"), Button.class,
                spec -> spec.withText("Poll now"));
        _click(poll);
        assertThat(lastNotification()).contains("1 imported");
        SourceRow after = GridKt._findAll(grid).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(after.imported()).isEqualTo(1);
        grid.asSingleSelect().setValue(after);
        Grid<?> items = _get(Grid.class, spec -> spec.withId("items"));
        assertThat(GridKt._size(items)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(items, 0)).contains("Imported");
    }
}
