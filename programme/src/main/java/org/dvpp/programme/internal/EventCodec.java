package org.dvpp.programme.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.Identifier;
import org.dvpp.programme.ProgrammeEvent;
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.OutboxMessage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into outbox messages and back into {@link ProgrammeEvent}s. The payload is a flat JSON object of
 * the event's record components as text; events carry ids and codes only, so nothing sensitive reaches the outbox.
 */
public final class EventCodec {
    /** Payload keys the codec adds to route a listener's copy; they never reach the listener's attributes. */
    private static final String EVENT = "_event";
    private static final String STREAM = "_stream";
    private static final String LISTENER = "_listener";

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> listenerIds;

    /** @param listenerIds the listeners in force: each gets a copy of every event, in a stream of its own */
    public EventCodec(List<String> listenerIds) {
        this.listenerIds = List.copyOf(listenerIds);
    }

    /** An event as one listener receives it, and which listener that is (empty when none was registered). */
    record Delivery(Optional<String> listenerId, ProgrammeEvent event) {
    }

    /**
     * @param event a domain event (a record)
     * @return the outbox messages: one per listener, each in that listener's copy of the event's stream, so that each
     *     listener's deliveries are ordered and retried on their own; one message when there is no listener
     */
    public List<OutboxMessage> encode(DomainEvent event) {
        Map<String, String> attributes = new TreeMap<>();
        if (event.getClass().isRecord()) {
            for (RecordComponent c : event.getClass().getRecordComponents()) {
                try {
                    Object value = c.getAccessor().invoke(event);
                    attributes.put(c.getName(), text(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + event.type(), e);
                }
            }
        }
        if (listenerIds.isEmpty()) {
            return List.of(OutboxMessage.of(event, json.writeValueAsString(attributes)));
        }
        List<OutboxMessage> out = new ArrayList<>(listenerIds.size());
        for (String listener : listenerIds) {
            Map<String, String> routed = new TreeMap<>(attributes);
            routed.put(EVENT, event.id().value().toString());
            routed.put(STREAM, event.streamId().toString());
            routed.put(LISTENER, listener);
            UUID stream = UUID.nameUUIDFromBytes((listener + "|" + event.streamId()).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            out.add(new OutboxMessage(EventId.random(), event.agency(), stream, event.type(), event.occurredAt(),
                    event.partnerSupportMustBeTold(), json.writeValueAsString(routed)));
        }
        return out;
    }

    /**
     * @param entry an outbox entry
     * @return the event as its listener sees it, with the event's own id and stream
     */
    Delivery decode(OutboxEntry entry) {
        OutboxMessage m = entry.message();
        Map<String, String> attributes = new TreeMap<>(m.payload().isEmpty() ? Map.of()
                : json.readValue(m.payload(), MAP));
        String listener = attributes.remove(LISTENER);
        String id = attributes.remove(EVENT);
        String stream = attributes.remove(STREAM);
        ProgrammeEvent event = new ProgrammeEvent(id == null ? m.id() : EventId.parse(id), m.agency(),
                stream == null ? m.streamId() : UUID.fromString(stream), entry.streamSequence(), m.type(),
                m.occurredAt(), m.partnerSupportMustBeTold(), attributes);
        return new Delivery(Optional.ofNullable(listener), event);
    }
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Identifier id) {
            return id.value().toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(EventCodec::text).orElse("");
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(EventCodec::text).sorted().collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
