package dev.copydesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.copydesk.security.Role;
import dev.copydesk.story.StoryFilter;
import dev.copydesk.story.StoryListItem;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.StoryWorkflowService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Stories waiting for review, oldest first, with how many blocking findings remain. */
@Route("review")
@PageTitle("Review queue · Copydesk")
@Menu(title = "Review", order = 3, icon = "vaadin:check-square-o")
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewQueueView extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withZone(java.time.ZoneId.systemDefault());

    public ReviewQueueView(StoryService stories, StoryWorkflowService workflow) {
        addClassName("copydesk-page");
        setSizeFull();
        Grid<StoryListItem> grid = new Grid<>(StoryListItem.class, false);
        grid.addColumn(StoryListItem::headline).setHeader("Headline").setFlexGrow(4);
        grid.addColumn(item -> workflow.auditTrail(item.id()).stream().filter(e -> e.kind().equals("SUBMITTED"))
                .findFirst().map(e -> e.username() + ", " + TIME.format(e.createdAt())).orElse(""))
                .setHeader("Submitted").setAutoWidth(true);
        grid.addColumn(StoryListItem::revisionCount).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(item -> workflow.blockingFindings(item.id(), item.revisionCount()).size())
                .setHeader("Blocking findings").setAutoWidth(true);
        grid.setItems(stories.list(new StoryFilter(StoryStatus.IN_REVIEW, null),
                PageRequest.of(0, 500, Sort.by(Sort.Direction.ASC, "updatedAt"))));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                new RouteParameters("storyId", Long.toString(e.getItem().id())))));
        grid.setEmptyStateText("Nothing is waiting for review.");
        grid.setId("review-queue");
        add(new H2("Review queue"), grid);
        expand(grid);
    }
}
