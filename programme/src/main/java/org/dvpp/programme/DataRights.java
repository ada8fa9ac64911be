package org.dvpp.programme;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.HoldKind;
import org.dvpp.domain.participant.Restriction;

/**
 * Restriction, erasure and retention (UK GDPR art. 17 and 18, art. 5(1)(e)). The subject is one man (his participant
 * id) with everything recorded about him and about the people at risk from him: his referrals, cases and their history,
 * assessments, casework documents, risk and sharing records, voids, and the partner-support casework of his partners
 * and ex-partners.
 *
 * <ul>
 *   <li><b>Restriction</b> keeps his records but leaves them out of every list, caseload, export and report figure;
 *       reads by id find nothing. Only {@link Permission#VIEW_RESTRICTED} reads them ({@link #restrictedRecord}), until
 *       the restriction is {@linkplain #lift lifted}. The people at risk from him and their partner-support casework
 *       stay as they were: they are hers, and her support goes on.</li>
 *   <li><b>Erasure</b> destroys his own data key (crypto-shredding): every P0 and P1 value of his, including the
 *       history of his cases and voided records, becomes unreadable in the database and in any later backup. His
 *       reference is replaced and his date of birth kept as its year; the audit log keeps an entry naming the erasure
 *       and its counts, never a value. It is refused, with the reasons, while a legal or safeguarding hold is in force,
 *       a case of his is not closed, or a person at risk from him is engaged with partner support.</li>
 *   <li><b>Retention</b> ({@link #applyRetention}) erases every man whose retention period (by {@link RetentionClass},
 *       set with {@link DvppBuilder#retention}) has run out since his last case closed, unless he is held or
 *       restricted. The embedder schedules it; it runs on the SDK's clock, is idempotent and audited.</li>
 * </ul>
 */
public interface DataRights {

    /**
     * Restricts processing of a man's records. Refused (rule {@code no-group-place}, field {@code subject}) while a
     * case of his is awaiting a group, in the programme or suspended from it, since its registers and waiting lists
     * must still list him: withdraw him first.
     *
     * @param user who restricts (needs {@link Permission#RESTRICT_PROCESSING})
     * @param subject the man
     * @param reason why (P0: it may speak of a partner or child; at most 2000 characters)
     * @return the restriction in force
     */
    Restriction restrict(ActingUser user, ParticipantId subject, String reason);

    /**
     * Lifts a restriction: his records are listed, counted and readable again as before.
     *
     * @param user who lifts it (needs {@link Permission#RESTRICT_PROCESSING})
     * @param subject the man
     * @return whether a restriction was in force
     */
    boolean lift(ActingUser user, ParticipantId subject);

    /**
     * Reads a restricted man's records, for a legal hold or a data-protection review.
     *
     * @param user who reads (needs {@link Permission#VIEW_RESTRICTED}; P0 and P1 as the policy lets the user read)
     * @param subject the man (restricted or not)
     * @return his record
     */
    SubjectRecord restrictedRecord(ActingUser user, ParticipantId subject);

    /**
     * @param user who places it (needs {@link Permission#PLACE_HOLD})
     * @param subject the man
     * @param kind legal or safeguarding
     * @param reason why (P0; at most 2000 characters)
     * @return the hold
     */
    DataHold placeHold(ActingUser user, ParticipantId subject, HoldKind kind, String reason);

    /**
     * @param user who releases it (needs {@link Permission#PLACE_HOLD})
     * @param hold the hold
     * @return the hold as released
     */
    DataHold releaseHold(ActingUser user, DataHoldId hold);

    /**
     * @param user who asks (needs {@link Permission#PLACE_HOLD})
     * @param subject the man
     * @return his holds, in force and released, oldest first
     */
    List<DataHold> holds(ActingUser user, ParticipantId subject);

    /**
     * Erases a man by crypto-shredding.
     *
     * @param user who erases (needs {@link Permission#ERASE_RECORDS})
     * @param subject the man
     * @return what was done (counts only)
     * @throws ErasureRefusedException when a hold is in force or a case of his is not closed, naming each reason
     */
    ErasureReceipt erase(ActingUser user, ParticipantId subject);

    /**
     * The retention job: erases every man past his retention date (by the SDK's clock) who is neither held nor
     * restricted. Running it again erases nothing more until another man's date passes.
     *
     * @param user who runs it (needs {@link Permission#APPLY_RETENTION}; a service account of the host's scheduler)
     * @return the men erased and the men kept because of a hold
     */
    RetentionRun applyRetention(ActingUser user);

    /**
     * @param user who asks (needs {@link Permission#VIEW_RESTRICTED})
     * @param subject the man
     * @return his restriction, if one is in force
     */
    Optional<Restriction> restriction(ActingUser user, ParticipantId subject);
}
