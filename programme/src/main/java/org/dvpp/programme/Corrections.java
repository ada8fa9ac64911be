package org.dvpp.programme;

import java.util.List;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.VoidedRecord;

/**
 * Voiding mistaken records, by a supervisor, with a reason. A voided record stays in storage and in the case's history
 * ({@link #voided}) and no figure counts it any more: progress, completion, alerts and reports leave it out. A voided
 * register line leaves the session without a line for him until one is recorded again.
 */
public interface Corrections {

    /**
     * @param user who voids it (needs {@link Permission#VOID_RECORDS})
     * @param sessionId the session
     * @param caseId the man whose line it is
     * @param reason why it was a mistake (at most 2000 characters)
     * @return the void
     */
    VoidedRecord voidRegisterLine(ActingUser user, SessionId sessionId, CaseId caseId, String reason);

    /**
     * @param user who voids it (needs {@link Permission#VOID_RECORDS})
     * @param caseId the man's case
     * @param assessmentId the assessment
     * @param reason why it was a mistake
     * @return the void
     */
    VoidedRecord voidAssessment(ActingUser user, CaseId caseId, AssessmentId assessmentId, String reason);

    /**
     * @param user who voids it (needs {@link Permission#VOID_RECORDS})
     * @param caseId the man's case
     * @param checkInId the check-in
     * @param reason why it was a mistake
     * @return the void
     */
    VoidedRecord voidCheckIn(ActingUser user, CaseId caseId, CheckInId checkInId, String reason);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE}; the reasons are P0)
     * @param caseId the case
     * @return the voids of his records, oldest first
     */
    List<VoidedRecord> voided(ActingUser user, CaseId caseId);
}
