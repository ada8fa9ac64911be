package org.dvpp.domain.safety;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A referral to the multi-agency risk assessment conference about the people at risk from him: when, on which criteria,
 * when it is heard, and what the meeting decided. The outcome and actions are about the survivor's safety (P0).
 *
 * @param id the referral's id
 * @param agency the agency
 * @param caseId the case
 * @param referredOn when the referral was made
 * @param criteria the MARAC criteria met
 * @param meetingOn the meeting date, once known
 * @param status where it stands
 * @param outcome what the meeting decided
 * @param actions the actions agreed (one per entry)
 * @param referredBy who referred
 */
@org.dvpp.domain.Classified
public record MaracReferral(RecordId id, AgencyId agency, CaseId caseId, LocalDate referredOn,
        Set<MaracCriterion> criteria, Optional<LocalDate> meetingOn, MaracStatus status,
        @Sensitive(DataClass.P0) @FreeText Optional<String> outcome, @Sensitive(DataClass.P0) List<String> actions,
        UserId referredBy) {
    /** Checks every part. */
    public MaracReferral {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(referredOn, "referredOn");
        Checks.set(criteria, "criteria");
        criteria = criteria.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(criteria));
        Checks.required(meetingOn, "meetingOn");
        Checks.required(status, "status");
        Checks.required(outcome, "outcome");
        actions = Checks.list(actions, "actions");
        Checks.required(referredBy, "referredBy");
    }

    @Override
    public String toString() {
        return "MaracReferral[id=" + id + ", referredOn=" + referredOn + ", status=" + status + ", <p0>]";
    }
}
