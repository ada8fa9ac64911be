package org.dvpp.examples.relay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dvpp.domain.EventId;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.events.ProgrammeEvent;

/** The reference: a plain in-memory listener registered beside the relay, recording what partner support must be told. */
final class MustBeTold implements ProgrammeEventListener {
    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    private final Map<EventId, ProgrammeEvent> events = new LinkedHashMap<>();
    private final AtomicInteger all = new AtomicInteger();

    @Override
    public String id() {
        return "test-must-be-told";
    }

    @Override
    public synchronized void onEvent(ProgrammeEvent event) {
        all.incrementAndGet();
        if (event.partnerSupportMustBeTold()) {
            events.putIfAbsent(event.id(), event);
        }
    }

    synchronized Map<EventId, ProgrammeEvent> events() {
        return Map.copyOf(events);
    }

    int allEvents() {
        return all.get();
    }
}
