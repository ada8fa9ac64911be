package org.dvpp.programme.events;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;

/**
 * An event as a {@link org.dvpp.programme.ProgrammeEventListener} receives it: one of the typed records of this package.
 * Switch over it to handle each kind.
 *
 * <p>Delivery is at least once: drop duplicates by {@link #id()}. Events of one stream (one case) arrive in
 * {@link #sequence()} order. Fields are ids, codes and dates only, never the details of a partner, ex-partner or child,
 * and never free text staff typed. {@link #schemaVersion()} changes when a record's fields change.
 */
public sealed interface ProgrammeEvent permits ReferralReceivedEvent, CaseStatusChangedEvent, RiskRaisedEvent,
        ConsentChangedEvent, DisengagementWarningEvent {

    /** @return the event's own id, the same for every listener and every redelivery */
    EventId id();

    /** @return the agency */
    AgencyId agency();

    /** @return the case the event belongs to; events of one case arrive in order */
    CaseId caseId();

    /** @return its position in its case's stream, from 1 */
    long sequence();

    /** @return when it happened */
    Instant occurredAt();

    /** @return whether partner support must be told (start, drop-out, exclusion, completion, risk rise, consent) */
    boolean partnerSupportMustBeTold();

    /** @return the stable type code, such as {@code case.status-changed} */
    String type();

    /** @return the version of this record's fields */
    int schemaVersion();

    /** @return the id of the stream (the case) */
    default UUID streamId() {
        return caseId().value();
    }
}
