package dev.copydesk.review.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.copydesk.audit.AuditEntry;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.base.ui.Times;
import dev.copydesk.review.CommentService;
import dev.copydesk.story.RevisionSummary;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryStatus;
import dev.copydesk.story.ui.DiffView;
import jakarta.annotation.security.PermitAll;

/** Every revision of a story, newest first, a word-level diff between any two, comments and the audit trail. */
@Route(StoryRoutes.HISTORY)
@PageTitle("History · Copydesk")
@PermitAll
public class StoryHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService stories;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final DiffView diff = new DiffView();
    private final CommentsThread comments;
    private final Grid<AuditEntry> audit = new Grid<>(AuditEntry.class, false);
    private long storyId;
    private Integer approved;

    public StoryHistoryView(StoryService stories, CommentService commentService) {
        this.stories = stories;
        this.comments = new CommentsThread(commentService);
        addClassName("copydesk-page");
        state.setId("workflow-state");
        grid.addColumn(r -> r.number() + (Objects.equals(r.number(), approved) ? " \u2714 approved" : ""))
                .setHeader("Revision").setAutoWidth(true);
        grid.addColumn(RevisionSummary::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(r -> Times.MEDIUM.format(r.createdAt())).setHeader("Saved").setAutoWidth(true);
        grid.addColumn(r -> Objects.requireNonNullElse(r.message(), "")).setHeader("Message").setFlexGrow(3);
        grid.addColumn(RevisionSummary::length).setHeader("Characters").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RevisionView.class,
                StoryRoutes.params(storyId, e.getItem().number()))));
        grid.setId("history");
        grid.setAllRowsVisible(true);

        from.setLabel("Compare revision");
        to.setLabel("with");
        from.setId("diff-from");
        to.setId("diff-to");
        Button show = new Button("Show changes", click -> showDiff());
        show.setId("show-diff");
        HorizontalLayout compare = new HorizontalLayout(from, to, show);
        compare.setAlignItems(Alignment.BASELINE);

        audit.addColumn(e -> Times.MEDIUM.format(e.createdAt())).setHeader("When").setAutoWidth(true);
        audit.addColumn(AuditEntry::username).setHeader("Who").setAutoWidth(true);
        audit.addColumn(e -> e.kind().replace('_', ' ').toLowerCase()).setHeader("What").setAutoWidth(true);
        audit.addColumn(e -> e.from() == null ? "" : StoryStatus.valueOf(e.from()).label() + " \u2192 "
                + StoryStatus.valueOf(e.to()).label()).setHeader("Status").setAutoWidth(true);
        audit.addColumn(AuditEntry::revision).setHeader("Revision").setAutoWidth(true);
        audit.addColumn(e -> Objects.requireNonNullElse(e.comment(), "")).setHeader("Comment").setFlexGrow(3);
        audit.setAllRowsVisible(true);
        audit.setId("audit");
        add(title, state, grid, new H4("Changes"), compare, diff, comments, new H4("Audit trail"), audit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            storyId = StoryRoutes.storyId(event).orElseThrow(() -> new StoryNotFoundException("No such story"));
            StoryDetails story = stories.get(storyId);
            approved = story.approvedRevision();
            title.setText("History: " + story.headline());
            state.setText(story.workflowLine());
            List<RevisionSummary> revisions = stories.history(storyId);
            grid.setItems(revisions);
            List<Integer> numbers = revisions.stream().map(RevisionSummary::number).toList();
            from.setItems(numbers);
            to.setItems(numbers);
            from.setItemLabelGenerator(n -> n == 1 ? "1 (as received)" : Integer.toString(n));
            to.setItemLabelGenerator(n -> n == 1 ? "1 (as received)" : Integer.toString(n));
            to.setValue(story.revision());
            from.setValue(approved != null && approved < story.revision() ? approved : Math.max(1, story.revision() - 1));
            showDiff();
            comments.show(storyId);
            audit.setItems(stories.auditTrail(storyId));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void showDiff() {
        if (from.getValue() != null && to.getValue() != null) {
            diff.show(stories.revision(storyId, from.getValue()).body(), stories.revision(storyId, to.getValue()).body());
        }
    }

}
