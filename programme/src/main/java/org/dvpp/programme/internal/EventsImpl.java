package org.dvpp.programme.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dvpp.domain.EventId;
import org.dvpp.programme.Events;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the listeners: at least once, in order per stream, with delivery state per listener. The
 * codec gives every listener its own copy of each event, in that listener's own copy of the stream, so the outbox (which
 * lets only the oldest undelivered event of a stream be claimed) orders and retries each listener's deliveries on their
 * own: a failing listener is retried with exponential backoff and never holds back another. Several processes may
 * dispatch side by side, since entries are claimed with a lease.
 */
public final class EventsImpl implements Events, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventsImpl.class);
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Storage storage;
    private final EventCodec codec;
    private final List<ProgrammeEventListener> listeners;
    private final Duration retryBase;
    private final Duration retryMax;
    private final String worker = "dvpp-" + UUID.randomUUID();
    private final Object passLock = new Object();
    private ScheduledExecutorService background;

    private final java.util.function.BiPredicate<String, ProgrammeEvent> mayDeliver;

    EventsImpl(Storage storage, EventCodec codec, List<ProgrammeEventListener> listeners, Duration retryBase,
            Duration retryMax, java.util.function.BiPredicate<String, ProgrammeEvent> mayDeliver) {
        this.mayDeliver = mayDeliver;
        this.storage = storage;
        this.codec = codec;
        this.listeners = List.copyOf(listeners);
        this.retryBase = retryBase;
        this.retryMax = retryMax;
    }

    synchronized void startBackground(Duration interval) {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dvpp-event-dispatch");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(() -> {
            try {
                dispatchPending();
            } catch (RuntimeException e) {
                LOG.warn("event dispatch pass failed; will try again: {}", LogValues.encode(e));
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public int dispatchPending() {
        synchronized (passLock) {
            int delivered = 0;
            // each claim returns the oldest undelivered event of every due stream (the SPI's ordering guarantee);
            // keep claiming until a claim brings nothing deliverable
            while (true) {
                List<OutboxEntry> claimed = storage.outboxDispatch().claim(worker, BATCH, LEASE);
                if (claimed.isEmpty()) {
                    return delivered;
                }
                int before = delivered;
                for (OutboxEntry e : claimed) {
                    EventId id = e.message().id();
                    String error = deliverToAll(e);
                    if (error == null) {
                        storage.outboxDispatch().acknowledge(e.message().agency(), id);
                        delivered++;
                    } else {
                        storage.outboxDispatch().fail(e.message().agency(), id, error, backoff(e.attempts()));
                    }
                }
                if (delivered == before) {
                    return delivered;
                }
            }
        }
    }

    /** Delivers one listener's copy of an event; returns null on success or the failure to record. */
    private String deliverToAll(OutboxEntry e) {
        EventCodec.Delivery d = codec.decode(e);
        ProgrammeEvent event = d.event();
        Optional<ProgrammeEventListener> target = d.listenerId().flatMap(id -> listeners.stream()
                .filter(l -> l.id().equals(id)).findFirst());
        if (target.isEmpty()) {
            if (d.listenerId().isPresent()) {
                LOG.warn("event {} ({}) was queued for listener {}, which is no longer registered; dropped", event.id(),
                        LogValues.encode(event.type()), LogValues.encode(d.listenerId().get()));
            }
            return null;
        }
        ProgrammeEventListener l = target.get();
        if (!mayDeliver.test(l.id(), event)) {
            // another organisation's listener, and the case is no longer shared with it under an agreement in force
            LOG.info("event {} ({}) withheld from listener {}: its case is not shared with the listener's "
                    + "organisation under an agreement in force", event.id(), LogValues.encode(event.type()),
                    LogValues.encode(l.id()));
            return null;
        }
        try {
            l.onEvent(event);
            return null;
        } catch (Exception ex) {
            // the cause is the listener's own: its class and message are encoded, never allowed to break the line
            LOG.warn("listener {} failed on event {} ({}), attempt {}; it will be retried: {}: {}",
                    LogValues.encode(l.id()), event.id(), LogValues.encode(event.type()), e.attempts() + 1,
                    ex.getClass().getName(), LogValues.encode(ex.getMessage()));
            return "listener " + l.id() + ": " + ex.getClass().getSimpleName();
        }
    }

    Duration backoff(int attempts) {
        int shift = Math.min(Math.max(attempts, 0), 20);
        Duration d = retryBase.multipliedBy(1L << shift);
        return d.compareTo(retryMax) > 0 ? retryMax : d;
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }
}
