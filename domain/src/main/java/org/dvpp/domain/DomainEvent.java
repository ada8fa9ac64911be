package org.dvpp.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened and that others may need to know: a case changed status, risk rose, a man missed two sessions
 * in a row. Events go through the storage outbox to listeners (partner support, a CRM), at least once and in order per
 * {@link #streamId() stream}.
 *
 * <p>Payloads carry ids and codes only, never the personal details of a partner, ex-partner or child, and never free
 * text that staff typed.
 */
public interface DomainEvent {
    /** @return the event's own id; listeners use it to drop duplicates */
    EventId id();

    /** @return the agency (tenant) it belongs to */
    AgencyId agency();

    /** @return the id of the record whose events are ordered together (a case, a group) */
    UUID streamId();

    /** @return when it happened */
    Instant occurredAt();

    /** @return a stable code for the kind of event, such as {@code case.status-changed} */
    String type();

    /** @return whether the partner-support service must be told */
    boolean partnerSupportMustBeTold();
}
