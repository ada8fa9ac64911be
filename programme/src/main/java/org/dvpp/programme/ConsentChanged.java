package org.dvpp.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.SharingScope;

/**
 * A man withdrew his consent, or narrowed with whom information about him may be shared. Partner support must be told:
 * the agency's configured consequence (by default the programme is suspended pending review) follows in the same
 * transaction, with its own status-change event.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param withdrawn true when consent was withdrawn, false when only its scope was narrowed
 * @param scope with whom information may still be shared (empty once withdrawn)
 * @param effectiveOn the date it took effect
 * @param statusAfter the case's state after the consequence
 * @param occurredAt when it was recorded
 */
@org.dvpp.domain.Classified
public record ConsentChanged(EventId id, AgencyId agency, CaseId caseId, boolean withdrawn, Set<SharingScope> scope,
        LocalDate effectiveOn, CaseStatus statusAfter, Instant occurredAt) implements DomainEvent {
    /** Type code of this event. */
    public static final String TYPE = "consent.changed";

    /** Copies the scope. */
    public ConsentChanged {
        scope = Set.copyOf(scope);
    }

    @Override
    public UUID streamId() {
        return caseId.value();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean partnerSupportMustBeTold() {
        return true;
    }
}
