package dev.copydesk.editing.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.StoryLimits;
import dev.copydesk.text.Body;

/**
 * The story's text in the editor's two modes: marked up with the findings in place (the default, where findings
 * and paragraphs are clicked), or plain in a text area to edit by hand.
 */
final class StoryText extends VerticalLayout {

    private final StoryMarkup markup = new StoryMarkup();
    private final TextArea area = new TextArea();
    private boolean editing;

    /** {@code typed} gets the text as the editor typed it. */
    StoryText(Consumer<String> typed) {
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        area.setId("body");
        area.addClassName("copydesk-body");
        area.setWidthFull();
        area.setHeightFull();
        area.setMaxLength(StoryLimits.MAX_BODY_BYTES);
        // Findings and the server-side draft follow typing a moment later, without holding up the keyboard.
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.accept(e.getValue());
            }
        });
        area.setVisible(false);
        markup.setSizeFull();
        markup.addClassName("copydesk-markup-scroller");
        add(markup, area);
        expand(markup, area);
    }

    boolean editing() {
        return editing;
    }

    /** Switches modes; the text area starts from {@code body}. */
    void toggle(String body) {
        editing = !editing;
        if (editing) {
            area.setValue(body);
        }
        area.setVisible(editing);
        markup.setVisible(!editing);
        if (editing) {
            area.focus();
        }
    }

    /** The text as it stands: what the text area holds while editing, else {@code body}. */
    String current(String body) {
        return editing ? area.getValue() : body;
    }

    /** While editing, the text area shows {@code body} (after a fix, a tag or a resolved conflict). */
    void follow(String body) {
        if (editing && !area.getValue().equals(body)) {
            area.setValue(body);
        }
    }

    /** Marks the findings in place (not while editing: the text area has no marks). */
    void show(Body document, List<Finding> findings, StoryMarkup.Listener listener, StoryMarkup.Beside beside) {
        if (!editing) {
            markup.show(document, findings, listener, beside);
        }
    }

    void selectFinding(int index) {
        markup.selectFinding(index);
    }

    void selectParagraph(int start) {
        markup.selectParagraph(start);
    }
}
