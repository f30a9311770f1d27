package dev.copydesk.story.ui;

import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.copydesk.story.RevisionSummary;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import jakarta.annotation.security.PermitAll;

/** Every revision of a story, newest first; click one to read it. */
@Route("stories/:storyId/history")
@PageTitle("History · Copydesk")
@PermitAll
public class StoryHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService stories;
    private final H2 title = new H2();
    private final Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
    private long storyId;

    public StoryHistoryView(StoryService stories) {
        this.stories = stories;
        addClassName("copydesk-page");
        setSizeFull();
        grid.addColumn(RevisionSummary::number).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(RevisionSummary::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(r -> StoryListView.TIME.format(r.createdAt())).setHeader("Saved").setAutoWidth(true);
        grid.addColumn(r -> Objects.requireNonNullElse(r.message(), "")).setHeader("Message").setFlexGrow(3);
        grid.addColumn(RevisionSummary::length).setHeader("Characters").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RevisionView.class,
                RevisionView.params(storyId, e.getItem().number()))));
        grid.setId("history");
        add(title, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            storyId = StoryEditorView.storyId(event).orElseThrow(() -> new StoryNotFoundException("No such story"));
            StoryDetails story = stories.get(storyId);
            title.setText("History: " + story.headline());
            grid.setItems(stories.history(storyId));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    static RouteParameters params(long storyId) {
        return StoryEditorView.params(storyId);
    }
}
