package dev.copydesk.story.ui;

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
import dev.copydesk.base.ui.StoryRoutes;
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
    private final Grid<StoryListItem> grid = new Grid<>(StoryListItem.class, false);
    private final Select<StoryStatus> status = new Select<>();
    private final TextField search = new TextField();

    public StoryListView(StoryService stories) {
        this.stories = stories;
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

        grid.addColumn(StoryListItem::headline).setHeader("Headline").setSortProperty("headline")
                .setFlexGrow(4).setTooltipGenerator(StoryListItem::headline);
        grid.addColumn(item -> item.status().label()).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(StoryListItem::source).setHeader("Source").setSortProperty("source").setAutoWidth(true);
        grid.addColumn(StoryListItem::lastEditor).setHeader("Last editor").setSortProperty("lastEditor")
                .setAutoWidth(true);
        grid.addColumn(item -> Times.MEDIUM.format(item.updatedAt())).setHeader("Updated").setSortProperty("updatedAt")
                .setAutoWidth(true);
        grid.addColumn(StoryListItem::revisionCount).setHeader("Revisions").setSortProperty("currentRevision")
                .setAutoWidth(true);
        grid.addColumn(item -> item.duplicateOf() == null ? ""
                : "Like story " + item.duplicateOf() + " (" + item.duplicateScore() + "% alike)")
                .setHeader("Possible duplicate").setKey("duplicate").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setItems(query -> stories.list(filter(), pageRequest(query)).stream(),
                query -> (int) stories.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("No stories match.");
        grid.setSizeFull();

        add(new H2("Desk"), toolbar, grid);
        expand(grid);
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
