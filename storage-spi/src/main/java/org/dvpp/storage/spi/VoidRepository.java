package org.dvpp.storage.spi;

import java.util.List;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.VoidedRecord;

/**
 * Voiding mistaken records. A voided record stays in its table but no read of the other repositories returns it and no
 * report query counts it; the void itself is kept with its reason.
 *
 * @since 0.2
 */
public interface VoidRepository {
    /**
     * @param session the session
     * @param caseId the man
     * @return whether a line that was not yet voided was voided
     */
    boolean voidAttendance(SessionId session, CaseId caseId);

    /**
     * @param id an assessment
     * @return whether an assessment that was not yet voided was voided
     */
    boolean voidAssessment(AssessmentId id);

    /**
     * @param id a check-in
     * @return whether a check-in that was not yet voided was voided
     */
    boolean voidCheckIn(CheckInId id);

    /** @param record the void, with its reason (stored encrypted) */
    void record(VoidedRecord record);

    /**
     * @param caseId the case
     * @return the voids of his records, oldest first
     */
    List<VoidedRecord> listForCase(CaseId caseId);
}
