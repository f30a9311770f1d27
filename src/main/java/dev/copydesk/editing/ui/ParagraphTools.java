package dev.copydesk.editing.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.copydesk.story.Tag;
import dev.copydesk.story.TagKind;

/** The buttons for the paragraph clicked in the story: tag it as an ad or boilerplate, or untag it. */
final class ParagraphTools extends HorizontalLayout {

    ParagraphTools() {
        setId("paragraph-tools");
        setAlignItems(Alignment.BASELINE);
        setVisible(false);
    }

    /** Offers to untag a tagged paragraph, or to tag an untagged one. */
    void show(Optional<Tag> existing, Runnable untag, Consumer<TagKind> tag) {
        removeAll();
        Span label = new Span("Selected paragraph:");
        label.addClassName("copydesk-muted");
        add(label);
        if (existing.isPresent()) {
            add(button("Untag (" + existing.get().kind().label() + ")", "untag", untag));
        } else {
            add(button("Tag as ad", "tag-ad", () -> tag.accept(TagKind.AD)),
                    button("Tag as boilerplate", "tag-boilerplate", () -> tag.accept(TagKind.BOILERPLATE)));
        }
        setVisible(true);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text, click -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId(id);
        return b;
    }
}
