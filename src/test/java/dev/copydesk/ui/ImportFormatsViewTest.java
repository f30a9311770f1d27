package dev.copydesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.copydesk.ingest.format.Fixtures.bytes;
import static dev.copydesk.ingest.format.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dev.copydesk.editing.ui.StoryEditorView;
import dev.copydesk.ingest.ui.ImportView;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import view takes every format: one document opens in the editor, an archive ends in a report. */
class ImportFormatsViewTest extends KaribuTest {

    @Autowired
    StoryService stories;

    @Test
    void an_nitf_upload_opens_in_the_editor_with_its_headline() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        UploadKt._upload(_get(Upload.class), "strike.xml", "text/xml", bytes("nitf/harbour-strike.xml"));
        MockVaadin.clientRoundtrip(false);
        _assertOne(StoryEditorView.class);
        assertThat(stories.list(StoryFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 1,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
                .getFirst().headline()).isEqualTo("Harbour strike halts ferries & freight");
    }

    @Autowired
    dev.copydesk.ingest.ImportService imports;

    @Test
    void the_editor_and_the_desk_say_when_a_story_looks_like_one_already_there() {
        login("editor", Role.EDITOR);
        String tag = Long.toString(System.nanoTime());
        String body = "The harbour authority " + tag + " said on Monday that the new breakwater would be finished a "
                + "year late, because storms in the autumn had washed away two of the concrete blocks laid in spring "
                + "and the contractor had to wait for calmer weather.";
        var first = imports.importPasted("Breakwater late\n\n" + body, "Coast Wire", null);
        var second = imports.importPasted("Breakwater delayed a year\n\n" + body + " The cost is not yet known.",
                "Harbour News", null);
        UI.getCurrent().navigate(dev.copydesk.base.ui.StoryRoutes.editor(second.story().id()));
        var note = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("duplicate-note"));
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getElement().getTextRecursively()).contains("\u201cBreakwater late\u201d")
                .contains("story " + first.story().id()).contains("% alike");
        UI.getCurrent().navigate(dev.copydesk.base.ui.StoryRoutes.editor(first.story().id()));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("duplicate-note")))
                .as("the first of the two is not a duplicate: no note shown").isEmpty();
    }

    @Test
    void a_zip_upload_runs_in_the_background_and_ends_in_a_report_of_every_file() throws Exception {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        long before = stories.count(StoryFilter.ALL);
        byte[] archive = zip("one.txt", "Ferry timetable changes\n\nThe winter timetable starts on Monday.",
                "two.html", bytes("html/news-page.html"), "three.xml", "<nitf><body>");
        UploadKt._upload(_get(Upload.class), "desk.zip", "application/zip", archive);
        List<Span> summary = List.of();
        for (int i = 0; i < 300 && summary.isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
            summary = _find(Span.class, spec -> spec.withId("batch-summary"));
        }
        assertThat(summary).as("the report appeared").hasSize(1);
        assertThat(summary.getFirst().getText()).isEqualTo("2 stories imported, 1 refused.");
        Grid<?> report = _get(Grid.class, spec -> spec.withId("batch-report"));
        assertThat(GridKt._size(report)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(report, 2)).anySatisfy(cell -> assertThat(cell).startsWith("Refused:")
                .contains("not well-formed"));
        assertThat(GridKt._getFormattedRow(report, 0).get(0)).isEqualTo("one.txt");
        assertThat(stories.count(StoryFilter.ALL)).isEqualTo(before + 2);
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops with the report").isEqualTo(-1);
    }
}
