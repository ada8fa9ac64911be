package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.Restriction;

/**
 * Restriction, holds and erasure of a subject: one man (a participant) with everything recorded about him and about
 * the people at risk from him. A restricted or erased subject is left out of every list, caseload, export and report
 * query of the other repositories, and his records read as not found, unless the transaction
 * {@linkplain #revealRestricted() reveals} restricted subjects. Erasure destroys his own data key, so every encrypted
 * value of his becomes unreadable (crypto-shredding).
 *
 * @since 0.3
 */
public interface DataRightsRepository {
    /**
     * Restricts processing of a subject (or replaces the reason of a restriction in force).
     *
     * @param restriction who, when, by whom and why (the reason is stored encrypted with his key)
     */
    void restrict(Restriction restriction);

    /**
     * @param subject the man
     * @return his restriction, if one is in force
     */
    Optional<Restriction> restriction(ParticipantId subject);

    /**
     * @param subject the man
     * @return whether a restriction was in force and is now lifted
     */
    boolean lift(ParticipantId subject);

    /** Lets the rest of this transaction read restricted subjects' records (a read under the legal-hold permission). */
    void revealRestricted();

    /**
     * @param subject the man
     * @return whether he was erased
     */
    boolean erased(ParticipantId subject);

    /** @param hold a new hold (its reason is stored encrypted with his key) */
    void placeHold(DataHold hold);

    /**
     * @param id a hold
     * @param by who releases it
     * @param at when
     * @return the hold as released, or empty when there is no such hold in force
     */
    Optional<DataHold> releaseHold(DataHoldId id, UserId by, Instant at);

    /**
     * @param subject the man
     * @return his holds, in force and released, oldest first
     */
    List<DataHold> holds(ParticipantId subject);

    /**
     * Erases a subject: every encrypted value of his still under the agency keyset is first sealed with his own key,
     * then that key is destroyed; his reference is replaced and his date of birth kept only as its year; he is marked
     * erased (hidden from everything, for good). The caller checks holds first.
     *
     * @param subject the man
     * @param by who
     * @param at when
     * @param basis why, as a code
     * @return the counts
     */
    Erasure erase(ParticipantId subject, UserId by, Instant at, String basis);

    /**
     * @return subjects who have a case, whose cases are all closed and who are neither restricted nor erased, for the
     *     retention job (only ids, codes and times are read)
     */
    List<RetentionCandidate> retentionCandidates();
}
