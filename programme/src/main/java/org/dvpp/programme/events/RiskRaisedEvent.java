package org.dvpp.programme.events;

import java.time.Instant;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskLevel;

/**
 * Risk rose (type {@code risk.raised}); partner support must be told.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param sequence its position in the case's stream
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param riskEvent the risk event recorded
 * @param from the level before
 * @param to the level after
 * @param maracCriteria the MARAC criteria met
 */
@org.dvpp.domain.Classified
public record RiskRaisedEvent(EventId id, AgencyId agency, CaseId caseId, long sequence, Instant occurredAt,
        boolean partnerSupportMustBeTold, RiskEventId riskEvent, RiskLevel from, RiskLevel to,
        Set<MaracCriterion> maracCriteria) implements ProgrammeEvent {
    /** Type code. */
    public static final String TYPE = "risk.raised";
    /** Version of these fields. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the criteria. */
    public RiskRaisedEvent {
        maracCriteria = Set.copyOf(maracCriteria);
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
