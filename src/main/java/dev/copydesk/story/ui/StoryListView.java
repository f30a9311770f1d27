package dev.copydesk.story.ui;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.base.ui.Initials;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.events.ui.LiveUpdates;
import dev.copydesk.story.HoldService;
import dev.copydesk.base.ui.Times;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The desk: every story, newest change first, lazily paged from the database. */
@Route("")
@PageTitle("Desk · Copydesk")
@Menu(title = "Desk", order = 1, icon = "vaadin:newspaper")
@PermitAll
public class StoryListView extends VerticalLayout {


    /** The import view's route; named, not imported, because ingest builds on story and not the reverse. */

    private final StoryService stories;
    private final HoldService holds;
    /** Who had each story open when its row was last fetched. */
    private final Map<Long, Set<String>> openNow = new ConcurrentHashMap<>();
    private final Span notice = new Span();
    private final Grid<StoryListItem> grid = new Grid<>(StoryListItem.class, false);
    private final Select<StoryStatus> status = new Select<>();
    private final TextField search = new TextField();

    public StoryListView(StoryService stories, HoldService holds, DeskEvents events) {
        this.stories = stories;
        this.holds = holds;
        addClassName("copydesk-page");
        setSizeFull();

        status.setLabel("Status");
        status.setItems(StoryStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.addValueChangeListener(e -> refresh());

        search.setLabel("Search headlines");
        search.setPlaceholder("e.g. Syria");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(status, search);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.hasRole(Role.EDITOR)) {
            Button importButton = new Button("Import story", VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(StoryRoutes.IMPORT)));
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(importButton);
        }

        // The headline takes every pixel the other columns leave, and wraps rather than being cut; the others are
        // narrow and fixed (who saved last and when share one column).
        grid.addColumn(StoryListItem::headline).setHeader("Headline").setSortProperty("headline").setKey("headline")
                .setFlexGrow(1).setWidth("14rem").setTooltipGenerator(StoryListItem::headline);
        grid.addComponentColumn(this::presence).setHeader("Open now").setKey("presence").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.status().label()).setHeader("Status").setSortProperty("status").setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(StoryListItem::source).setHeader("Source").setSortProperty("source").setWidth("8rem")
                .setFlexGrow(0).setTooltipGenerator(StoryListItem::source);
        grid.addColumn(item -> item.lastEditor() + ", " + Times.SHORT.format(item.updatedAt())).setHeader("Updated")
                .setSortProperty("updatedAt").setKey("updated").setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(item -> "Last saved by " + item.lastEditor() + ", " + Times.MEDIUM.format(item.updatedAt()));
        grid.addColumn(StoryListItem::revisionCount).setHeader("Revisions").setSortProperty("currentRevision")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(item -> item.duplicateOf() == null ? "" : "Like " + item.duplicateOf() + " (" + item.duplicateScore() + "%)")
                .setHeader("Duplicate of").setKey("duplicate").setWidth("8rem").setFlexGrow(0)
                .setTooltipGenerator(item -> item.duplicateOf() == null ? null : "Nearly the same as story "
                        + item.duplicateOf() + ": " + item.duplicateScore() + "% alike");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setItems(query -> {
            var page = stories.list(filter(), pageRequest(query));
            // Who has each row open, in one query per page fetched rather than one per row rendered.
            var ids = page.stream().map(StoryListItem::id).toList();
            var present = holds.presentOn(ids);
            ids.forEach(id -> openNow.put(id, present.getOrDefault(id, Set.of())));
            return page.stream();
        }, query -> (int) stories.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("No stories match.");
        grid.setSizeFull();

        notice.setId("desk-notice");
        notice.addClassName("copydesk-muted");
        toolbar.add(notice);

        add(new H2("Desk"), toolbar, grid);
        expand(grid);
        // New imports, saves and status changes appear without reload, the rows in place, with a note; who has what
        // open follows quietly. At most one refresh a second, however busy the desk.
        LiveUpdates.follow(this, events, e -> !(e instanceof DeskEvent.PresenceChanged), Duration.ofSeconds(1), () -> {
            refresh();
            notice.setText("Updated " + Times.CLOCK.format(java.time.Instant.now()));
        });
        LiveUpdates.follow(this, events, e -> e instanceof DeskEvent.PresenceChanged, Duration.ofSeconds(1),
                this::refresh);
    }

    /** Initials of whoever has the story open, the names in the tooltip. */
    private Span presence(StoryListItem item) {
        var users = openNow.getOrDefault(item.id(), Set.of());
        Span out = new Span();
        out.addClassName("copydesk-presence-people");
        for (String user : users) {
            Span badge = new Span(Initials.of(user));
            badge.addClassName("copydesk-avatar");
            badge.getElement().setAttribute("title", user + " has it open");
            out.add(badge);
        }
        out.getElement().setAttribute("aria-label", users.isEmpty() ? "No one" : String.join(", ", users));
        return out;
    }

    private StoryFilter filter() {
        return new StoryFilter(status.getValue(), search.getValue());
    }

    private static PageRequest pageRequest(Query<?, ?> query) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return page.getSort().isSorted() ? page : page.withSort(Sort.by(Sort.Direction.DESC, "updatedAt"));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(StoryListItem item) {
        getUI().ifPresent(ui -> {
            if (CurrentUser.hasRole(Role.EDITOR)) {
                ui.navigate(StoryRoutes.editor(item.id()));
            } else {
                ui.navigate(StoryRoutes.history(item.id()));
            }
        });
    }
}
