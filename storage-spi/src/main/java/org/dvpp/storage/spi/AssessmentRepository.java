package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.AssessmentRecord;

/**
 * Scored assessments (append-only). Answers, total and band are encrypted at rest.
 *
 * @since 0.1
 */
public interface AssessmentRepository {
    /** @param record a new assessment */
    void insert(AssessmentRecord record);

    /**
     * @param id the id
     * @return the assessment, if in this agency
     */
    Optional<AssessmentRecord> find(AssessmentId id);

    /**
     * @param caseId the case
     * @return its assessments by completion date
     */
    List<AssessmentRecord> listForCase(CaseId caseId);
}
