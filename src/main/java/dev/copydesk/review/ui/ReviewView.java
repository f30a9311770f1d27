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
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.base.ui.Times;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.review.BlockingFindings;
import dev.copydesk.review.CommentService;
import dev.copydesk.review.IgnoredFindingView;
import dev.copydesk.review.ReviewService;
import dev.copydesk.review.TagChange;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.PublishText;
import dev.copydesk.story.StoryDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.WorkflowException;
import dev.copydesk.story.ui.DiffView;
import dev.copydesk.events.DeskEvents;
import dev.copydesk.events.ui.LiveUpdates;
import jakarta.annotation.security.RolesAllowed;

/**
 * What a reviewer needs to decide: the changes since the last approved revision (or since the import), the
 * findings that still block an approval, the blocks an editor lifted by ignoring (with their reasons), the
 * paragraphs tagged or untagged as ads or boilerplate, the publish-ready text, the discussion, and
 * Approve / Request changes. Nothing leaves the export unseen.
 */
@Route(StoryRoutes.REVIEW)
@PageTitle("Review · Copydesk")
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {


    private final StoryService stories;
    private final ReviewService workflow;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span base = new Span();
    private final DiffView diff = new DiffView();
    private final Div blocking = new Div();
    private final Div ignoredBlocks = new Div();
    private final Div tagChanges = new Div();
    private final Div preview = new Div();
    private final TextArea waiver = new TextArea("Waive the blocking findings, because\u2026");
    private final TextArea comment = new TextArea("What should change?");
    private final CommentsThread comments;
    private StoryDetails story;

    public ReviewView(StoryService stories, ReviewService workflow, CommentService commentService,
            DeskEvents events) {
        this.stories = stories;
        this.workflow = workflow;
        this.comments = new CommentsThread(commentService);
        addClassName("copydesk-page");
        state.setId("review-state");
        blocking.setId("blocking");
        ignoredBlocks.setId("ignored-blocking");
        tagChanges.setId("tag-changes");
        preview.setId("publish-preview");
        preview.addClassName("copydesk-readonly-body");
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
        add(title, state, new H4("Changes"), base, diff, new H4("Blocking findings"), blocking,
                new H4("Ignored by an editor"), ignoredBlocks, new H4("Tagged as ad or boilerplate (left out of the export)"),
                tagChanges, new H4("Publish-ready text"), preview, waiver, new HorizontalLayout(approve), comment,
                new HorizontalLayout(reject), comments);
        // Comments appear as they are made; a revision saved meanwhile is announced, never swapped in under the
        // reviewer (an approval names the revision they read).
        LiveUpdates.follow(this, events, e -> story != null && e.storyId() == story.id(), this::live);
    }

    private void live() {
        StoryDetails now = stories.get(story.id());
        comments.show(story.id(), story.blockIds());
        if (now.revision() != story.revision()) {
            state.setText(story.workflowLine() + " \u00b7 revision " + now.revision() + " by " + now.lastEditor()
                    + " was saved since: reload to review it.");
        } else if (now.status() != story.status()) {
            state.setText(now.workflowLine() + " (changed by someone else just now)");
        }
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
        BlockingFindings gate = workflow.blocking(s.id(), s.revision());
        List<Finding> remaining = gate.open();
        blocking.removeAll();
        if (remaining.isEmpty()) {
            blocking.add(new Span(gate.ignored().isEmpty() ? "None: nothing that autoclean would fix is left."
                    : "None open; " + gate.ignored().size() + " ignored by an editor (below)."));
        }
        for (Finding f : remaining) {
            blocking.add(line(f.type().name() + ": " + f.message() + " " + quoted(s.body(), f)));
        }
        ignoredBlocks.removeAll();
        if (gate.ignored().isEmpty()) {
            ignoredBlocks.add(new Span("No blocking finding was ignored."));
        }
        for (BlockingFindings.Ignored ig : gate.ignored()) {
            IgnoredFindingView d = ig.decision();
            String who = d == null ? "" : " \u2014 ignored by " + d.username() + ", " + Times.SHORT.format(d.createdAt());
            String why = d == null || d.reason() == null ? "no reason given" : d.reason();
            ignoredBlocks.add(line(ig.finding().type().name() + ": " + ig.finding().message() + " "
                    + quoted(s.body(), ig.finding()) + who + ". Reason: " + why));
        }
        List<TagChange> changes = workflow.tagChanges(s.id());
        tagChanges.removeAll();
        if (changes.isEmpty()) {
            tagChanges.add(new Span("No paragraph was tagged or untagged since " + (from == 1 ? "the import." : "the last approval.")));
        }
        for (TagChange c : changes) {
            tagChanges.add(line((c.tagged() ? "Tagged as " : "Untagged (was ") + c.kind().label().toLowerCase()
                    + (c.tagged() ? "" : ")") + " by " + c.author() + " in revision " + c.revision() + ": \u201c"
                    + c.text().strip() + "\u201d"));
        }
        preview.setText(PublishText.of(s.body(), s.tags()));
        waiver.setVisible(!remaining.isEmpty());
        comments.show(s.id(), s.blockIds());
    }

    private static Div line(String text) {
        Div div = new Div();
        div.setText(text);
        return div;
    }

    private static String quoted(String body, Finding f) {
        return "\u201c" + body.substring(f.start(), Math.min(f.end(), body.length())).strip() + "\u201d";
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
