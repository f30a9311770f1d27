package dev.copydesk.export.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.copydesk.export.ExportFormat;
import dev.copydesk.export.ExportService;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins export what reviewers approved: filter by date and source, preview any format (as text), download
 * one file or a ZIP of the selection. Downloading marks the stories as exported.
 */
@Route("export")
@PageTitle("Export · Copydesk")
@Menu(title = "Export", order = 4, icon = "vaadin:download")
@RolesAllowed(Role.ADMIN_NAME)
public class ExportView extends VerticalLayout {

    private final StoryService stories;
    private final ExportService exports;
    private final DatePicker from = new DatePicker("Updated from");
    private final DatePicker to = new DatePicker("to");
    private final TextField source = new TextField("Source");
    private final Select<ExportFormat> format = new Select<>();
    private final Grid<StoryListItem> grid = new Grid<>(StoryListItem.class, false);
    private final Div preview = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Anchor downloadOne = new Anchor();
    private final Anchor downloadZip = new Anchor();
    private StoryListItem previewed;

    public ExportView(StoryService stories, ExportService exports) {
        this.stories = stories;
        this.exports = exports;
        addClassName("copydesk-page");
        format.setLabel("Format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f.name().toLowerCase());
        format.setValue(ExportFormat.TEXT);
        format.setId("export-format");
        source.setClearButtonVisible(true);
        Button filter = new Button("Filter", click -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, source, format, filter);
        filters.setAlignItems(Alignment.BASELINE);

        grid.addColumn(StoryListItem::headline).setHeader("Headline").setFlexGrow(4);
        grid.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(StoryListItem::approvedRevision).setHeader("Approved revision").setAutoWidth(true);
        grid.addColumn(StoryListItem::source).setHeader("Source").setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addItemClickListener(e -> showPreview(e.getItem()));
        grid.setId("export-grid");
        grid.setHeight("20rem");
        format.addValueChangeListener(e -> {
            if (previewed != null) {
                showPreview(previewed);
            }
        });

        preview.addClassName("copydesk-readonly-body");
        preview.setId("export-preview");
        preview.setText("Click a story to preview it.");
        progress.setVisible(false);
        progress.setId("export-progress");
        downloadOne.setText("Download selected story");
        downloadZip.setText("Download selection as ZIP");
        downloadOne.setId("download-one");
        downloadZip.setId("download-zip");
        downloadOne.setHref(DownloadHandler.fromInputStream(event -> one()));
        downloadZip.setHref(DownloadHandler.fromInputStream(event -> zip(event.getUI())));
        add(new H2("Export"), filters, grid, new HorizontalLayout(downloadOne, downloadZip), progress, preview);
        refresh();
    }

    private void refresh() {
        grid.setItems(stories.listApproved(
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneId.systemDefault()).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                source.getValue(), 5000));
    }

    private void showPreview(StoryListItem item) {
        previewed = item;
        preview.setText(exports.export(item.id(), format.getValue()));
    }

    private DownloadResponse one() {
        Set<StoryListItem> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            return DownloadResponse.error(400, "Select a story first.");
        }
        StoryListItem item = selected.iterator().next();
        ExportFormat f = format.getValue();
        byte[] bytes = exports.exportAndMark(item.id(), f).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "story-" + item.id() + "." + f.extension(),
                f.mediaType(), bytes.length);
    }

    private DownloadResponse zip(UI ui) throws IOException {
        List<Long> ids = grid.getSelectedItems().stream().map(StoryListItem::id).toList();
        if (ids.isEmpty()) {
            return DownloadResponse.error(400, "Select stories first.");
        }
        ui.access(() -> {
            progress.setVisible(true);
            progress.setValue(0);
        });
        var buffer = new java.io.ByteArrayOutputStream();
        exports.zip(ids, format.getValue(), buffer, done -> ui.access(() -> progress.setValue((double) done / ids.size())));
        ui.access(() -> progress.setVisible(false));
        byte[] bytes = buffer.toByteArray();
        return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "copydesk-export.zip", "application/zip",
                bytes.length);
    }
}
