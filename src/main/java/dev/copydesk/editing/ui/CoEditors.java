package dev.copydesk.editing.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.base.ui.Initials;
import dev.copydesk.story.HoldService;

/**
 * Who else has the story open, and which paragraph each is editing: initials and a line per person, kept up to
 * date by the desk's events. A note beside it says what just changed under the editor ("Revision 5 by Ana").
 */
final class CoEditors extends Div {

    private final Div people = new Div();
    private final Span note = new Span();

    CoEditors() {
        setId("presence");
        addClassName("copydesk-presence");
        people.addClassName("copydesk-presence-people");
        note.setId("live-note");
        note.addClassName("copydesk-muted");
        add(people, note);
    }

    /**
     * Shows the other viewers ({@code me}, this editor, left out; {@code user}'s other tabs named as such);
     * {@code where} names a held block ("paragraph 3").
     */
    void show(List<HoldService.Viewer> viewers, String me, String user, Function<String, String> where) {
        people.removeAll();
        List<HoldService.Viewer> others = viewers.stream().filter(v -> !v.id().equals(me)).toList();
        if (others.isEmpty()) {
            people.add(new Span("Only you have this story open."));
            return;
        }
        people.add(new Span("Also here: "));
        for (HoldService.Viewer v : others) {
            Span badge = new Span(Initials.of(v.user()));
            badge.addClassName("copydesk-avatar");
            badge.getElement().setAttribute("title", v.user());
            String doing = v.blockId() == null ? "reading"
                    : v.holdsWholeStory() ? "editing the whole text" : "editing " + where.apply(v.blockId());
            Span who = new Span((v.user().equals(user) ? "you, in another tab" : v.user()) + " (" + doing + ")");
            who.addClassName("copydesk-presence-person");
            people.add(badge, who);
        }
    }

    void note(String text) {
        note.setText(text);
    }
}
