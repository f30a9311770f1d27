package dev.copydesk.editing.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.copydesk.base.ui.Times;

/**
 * The paragraph the editor clicked (or pressed Enter on), in one of three states: open to edit here (held for
 * this editor, or a paragraph only this editor has added); held by someone else (who, since when, and a button to
 * take it over); or taken over from this editor (what they typed stays in the box and in their unsaved work,
 * and a save of it is refused while the other holds it). A comment can be anchored to it in every state.
 * <p>
 * The box is one paragraph (Enter does not break it; the text mode splits paragraphs). It knows the text it last
 * agreed with the story ({@link #synced}): only typing that differs from that is sent on, so a fix accepted
 * elsewhere is never overwritten by an untouched box, and when the story's copy changes while the box is
 * untouched ({@link #follow}) the box shows it. The box is set only then, so another editor's save of another
 * paragraph never moves the caret or the typing.
 */
final class BlockEditor extends VerticalLayout {

    interface Actions {
        void blockTyped(String blockId, String text);

        void saveBlock();

        void closeBlock();

        void takeOverBlock(String blockId);

        void commentOn(String blockId, String text);
    }

    enum Mode { EDITING, HELD_BY_OTHER, TAKEN_OVER }

    private final Actions actions;
    // Built when a paragraph is first opened: an editor that only reads keeps no server state for them.
    private Span title;
    private TextArea area;
    private Button save;
    private Button close;
    private Button takeOver;
    private TextField comment;
    private String blockId;
    private String synced = "";
    private Mode mode;

    BlockEditor(Actions actions) {
        this.actions = actions;
        setId("block-editor");
        addClassName("copydesk-block-editor");
        setPadding(false);
        setSpacing(false);
        setVisible(false);
    }

    private void build() {
        if (area != null) {
            return;
        }
        title = new Span();
        title.setId("block-title");
        area = new TextArea();
        area.setId("block-text");
        area.setWidthFull();
        area.setHelperText("One paragraph: Enter does not split it (Edit text does).");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(400);
        // A paragraph is one line: Enter would make two, so it is held back in the browser.
        area.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') "
                + "e.preventDefault(); })");
        area.addValueChangeListener(e -> {
            // Typing that arrives after a take-over still goes into the editor's own unsaved work: none is lost.
            if (e.isFromClient() && blockId != null && mode != Mode.HELD_BY_OTHER) {
                actions.blockTyped(blockId, e.getValue());
            }
        });
        save = new Button("Save and close", click -> actions.saveBlock());
        save.setId("save-block");
        save.getElement().setAttribute("title", "Saves the story, with this paragraph, as a new revision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        close = new Button("Close", click -> actions.closeBlock());
        close.setId("close-block");
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        takeOver = new Button("Take over", click -> actions.takeOverBlock(blockId));
        takeOver.setId("take-over");
        takeOver.addThemeVariants(ButtonVariant.LUMO_SMALL);
        comment = new TextField();
        comment.setId("block-comment");
        comment.setPlaceholder("Comment on this paragraph");
        comment.setWidthFull();
        Button post = new Button("Comment", click -> {
            if (!comment.getValue().isBlank()) {
                actions.commentOn(blockId, comment.getValue());
                comment.clear();
            }
        });
        post.setId("block-comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(save, close, takeOver);
        HorizontalLayout commenting = new HorizontalLayout(comment, post);
        commenting.setWidthFull();
        commenting.setAlignItems(Alignment.BASELINE);
        commenting.expand(comment);
        add(title, area, buttons, commenting);
    }

    /** Opens paragraph {@code index} (0-based) to edit; {@code held}: others see it held (false: only added here). */
    void open(String id, int index, String text, boolean held) {
        build();
        blockId = id;
        mode = Mode.EDITING;
        synced = text;
        area.setValue(text);
        title.setText("Editing paragraph " + (index + 1) + (held ? ". The others see it held for you." : "."));
        show();
        area.focus();
    }

    /** Says that {@code holder} has paragraph {@code index} (-1: the whole story); it can be taken over. */
    void heldBy(String id, int index, String holder, Instant since) {
        build();
        blockId = id;
        mode = Mode.HELD_BY_OTHER;
        title.setText((index < 0 ? "The whole story" : "Paragraph " + (index + 1)) + " is being edited by " + holder
                + (since == null ? "" : " (since " + Times.CLOCK.format(since) + ")")
                + ". You can comment on it, or take it over: they will be told, and their typing stays in their "
                + "unsaved work.");
        show();
    }

    /** This editor's paragraph was taken by {@code holder}: the box stays, with what was typed. */
    void takenOver(int index, String holder) {
        build();
        mode = Mode.TAKEN_OVER;
        title.setText(holder + " took over paragraph " + (index + 1) + ". What you typed is below and in your "
                + "unsaved changes (and your draft); take it back to go on, or save once they are done.");
        show();
    }

    private void show() {
        area.setVisible(mode != Mode.HELD_BY_OTHER);
        save.setVisible(mode == Mode.EDITING);
        close.setText(mode == Mode.EDITING ? "Close" : "Dismiss");
        takeOver.setVisible(mode != Mode.EDITING);
        setVisible(true);
    }

    /** Hides the panel; the paragraph is no longer open here. */
    void hide() {
        mode = null;
        blockId = null;
        synced = "";
        setVisible(false);
    }

    /** The paragraph open to edit here, or null. */
    String editing() {
        return mode == Mode.EDITING ? blockId : null;
    }

    /** The paragraph the panel is about (open, held by someone else or taken over), or null. */
    String blockId() {
        return blockId;
    }

    Mode mode() {
        return mode;
    }

    /** The text the box and the story last agreed on. */
    String synced() {
        return synced;
    }

    /** The story now holds {@code text} for the box's paragraph, as typed. */
    void synced(String text) {
        synced = text;
    }

    /** What was typed in the box and not yet taken into the story, or null if nothing was. */
    String pending() {
        if (area == null || blockId == null || mode == Mode.HELD_BY_OTHER) {
            return null;
        }
        String typed = EditorSession.oneLine(area.getValue());
        return typed.equals(synced) || typed.isEmpty() ? null : typed;
    }

    /**
     * The story's copy of the paragraph is now {@code text} under {@code id} (after a fix, a tag, someone's save, a
     * merge): an untouched box shows it; a box with typing of its own keeps the typing, which wins when sent on.
     */
    void follow(String id, String text) {
        blockId = id;
        if (area != null && pending() == null && !text.equals(synced)) {
            synced = text;
            area.setValue(text);
        }
    }
}
