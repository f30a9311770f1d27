package dev.copydesk.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The desk's one event bus, in process. Services {@link #publish} what they did; inside a transaction the event
 * waits for the commit (a rolled-back save tells no one). Views {@link #subscribe} while attached and close the
 * subscription on detach. Events are handed to listeners in publishing order on one thread of the bus's own, so a
 * slow or failing listener never holds up a save; a listener only queues work for its UI
 * ({@code UI.access}) and returns.
 * <p>
 * Between app nodes a relay ({@link #relayTo}) is handed every event published here and carries it to the
 * others, which hand it to {@link #deliver}: that reaches their local listeners only, so nothing echoes back.
 */
@Component
public class DeskEvents {

    private static final Logger log = LoggerFactory.getLogger(DeskEvents.class);

    /** A listener's registration; closing it twice is harmless. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<DeskEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Where events made here also go (a relay to the other nodes); never events that came from there. */
    private final List<Consumer<DeskEvent>> outbound = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "desk-events");
        t.setDaemon(true);
        return t;
    });

    /** Tells every listener, after the current transaction commits (at once when there is none). */
    public void publish(DeskEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    told(event);
                }
            });
        } else {
            told(event);
        }
    }

    private void told(DeskEvent event) {
        deliver(event);
        if (!outbound.isEmpty() && !dispatcher.isShutdown()) {
            dispatcher.execute(() -> outbound.forEach(relay -> {
                try {
                    relay.accept(event);
                } catch (RuntimeException e) {
                    log.warn("Could not pass {} on to the other nodes: {}", event, e.toString());
                }
            }));
        }
    }

    /** A relay: every event published here is handed to it too (on the bus's thread), to carry to other nodes. */
    public Subscription relayTo(Consumer<DeskEvent> relay) {
        outbound.add(relay);
        return () -> outbound.remove(relay);
    }

    /** Hands the event to the local listeners, in order, on the bus's thread. */
    public void deliver(DeskEvent event) {
        if (dispatcher.isShutdown()) {
            return;
        }
        dispatcher.execute(() -> {
            for (Consumer<DeskEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A desk event listener failed on {}: {}", event, e.toString());
                }
            }
        });
    }

    public Subscription subscribe(Consumer<DeskEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many listeners are subscribed (a closed view must leave none behind). */
    public int listenerCount() {
        return listeners.size();
    }

    /** Waits until every event published so far has reached its listeners (for tests and orderly shutdown). */
    public void awaitDelivered() {
        try {
            dispatcher.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Desk events were not delivered within 10 s", e);
        }
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdown();
    }
}
