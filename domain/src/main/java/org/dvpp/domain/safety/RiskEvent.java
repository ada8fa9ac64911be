package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A recorded change (or confirmation) of the risk in a case. Risk can rise at any time; a rise is escalated to partner
 * support and audited.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param kind what prompted it
 * @param occurredAt when it happened
 * @param levelBefore the level recorded before it
 * @param levelAfter the level after it
 * @param maracCriteria the MARAC criteria met, if any
 * @param summary what happened (sensitive: may name people or describe offences)
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record RiskEvent(
        @NotNull RiskEventId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull RiskEventKind kind,
        @NotNull Instant occurredAt,
        @NotNull RiskLevel levelBefore,
        @NotNull RiskLevel levelAfter,
        @NotNull Set<MaracCriterion> maracCriteria,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 4000) String summary,
        @NotNull UserId recordedBy) {

    /** Checks every part. */
    public RiskEvent {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(kind, "kind");
        Checks.required(occurredAt, "occurredAt");
        Checks.required(levelBefore, "levelBefore");
        Checks.required(levelAfter, "levelAfter");
        maracCriteria = Checks.set(maracCriteria, "maracCriteria");
        Checks.optionalFreeText(summary, "summary", 4000);
        Checks.required(recordedBy, "recordedBy");
    }

    /** @return whether risk rose */
    public boolean isRise() {
        return levelAfter.isHigherThan(levelBefore);
    }

    /** @return whether any MARAC criterion is met */
    public boolean meetsMaracThreshold() {
        return !maracCriteria.isEmpty();
    }

    @Override
    public String toString() {
        return "RiskEvent[id=" + id + ", caseId=" + caseId + ", kind=" + kind + ", " + levelBefore + "->" + levelAfter
                + ", marac=" + maracCriteria + ", summary=<redacted>]";
    }
}
