package org.dvpp.programme;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;

/**
 * A domain event as listeners receive it from the outbox. Delivery is at least once: use {@link #id()} to drop
 * duplicates. Events of one stream (one case, one group) arrive in {@link #sequence()} order. Attributes carry ids and
 * codes only, never the details of a partner, ex-partner or child.
 *
 * @param id the event's id
 * @param agency the agency
 * @param streamId the case or group the event belongs to
 * @param sequence its position in the stream, from 1
 * @param type the event's type code, such as {@code case.status-changed}
 * @param occurredAt when it happened
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param attributes the event's fields as text (ids, codes, dates)
 */
@org.dvpp.domain.Classified
public record ProgrammeEvent(EventId id, AgencyId agency, UUID streamId, long sequence, String type,
        Instant occurredAt, boolean partnerSupportMustBeTold, Map<String, String> attributes) {
    /** Checks every part. */
    public ProgrammeEvent {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(streamId, "streamId");
        Checks.text(type, "type", 80);
        Checks.required(occurredAt, "occurredAt");
        attributes = Map.copyOf(Checks.required(attributes, "attributes"));
    }

    /**
     * @param name an attribute's name
     * @return its value, or an empty string
     */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
