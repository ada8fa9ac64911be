package org.dvpp.programme.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.SharingScope;

/**
 * He withdrew his consent or narrowed its sharing scope (type {@code consent.changed}); partner support must be told.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param sequence its position in the case's stream
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param withdrawn true when consent was withdrawn, false when its scope was narrowed
 * @param scope with whom information may still be shared
 * @param effectiveOn the date it took effect
 * @param statusAfter the case's state after the agency's configured consequence
 */
@org.dvpp.domain.Classified
public record ConsentChangedEvent(EventId id, AgencyId agency, CaseId caseId, long sequence, Instant occurredAt,
        boolean partnerSupportMustBeTold, boolean withdrawn, Set<SharingScope> scope, LocalDate effectiveOn,
        CaseStatus statusAfter) implements ProgrammeEvent {
    /** Type code. */
    public static final String TYPE = "consent.changed";
    /** Version of these fields. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the scope. */
    public ConsentChangedEvent {
        scope = Set.copyOf(scope);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
