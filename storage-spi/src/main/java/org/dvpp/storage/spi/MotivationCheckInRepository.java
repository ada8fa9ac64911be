package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.casework.MotivationCheckIn;

/**
 * Motivation check-ins.
 *
 * @since 0.1
 */
public interface MotivationCheckInRepository {
    /** @param checkIn a new check-in */
    void insert(MotivationCheckIn checkIn);

    /**
     * @param id the id
     * @return the check-in, if in this agency
     */
    Optional<MotivationCheckIn> find(CheckInId id);

    /**
     * @param caseId the case
     * @return its check-ins by date
     */
    List<MotivationCheckIn> listForCase(CaseId caseId);
}
