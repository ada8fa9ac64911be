package org.dvpp.programme.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dvpp.domain.DomainEvent;
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
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param event a domain event (a record)
     * @return the outbox message
     */
    public OutboxMessage encode(DomainEvent event) {
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
        return OutboxMessage.of(event, json.writeValueAsString(attributes));
    }

    /**
     * @param entry an outbox entry
     * @return the event as listeners see it
     */
    public ProgrammeEvent decode(OutboxEntry entry) {
        OutboxMessage m = entry.message();
        Map<String, String> attributes = m.payload().isEmpty() ? Map.of() : json.readValue(m.payload(), MAP);
        return new ProgrammeEvent(m.id(), m.agency(), m.streamId(), entry.streamSequence(), m.type(), m.occurredAt(),
                m.partnerSupportMustBeTold(), attributes);
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
