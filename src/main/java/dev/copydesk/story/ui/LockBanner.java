package dev.copydesk.story.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.copydesk.story.EditLockService;

/** Says that someone else holds the story's soft edit lock, and offers to take it over. */
final class LockBanner extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    LockBanner() {
        setId("lock-banner");
        addClassName("copydesk-banner");
        setVisible(false);
    }

    /** The lock is this editor's: nothing to say. */
    void hide() {
        removeAll();
        setVisible(false);
    }

    /** Someone else's lock (if it is still held); {@code takeOver} runs on "Take over". */
    void heldBy(Optional<EditLockService.Lock> other, Runnable takeOver) {
        removeAll();
        setVisible(true);
        other.ifPresent(lock -> {
            Button button = new Button("Take over", click -> takeOver.run());
            button.setId("take-over");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(new Span(lock.holder() + " is editing this story (since " + TIME.format(lock.since())
                    + "). Your saves are still safe: they merge or ask."), button);
        });
    }
}
