package dev.copydesk.editing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.copydesk.story.StoryLimits;

/** The story's headline and byline: what the editor types goes into the session, then {@code changed} runs. */
final class HeadlineFields extends VerticalLayout {

    private final EditorSession session;
    private final TextField headline;
    private final TextField byline;

    HeadlineFields(EditorSession session, Runnable changed) {
        this.session = session;
        headline = field("Headline", "headline", StoryLimits.MAX_HEADLINE_LENGTH, session::headline, changed);
        byline = field("Byline", "byline", StoryLimits.MAX_BYLINE_LENGTH, session::byline, changed);
        setPadding(false);
        setWidthFull();
        add(headline, byline);
    }

    private static TextField field(String label, String id, int maxLength, Consumer<String> into, Runnable changed) {
        TextField field = new TextField(label);
        field.setWidthFull();
        field.setMaxLength(maxLength);
        field.setId(id);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                into.accept(e.getValue());
                changed.run();
            }
        });
        return field;
    }

    /** Shows the session's headline and byline, e.g. after loading a revision or restoring a draft. */
    void show() {
        headline.setValue(session.headline());
        byline.setValue(session.byline());
    }
}
