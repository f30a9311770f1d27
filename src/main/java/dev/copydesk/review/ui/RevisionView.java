package dev.copydesk.review.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
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
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.base.ui.Times;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import dev.copydesk.story.RevisionDetails;
import dev.copydesk.story.StaleRevisionException;
import dev.copydesk.story.StoryNotFoundException;
import dev.copydesk.story.StoryService;
import jakarta.annotation.security.PermitAll;

/** One revision, read-only. The text is set as text, never as HTML. */
@Route(StoryRoutes.REVISION)
@PageTitle("Revision · Copydesk")
@PermitAll
public class RevisionView extends VerticalLayout implements BeforeEnterObserver {

    private final StoryService stories;

    public RevisionView(StoryService stories) {
        this.stories = stories;
        addClassName("copydesk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = StoryRoutes.storyId(event);
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
        RouterLink back = new RouterLink("← History", StoryHistoryView.class, StoryRoutes.params(r.storyId()));
        Span meta = new Span("Revision " + r.number() + " · " + r.author() + " · "
                + Times.MEDIUM.format(r.createdAt()) + (r.message() == null ? "" : " · " + r.message()));
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
                    stories.restore(r.storyId(), r.number(), current);
                    Notifications.success("Revision " + r.number() + " restored as a new revision.");
                    getUI().ifPresent(ui -> ui.navigate(StoryHistoryView.class, StoryRoutes.params(r.storyId())));
                } catch (StaleRevisionException e) {
                    Notifications.error(e.getMessage() + " Reload and try again.");
                }
            });
            restore.setId("restore-revision");
            add(restore);
        }
    }
}
