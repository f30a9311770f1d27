package dev.copydesk.story.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.copydesk.story.RevisionDetails;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import dev.copydesk.story.StoryWorkflowService;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import dev.copydesk.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import jakarta.annotation.security.PermitAll;

/** One revision, read-only. The text is set as text, never as HTML. */
@Route("stories/:storyId/revisions/:number")
@PageTitle("Revision · Copydesk")
@PermitAll
public class RevisionView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService stories;
    private final StoryWorkflowService workflow;

    public RevisionView(StoryService stories, StoryWorkflowService workflow) {
        this.stories = stories;
        this.workflow = workflow;
        addClassName("copydesk-page");
    }

    static RouteParameters params(long storyId, int number) {
        return new RouteParameters(java.util.Map.of(EditorRoutes.STORY_ID, Long.toString(storyId),
                "number", Integer.toString(number)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = EditorRoutes.storyId(event);
        Optional<Integer> number = event.getRouteParameters().getInteger("number");
        try {
            RevisionDetails r = stories.revision(id.orElseThrow(() -> new StoryNotFoundException("No such story")),
                    number.orElseThrow(() -> new StoryNotFoundException("No such revision")));
            show(r);
        } catch (StoryNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(RevisionDetails r) {
        removeAll();
        RouterLink back = new RouterLink("← History", StoryHistoryView.class, StoryHistoryView.params(r.storyId()));
        Span meta = new Span("Revision " + r.number() + " · " + r.author() + " · "
                + StoryListView.TIME.format(r.createdAt()) + (r.message() == null ? "" : " · " + r.message()));
        H2 headline = new H2(r.headline());
        Div text = new Div();
        text.addClassName("copydesk-readonly-body");
        text.setText(r.body());
        text.setId("revision-body");
        add(back, meta, headline);
        if (r.byline() != null) {
            add(new Paragraph(r.byline()));
        }
        add(text);
        int current = stories.get(r.storyId()).revision();
        if (CurrentUser.hasRole(Role.EDITOR) && r.number() != current) {
            Button restore = new Button("Restore this revision", click -> {
                try {
                    workflow.restore(r.storyId(), r.number(), current);
                    Notifications.success("Revision " + r.number() + " restored as a new revision.");
                    getUI().ifPresent(ui -> ui.navigate(StoryHistoryView.class, StoryHistoryView.params(r.storyId())));
                } catch (StaleRevisionException e) {
                    Notifications.error(e.getMessage() + " Reload and try again.");
                }
            });
            restore.setId("restore-revision");
            add(restore);
        }
    }
}
