package org.dvpp.domain.safety;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.RiskEventId;

/**
 * Risk in a case rose. Partner support is always told.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param riskEvent the recorded risk event
 * @param from the level before
 * @param to the level after
 * @param maracCriteria MARAC criteria met
 * @param occurredAt when
 */
@org.dvpp.domain.Classified
public record RiskRaised(EventId id, AgencyId agency, CaseId caseId, RiskEventId riskEvent, RiskLevel from, RiskLevel to,
        Set<MaracCriterion> maracCriteria, Instant occurredAt) implements DomainEvent {
    /** Type code of this event. */
    public static final String TYPE = "risk.raised";

    /** Checks every part. */
    public RiskRaised {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(riskEvent, "riskEvent");
        Checks.required(from, "from");
        Checks.required(to, "to");
        maracCriteria = Checks.set(maracCriteria, "maracCriteria");
        Checks.required(occurredAt, "occurredAt");
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
