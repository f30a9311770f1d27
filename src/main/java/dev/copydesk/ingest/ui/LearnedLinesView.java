package dev.copydesk.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.Times;
import dev.copydesk.ingest.LearnedLine;
import dev.copydesk.ingest.SourceLearning;
import dev.copydesk.security.CurrentUser;
import dev.copydesk.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** What the desk learned per source: lines a feed sends with many stories, flagged as its boilerplate. */
@Route("sources")
@PageTitle("Learned boilerplate · Copydesk")
@Menu(title = "Learned lines", order = 8, icon = "vaadin:book")
@RolesAllowed({Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class LearnedLinesView extends VerticalLayout {

    private final SourceLearning learning;
    private final Grid<LearnedLine> grid = new Grid<>(LearnedLine.class, false);

    public LearnedLinesView(SourceLearning learning) {
        this.learning = learning;
        addClassName("copydesk-page");
        setSizeFull();
        grid.setId("learned-lines");
        grid.addColumn(LearnedLine::source).setHeader("Source").setAutoWidth(true);
        grid.addColumn(LearnedLine::text).setHeader("Line").setFlexGrow(3);
        grid.addColumn(LearnedLine::stories).setHeader("Stories").setAutoWidth(true);
        grid.addColumn(l -> Times.SHORT.format(l.lastSeen())).setHeader("Last seen").setAutoWidth(true);
        if (CurrentUser.hasRole(Role.ADMIN)) {
            grid.addComponentColumn(l -> {
                Button forget = new Button("Forget", click -> forget(l));
                forget.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return forget;
            }).setKey("forget").setAutoWidth(true);
        }
        add(new H2("Learned boilerplate"), new Paragraph("A line that " + SourceLearning.STORIES + " or more stories "
                + "from the same source carried is that feed's boilerplate: the cleanup flags it in the source's new "
                + "stories and autoclean removes it. An admin can forget a line; it then stays forgotten."), grid);
        expand(grid);
        refresh();
    }

    private void forget(LearnedLine line) {
        learning.forget(line.id());
        Notifications.success("Forgotten: \u201c" + line.text() + "\u201d is no longer flagged for " + line.source() + ".");
        refresh();
    }

    private void refresh() {
        grid.setItems(learning.learned());
    }
}
