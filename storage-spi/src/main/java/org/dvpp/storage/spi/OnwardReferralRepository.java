package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.casework.OnwardReferral;

/**
 * Onward referrals to other services.
 *
 * @since 0.1
 */
public interface OnwardReferralRepository {
    /** @param referral a new onward referral */
    void insert(OnwardReferral referral);

    /**
     * @param id the id
     * @return the referral, if in this agency
     */
    Optional<OnwardReferral> find(OnwardReferralId id);

    /**
     * @param id the id
     * @return the referral with its version
     */
    Optional<Versioned<OnwardReferral>> findVersioned(OnwardReferralId id);

    /**
     * @param referral the new state (for example a new status)
     * @param expectedVersion the version it was read with
     * @return the new version
     * @throws OptimisticLockException if it changed meanwhile
     */
    long update(OnwardReferral referral, long expectedVersion);

    /**
     * @param caseId the case
     * @return its onward referrals by date
     */
    List<OnwardReferral> listForCase(CaseId caseId);
}
