package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseStatus;

/**
 * Cases with their whole state: status, history of transitions, eligibility, suitability, consent, partner-contact
 * guard facts and group. Transition reasons and partner-contact absence reasons are encrypted at rest.
 *
 * @since 0.1
 */
public interface CaseRepository {
    /**
     * @param c a new case; stored with its own version
     * @throws DuplicateRecordException if the id is taken
     */
    void insert(Case c);

    /**
     * @param id the id
     * @return the case, if in this agency
     */
    Optional<Case> find(CaseId id);

    /**
     * @param id the id
     * @return the case
     * @throws org.dvpp.domain.NotFoundException if absent
     */
    Case get(CaseId id);

    /**
     * Stores a new state of the case. Its history may only grow.
     *
     * @param c the new state, carrying the version it was read with
     * @return the stored case with its new version
     * @throws OptimisticLockException if someone else changed it meanwhile
     */
    Case update(Case c);

    /**
     * @param participant the participant
     * @return his cases
     */
    List<Case> listForParticipant(ParticipantId participant);

    /**
     * @param status a status
     * @return the ids of the agency's cases in that status
     */
    List<CaseId> idsWithStatus(CaseStatus status);
}
