package dev.copydesk.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.copydesk.base.ui.Notifications;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryWorkflowService;
import dev.copydesk.story.WorkflowException;
import dev.copydesk.story.ui.CommentsThread;
import dev.copydesk.story.ui.DiffView;
import jakarta.annotation.security.RolesAllowed;

/**
 * What a reviewer needs to decide: the changes since the last approved revision (or since the import), the
 * findings that still block an approval, the discussion, and Approve / Request changes.
 */
@Route("review/:storyId")
@PageTitle("Review · Copydesk")
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService stories;
    private final StoryWorkflowService workflow;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span base = new Span();
    private final DiffView diff = new DiffView();
    private final Div blocking = new Div();
    private final TextArea waiver = new TextArea("Waive the blocking findings, because\u2026");
    private final TextArea comment = new TextArea("What should change?");
    private final CommentsThread comments;
    private StoryDetails story;

    public ReviewView(StoryService stories, StoryWorkflowService workflow) {
        this.stories = stories;
        this.workflow = workflow;
        this.comments = new CommentsThread(workflow);
        addClassName("copydesk-page");
        state.setId("review-state");
        blocking.setId("blocking");
        waiver.setWidthFull();
        waiver.setId("waiver");
        comment.setWidthFull();
        comment.setId("review-comment");
        Button approve = new Button("Approve this revision", click -> approve());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve");
        Button reject = new Button("Request changes", click -> requestChanges());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("request-changes");
        add(title, state, new H4("Changes"), base, diff, new H4("Blocking findings"), blocking, waiver,
                new HorizontalLayout(approve), comment, new HorizontalLayout(reject), comments);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().getLong("storyId")
                    .orElseThrow(() -> new StoryNotFoundException("No such story"));
            show(stories.get(id));
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(StoryDetails s) {
        story = s;
        title.setText("Review: " + s.headline());
        state.setText(s.workflowLine());
        int from = s.approvedRevision() != null && s.approvedRevision() < s.revision() ? s.approvedRevision() : 1;
        base.setText("Revision " + s.revision() + " compared with " + (from == 1 ? "the story as received" : "approved revision " + from) + ":");
        diff.show(stories.revision(s.id(), from).body(), s.body());
        List<Finding> remaining = workflow.blockingFindings(s.id(), s.revision());
        blocking.removeAll();
        if (remaining.isEmpty()) {
            blocking.add(new Span("None: nothing that autoclean would fix is left."));
        }
        for (Finding f : remaining) {
            blocking.add(new Div(new Span(f.type().name() + ": " + f.message() + " \u201c"
                    + s.body().substring(f.start(), Math.min(f.end(), s.body().length())).strip() + "\u201d")));
        }
        waiver.setVisible(!remaining.isEmpty());
        comments.show(s.id());
    }

    private void approve() {
        try {
            show(workflow.approve(story.id(), story.revision(), waiver.getValue()));
            Notifications.success("Revision " + story.approvedRevision() + " approved.");
        } catch (WorkflowException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void requestChanges() {
        try {
            show(workflow.requestChanges(story.id(), comment.getValue()));
            comment.clear();
            Notifications.success("Changes requested; the editor sees your comment.");
        } catch (WorkflowException | InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }
}
