package org.dvpp.curriculum;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;

/**
 * A man's attendance shows he may be disengaging: unexcused absences in a row reached the curriculum's warning
 * threshold, or his unexcused absences went above the most allowed before an exclusion review. Carries ids and codes
 * only.
 *
 * <p>Partner support is told: disengagement from the programme often comes before drop-out, and a partner's safety
 * plan may need to change.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the man's case
 * @param reason why the warning was raised
 * @param count the count that crossed the threshold (absences in a row, or unexcused absences in all)
 * @param threshold the threshold from the completion rule
 * @param occurredAt when
 */
@Classified
public record DisengagementWarning(EventId id, AgencyId agency, CaseId caseId, Reason reason, int count, int threshold,
        Instant occurredAt) implements DomainEvent {

    /** Type code of this event. */
    public static final String TYPE = "attendance.disengagement-warning";

    /** Why a warning was raised. */
    public enum Reason {
        /** unexcused absences in a row reached {@link CompletionRule#warnAfterConsecutiveUnexcused()} */
        CONSECUTIVE_UNEXCUSED_ABSENCES,
        /** unexcused absences went above {@link CompletionRule#maxUnexcusedAbsences()}: an exclusion review is due */
        EXCLUSION_REVIEW_DUE
    }

    /** Checks every part. */
    public DisengagementWarning {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(reason, "reason");
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
