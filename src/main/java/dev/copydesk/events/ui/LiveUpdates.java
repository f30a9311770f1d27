package dev.copydesk.events.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import dev.copydesk.events.DeskEvent;
import dev.copydesk.events.DeskEvents;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a view up to date with the desk: while the view is attached, every event it cares about queues one
 * {@code refresh} on its UI (pushed to the browser); events that arrive while one is queued are folded into it, so
 * a busy desk costs a view one refresh at a time. The refresh runs as the signed-in user (services check roles).
 * The subscription ends when the view detaches.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void follow(Component view, DeskEvents events, Predicate<DeskEvent> relevant, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // A copy: the request's context object is the session's, and must not change under the subscription.
            SecurityContext user = SecurityContextHolder.createEmptyContext();
            user.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            AtomicBoolean queued = new AtomicBoolean();
            DeskEvents.Subscription subscription = events.subscribe(event -> {
                if (relevant.test(event) && queued.compareAndSet(false, true)) {
                    try {
                        ui.access(() -> {
                            queued.set(false);
                            if (!view.isAttached()) {
                                return; // closed after this was queued
                            }
                            SecurityContext before = SecurityContextHolder.getContext();
                            SecurityContextHolder.setContext(user);
                            try {
                                refresh.run();
                            } finally {
                                SecurityContextHolder.setContext(before);
                            }
                        });
                    } catch (UIDetachedException e) {
                        queued.set(false); // closed meanwhile: the detach listener ends the subscription
                    }
                }
            });
            view.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
