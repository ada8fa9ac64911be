package org.dvpp.programme;

import org.dvpp.programme.events.ProgrammeEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener that records what it receives, de-duplicating on event id, and can be made to fail at first. */
final class RecordingListener implements ProgrammeEventListener {
    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    private final String id;
    private final AtomicInteger failuresLeft;
    private final Map<String, ProgrammeEvent> received = new LinkedHashMap<>();
    private final List<String> deliveries = new ArrayList<>();

    RecordingListener(String id, int failFirst) {
        this.id = id;
        this.failuresLeft = new AtomicInteger(failFirst);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void onEvent(ProgrammeEvent event) throws Exception {
        deliveries.add(event.id().toString());
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("CRM is down");
        }
        received.putIfAbsent(event.id().toString(), event);
    }

    synchronized List<ProgrammeEvent> events() {
        return List.copyOf(received.values());
    }

    synchronized int deliveryAttempts() {
        return deliveries.size();
    }

    synchronized List<ProgrammeEvent> forPartnerSupport() {
        return received.values().stream().filter(ProgrammeEvent::partnerSupportMustBeTold).toList();
    }
}
