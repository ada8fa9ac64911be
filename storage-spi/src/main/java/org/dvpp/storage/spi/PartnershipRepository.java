package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.SharingAgreement;

/**
 * Information-sharing agreements between the organisations (agencies) of one deployment, and the cases shared under
 * them. An agreement belongs to all its parties: the transaction's agency sees and changes only agreements it is party
 * to; another agreement reads as absent. A share belongs to the organisation holding the case; the organisation it is
 * shared with sees it (ids and times only) through {@link #sharesReceived()} and {@link #findShare}. Nothing here is
 * sensitive: what was shared and why are in the holder's information-sharing register.
 *
 * @since 0.3
 */
public interface PartnershipRepository {

    /**
     * @param agency an organisation
     * @return its name, if it is registered in this deployment
     */
    Optional<String> organisationName(AgencyId agency);

    /** @return every organisation registered in this deployment, by name: ids and names only */
    List<Organisation> organisations();

    /**
     * An organisation of the deployment.
     *
     * @param id its agency id
     * @param name its name
     */
    @org.dvpp.domain.Classified
    record Organisation(AgencyId id, String name) {
    }

    /**
     * @param agreement a new agreement, led by this transaction's agency (version 0)
     * @throws IllegalArgumentException if its lead is not this transaction's agency
     */
    void insertAgreement(SharingAgreement agreement);

    /**
     * @param id the agreement
     * @return it, if this transaction's agency is party to it
     */
    Optional<SharingAgreement> findAgreement(AgreementId id);

    /**
     * Saves signatures, a review or a revocation (nothing else of an agreement changes once proposed).
     *
     * @param agreement the agreement after the change, with the version it was read at
     * @return the new version
     * @throws OptimisticLockException if another change was saved since
     * @throws org.dvpp.domain.NotFoundException if this transaction's agency is not party to it
     */
    long updateAgreement(SharingAgreement agreement);

    /** @return every agreement this transaction's agency is party to, newest first */
    List<SharingAgreement> agreements();

    /** @param share a new share of one of this agency's cases */
    void insertShare(CaseShare share);

    /**
     * @param id the share
     * @return it, if this transaction's agency holds the case or receives it
     */
    Optional<CaseShare> findShare(CaseShareId id);

    /**
     * @param caseId one of this agency's cases
     * @return its shares, live and ended, oldest first
     */
    List<CaseShare> sharesOfCase(CaseId caseId);

    /** @return the live shares other organisations made with this transaction's agency, newest first */
    List<CaseShare> sharesReceived();

    /**
     * Ends a share of this agency's (nothing more is read or delivered under it).
     *
     * @param id the share
     * @param at when
     * @param by who ended it
     * @return whether a live share was ended
     */
    boolean endShare(CaseShareId id, Instant at, UserId by);
}
