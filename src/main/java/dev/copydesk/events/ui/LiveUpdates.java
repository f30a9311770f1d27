package dev.copydesk.events.ui;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * a busy desk costs a view one refresh at a time, at most one per {@code every}. The refresh runs on a virtual
 * thread of its own, never on the bus's thread, so one slow view does not hold up the others; it runs as the user
 * signed in when the view opened (services check roles). The subscription ends when the view detaches.
 */
public final class LiveUpdates {

    /** Refreshes started and not yet handed to their UI (what {@link #awaitQueued} waits for). */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

    private LiveUpdates() {
    }

    /**
     * Waits until every refresh started so far is queued on its UI (or run). With {@link DeskEvents#awaitDelivered}
     * first, a test knows that what the desk did has reached the views it concerns.
     */
    public static void awaitQueued() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (IN_FLIGHT.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    public static void follow(Component view, DeskEvents events, Predicate<DeskEvent> relevant, Runnable refresh) {
        follow(view, events, relevant, Duration.ZERO, refresh);
    }

    public static void follow(Component view, DeskEvents events, Predicate<DeskEvent> relevant, Duration every,
            Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // A copy: the request's context object is the session's, and must not change under the subscription.
            SecurityContext user = SecurityContextHolder.createEmptyContext();
            user.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            AtomicBoolean queued = new AtomicBoolean();
            AtomicLong last = new AtomicLong();
            DeskEvents.Subscription subscription = events.subscribe(event -> {
                // A resync (missed events from other nodes) concerns every view.
                if ((event instanceof DeskEvent.Resync || relevant.test(event)) && queued.compareAndSet(false, true)) {
                    IN_FLIGHT.incrementAndGet();
                    Thread.ofVirtual().name("live-update").start(() -> {
                        try {
                            run(view, ui, user, queued, last, every, refresh);
                        } finally {
                            IN_FLIGHT.decrementAndGet();
                        }
                    });
                }
            });
            view.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }

    private static void run(Component view, UI ui, SecurityContext user, AtomicBoolean queued, AtomicLong last,
            Duration every, Runnable refresh) {
        long wait = last.get() + every.toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            ui.access(() -> {
                queued.set(false);
                last.set(System.nanoTime());
                if (!view.isAttached()) {
                    return; // closed after this was queued
                }
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(user);
                try {
                    refresh.run();
                } finally {
                    SecurityContextHolder.setContext(before); // on a virtual thread of its own, or a test's
                }
            });
        } catch (UIDetachedException e) {
            queued.set(false); // closed meanwhile: the detach listener ends the subscription
        }
    }
}
