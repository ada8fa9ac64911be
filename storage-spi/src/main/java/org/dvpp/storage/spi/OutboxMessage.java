package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;

/**
 * A domain event on its way out: its identity and stream, and its payload serialised by the caller (the storage layer
 * does not know the event types' formats). The payload is encrypted at rest.
 *
 * @param id the event's id
 * @param agency the agency
 * @param streamId the aggregate whose events are delivered in order
 * @param type the event type, for example {@code "case.status-changed"}
 * @param occurredAt when it happened
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param payload the serialised event
 * @since 0.1
 */
@Classified
public record OutboxMessage(EventId id, AgencyId agency, UUID streamId, String type, Instant occurredAt,
        boolean partnerSupportMustBeTold, String payload) {
    /** Checks the input. */
    public OutboxMessage {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(streamId, "streamId");
        Checks.text(type, "type", 80);
        Checks.required(occurredAt, "occurredAt");
        Checks.optionalFreeText(payload, "payload", 1_000_000);
    }

    /**
     * @param event the event
     * @param payload its serialised form
     * @return the message
     */
    public static OutboxMessage of(DomainEvent event, String payload) {
        return new OutboxMessage(event.id(), event.agency(), event.streamId(), event.type(), event.occurredAt(),
                event.partnerSupportMustBeTold(), payload);
    }

    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", type=" + type + ", stream=" + streamId + ", payload=<redacted>]";
    }
}
