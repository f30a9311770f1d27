package dev.copydesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.copydesk.base.ui.Times;
import dev.copydesk.review.ReviewQueueItem;
import dev.copydesk.review.ReviewService;
import dev.copydesk.security.Role;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.events.ui.LiveUpdates;
import jakarta.annotation.security.RolesAllowed;

/**
 * Stories waiting for review, oldest submission first, with who submitted them and how many blocking findings
 * the submitted revision had. Paged lazily: one query a page, no analysis per row.
 */
@Route("review")
@PageTitle("Review queue · Copydesk")
@Menu(title = "Review", order = 3, icon = "vaadin:check-square-o")
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewQueueView extends VerticalLayout {


    public ReviewQueueView(ReviewService workflow, DeskEvents events) {
        addClassName("copydesk-page");
        setSizeFull();
        Grid<ReviewQueueItem> grid = new Grid<>(ReviewQueueItem.class, false);
        grid.addColumn(ReviewQueueItem::headline).setHeader("Headline").setFlexGrow(4);
        grid.addColumn(item -> item.submittedBy() == null ? ""
                : item.submittedBy() + ", " + Times.SHORT.format(item.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        grid.addColumn(ReviewQueueItem::revision).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(item -> item.blockingFindings() == null ? "\u2013" : item.blockingFindings().toString())
                .setHeader("Blocking findings").setAutoWidth(true);
        grid.setItems(query -> workflow.reviewQueue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) workflow.reviewQueueSize());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                new RouteParameters("storyId", Long.toString(e.getItem().id())))));
        grid.setEmptyStateText("Nothing is waiting for review.");
        grid.setId("review-queue");
        Span notice = new Span();
        notice.setId("queue-notice");
        notice.addClassName("copydesk-muted");
        add(new H2("Review queue"), notice, grid);
        expand(grid);
        // Submissions and decisions by others appear without reload.
        LiveUpdates.follow(this, events, e -> e instanceof DeskEvent.StoryChanged c && c.change() != DeskEvent.Change.CREATED,
                () -> {
                    grid.getDataProvider().refreshAll();
                    notice.setText("Updated " + Times.CLOCK.format(java.time.Instant.now()));
                });
    }
}
