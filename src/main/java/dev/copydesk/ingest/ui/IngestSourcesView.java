package dev.copydesk.ingest.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.ingest.source.IngestPoller;
import dev.copydesk.ingest.source.IngestSource;
import dev.copydesk.ingest.source.IngestSourceService;
import dev.copydesk.ingest.source.IngestSourceService.ItemRow;
import dev.copydesk.ingest.source.IngestSourceService.SourceRow;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins add feeds and watched folders, pause and resume them, poll one at once, and see per source what came in:
 * every item with its story, or its error and when it is tried again.
 */
@Route("ingest")
@PageTitle("Ingest sources · Copydesk")
@Menu(title = "Ingest sources", order = 7, icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_NAME)
public class IngestSourcesView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final IngestSourceService service;
    private final Grid<SourceRow> grid = new Grid<>();
    private final Grid<ItemRow> itemGrid = new Grid<>();
    private final H3 itemsTitle = new H3("Items");
    private final TextField name = new TextField("Name");
    private final Select<IngestSource.Kind> kind = new Select<>();
    private final TextField location = new TextField("Feed address or folder");
    private final IntegerField minutes = new IntegerField("Poll every (minutes)");

    public IngestSourcesView(IngestSourceService service) {
        this.service = service;
        addClassName("copydesk-page");
        setSizeFull();

        grid.setId("sources");
        grid.addColumn(SourceRow::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(s -> s.kind() == IngestSource.Kind.FEED ? "Feed" : "Folder").setHeader("Kind").setAutoWidth(true);
        grid.addColumn(SourceRow::location).setHeader("Address").setFlexGrow(2).setTooltipGenerator(SourceRow::location);
        grid.addColumn(IngestSourcesView::state).setHeader("State").setFlexGrow(2).setKey("state");
        grid.addColumn(s -> s.imported() + " imported, " + s.duplicates() + " duplicates, " + s.failed() + " failing")
                .setHeader("Items").setAutoWidth(true).setKey("counts");
        grid.addComponentColumn(s -> {
            Button pause = new Button(s.paused() ? "Resume" : "Pause", click -> pause(s, !s.paused()));
            pause.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button poll = new Button("Poll now", click -> pollNow(s));
            poll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button("Remove", click -> remove(s));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(pause, poll, remove);
        }).setKey("actions").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> showItems(e.getValue()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // addresses and errors are long; show them whole

        itemGrid.setId("items");
        itemGrid.addColumn(i -> i.title() != null ? i.title() : i.key()).setHeader("Item").setFlexGrow(2);
        itemGrid.addColumn(i -> switch (i.status()) {
            case IMPORTED -> "Imported";
            case DUPLICATE -> "Same as an earlier item";
            case FAILED -> "Failing (" + i.attempts() + "\u00d7), next try " + time(i.nextAttemptAt());
        }).setHeader("Result").setAutoWidth(true);
        itemGrid.addColumn(i -> i.lastError() == null ? "" : i.lastError()).setHeader("Note or error").setFlexGrow(3);
        itemGrid.addComponentColumn(i -> i.storyId() == null ? new Span() : link(i.storyId())).setAutoWidth(true);
        itemGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        itemGrid.setVisible(false);
        itemGrid.setHeight("24rem"); // the page scrolls; the items keep room for a dozen rows
        itemGrid.setMinHeight("24rem");
        itemsTitle.setVisible(false);

        kind.setLabel("Kind");
        kind.setItems(IngestSource.Kind.values());
        kind.setItemLabelGenerator(k -> k == IngestSource.Kind.FEED ? "RSS or Atom feed" : "Folder on the server");
        kind.setValue(IngestSource.Kind.FEED);
        kind.setEmptySelectionAllowed(false);
        name.setHelperText("The source of every story it brings");
        name.setId("source-name");
        location.setId("source-location");
        location.setPlaceholder("https://example.com/news.rss or /srv/wire/incoming");
        minutes.setValue(5);
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        Button add = new Button("Add source", click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-source");

        add(new H2("Ingest sources"),
                new Paragraph("Feeds are polled for new entries, and each entry's page is imported as a web page; a "
                        + "folder's new files are imported in any format, a ZIP archive as a batch. Each item comes in "
                        + "once; the same content from another source is marked as a duplicate. A failing item is "
                        + "tried again after 1, 2, 4 \u2026 minutes (at most six hours)."),
                grid, itemsTitle, itemGrid, new H3("New source"), new FormLayout(name, kind, location, minutes), add);
        refresh();
    }

    private static String state(SourceRow s) {
        if (s.paused()) {
            return "Paused";
        }
        if (s.lastError() != null) {
            return "Failing (" + s.failures() + "\u00d7): " + s.lastError() + " Next try " + time(s.nextPollAt());
        }
        return s.lastPolledAt() == null ? "Not polled yet" : "Polled " + time(s.lastPolledAt()) + ", next "
                + time(s.nextPollAt());
    }

    private static String time(Instant t) {
        return t == null ? "\u2013" : TIME.format(t);
    }

    private static Anchor link(long storyId) {
        Anchor open = new Anchor(StoryRoutes.editor(storyId), "Open story");
        open.getElement().setAttribute("router-link", true);
        return open;
    }

    private void add() {
        try {
            Integer every = minutes.getValue();
            SourceRow created = service.add(name.getValue(), kind.getValue(), location.getValue(),
                    (every == null ? 0 : every) * 60);
            Notifications.success("Added \u201c" + created.name() + "\u201d; it is polled within a minute.");
            name.clear();
            location.clear();
            refresh();
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void pause(SourceRow s, boolean paused) {
        service.pause(s.id(), paused);
        refresh();
    }

    private void pollNow(SourceRow s) {
        IngestPoller.Result r = service.pollNow(s.id());
        if (r.sourceError() != null) {
            Notifications.error(s.name() + ": " + r.sourceError());
        } else {
            Notifications.success(s.name() + ": " + r.imported() + " imported, " + r.duplicates() + " duplicates, "
                    + r.failed() + " failing.");
        }
        refresh();
    }

    private void remove(SourceRow s) {
        service.remove(s.id());
        Notifications.success("Removed \u201c" + s.name() + "\u201d. The stories it brought stay on the desk.");
        refresh();
    }

    private void refresh() {
        SourceRow selected = grid.asSingleSelect().getValue();
        var rows = service.list();
        grid.setItems(rows);
        if (selected != null) {
            rows.stream().filter(r -> r.id() == selected.id()).findFirst().ifPresentOrElse(
                    r -> grid.asSingleSelect().setValue(r), () -> showItems(null));
        }
    }

    private void showItems(SourceRow s) {
        itemGrid.setVisible(s != null);
        itemsTitle.setVisible(s != null);
        if (s != null) {
            itemsTitle.setText("Items from " + s.name());
            itemGrid.setItems(service.items(s.id(), 200));
        }
    }
}
