package dev.copydesk.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.Times;
import dev.copydesk.editing.EditLockService;
import dev.copydesk.security.CurrentUser;

/**
 * The open editor's soft edit lock on its story, and the banner that says when someone else holds it (with a
 * button to take it over). Soft: saves stay safe without it, since they merge or ask.
 */
final class LockBanner extends Div {

    /** How often the open editor polls: its heartbeat keeps the lock alive, and learns of a take-over. */
    static final int HEARTBEAT_MILLIS = 30_000;

    private final EditLockService locks;
    private Long storyId;

    LockBanner(EditLockService locks) {
        this.locks = locks;
        setId("lock-banner");
        addClassName("copydesk-banner");
        setVisible(false);
        addAttachListener(attach -> {
            var heartbeat = attach.getUI().addPollListener(poll -> heartbeat());
            String user = CurrentUser.find().orElse("");
            attach.getUI().setPollInterval(HEARTBEAT_MILLIS);
            addDetachListener(detach -> {
                heartbeat.remove();
                if (storyId != null) {
                    locks.release(storyId, user);
                }
                detach.unregisterListener();
            });
        });
    }

    /** Takes the lock on opening the story, or says who has it. */
    void acquire(long story) {
        storyId = story;
        show(locks.acquire(storyId));
    }

    /** The editor left unsaved work behind (kept as a draft): the heartbeat stops, and the lock expires unreleased. */
    void forget() {
        storyId = null;
    }

    /** Keeps the lock alive, and says so if someone took it over meanwhile. */
    private void heartbeat() {
        if (storyId != null) {
            locks.heartbeat(storyId).ifPresent(who -> {
                Notifications.error(who + " took over editing this story. Your unsaved text is kept as a draft.");
                show(false);
            });
        }
    }

    private void show(boolean mine) {
        removeAll();
        setVisible(!mine);
        if (mine) {
            return;
        }
        locks.heldByOther(storyId).ifPresent(lock -> {
            Button button = new Button("Take over", click -> {
                locks.takeOver(storyId);
                show(true);
            });
            button.setId("take-over");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(new Span(lock.holder() + " is editing this story (since " + Times.CLOCK.format(lock.since())
                    + "). Your saves are still safe: they merge or ask."), button);
        });
    }
}
