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
 * The paragraph the editor clicked (or pressed Enter on): held for them and open to edit here, or, when someone
 * else holds it, who does, with a button to take it over. Either way a comment can be anchored to it. The text
 * area is only ever set when a paragraph opens, so another editor's save never moves the caret or the typing.
 */
final class BlockEditor extends VerticalLayout {

    interface Actions {
        void blockTyped(String blockId, String text);

        void saveBlock();

        void closeBlock();

        void takeOverBlock(String blockId);

        void commentOn(String blockId, String text);
    }

    private final Actions actions;
    // Built when a paragraph is first opened: an editor that only reads keeps no server state for them.
    private Span title;
    private TextArea area;
    private Button save;
    private Button close;
    private Button takeOver;
    private TextField comment;
    private String blockId;
    private String heldBy;
    private boolean open;

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
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(800);
        area.addValueChangeListener(e -> {
            if (e.isFromClient() && open) {
                actions.blockTyped(blockId, e.getValue());
            }
        });
        save = new Button("Save paragraph", click -> actions.saveBlock());
        save.setId("save-block");
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

    /** Opens paragraph {@code index} (0-based) to edit: it is held for this editor. */
    void open(String id, int index, String text) {
        build();
        blockId = id;
        heldBy = null;
        open = true;
        title.setText("Editing paragraph " + (index + 1) + ". The others see it held for you; Save paragraph "
                + "saves the story.");
        area.setValue(text);
        show();
        area.focus();
    }

    /** Says that {@code holder} has paragraph {@code index}; it can be taken over. */
    void heldBy(String id, int index, String holder, Instant since) {
        build();
        blockId = id;
        heldBy = holder;
        open = false;
        title.setText((index < 0 ? "The whole story" : "Paragraph " + (index + 1)) + " is being edited by " + holder
                + (since == null ? "" : " (since " + Times.CLOCK.format(since) + ")")
                + ". You can comment on it, or take it over: they will be told, and keep their text.");
        show();
    }

    private void show() {
        area.setVisible(open);
        save.setVisible(open);
        close.setVisible(true);
        close.setText(open ? "Close" : "Dismiss");
        takeOver.setVisible(!open);
        setVisible(true);
    }

    /** Hides the panel; the paragraph is no longer open here. */
    void hide() {
        open = false;
        blockId = null;
        heldBy = null;
        setVisible(false);
    }

    /** The paragraph open to edit here, or null. */
    String editing() {
        return open ? blockId : null;
    }

    /** The paragraph the panel is about (open here, or held by someone else), or null. */
    String blockId() {
        return blockId;
    }

    String heldBy() {
        return heldBy;
    }

    /** What the text area holds now (typed, perhaps not yet sent on). */
    String text() {
        return area == null ? "" : area.getValue();
    }
}
