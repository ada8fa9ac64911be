package org.dvpp.examples.relay;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as a consumer reads it from the broker (the body {@link RelayMessages} writes).
 *
 * @param id the event's id, also the message id
 * @param type its type code, such as {@code case.status-changed}
 * @param schemaVersion the version of its type's fields
 * @param agency the agency's id
 * @param caseId the case's id (the stream)
 * @param sequence its position in the case's stream, from 1
 * @param occurredAt when it happened
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param data the type's own fields: ids, codes, numbers, flags, dates (strings, numbers, booleans and lists of codes)
 * @param routingKey the routing key it was published with
 * @param redelivered whether the broker marked it as delivered before (to this or another consumer)
 */
public record Notification(UUID id, String type, int schemaVersion, UUID agency, UUID caseId, long sequence,
        Instant occurredAt, boolean partnerSupportMustBeTold, Map<String, Object> data, String routingKey,
        boolean redelivered) {
    /** Copies the data. */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(routingKey, "routingKey");
        data = Map.copyOf(data);
    }
}
