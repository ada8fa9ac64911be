package org.dvpp.programme;

/**
 * What happens to a man's programme when he withdraws his consent; set with
 * {@link DvppBuilder#consentWithdrawal(ConsentWithdrawalPolicy)}. Whatever is chosen, the withdrawal is recorded,
 * audited and announced to partner support ({@link ConsentChanged}), and he cannot start again until consent is in
 * force.
 */
public enum ConsentWithdrawalPolicy {
    /** the default: a case on the programme (or waiting to start) is suspended pending a review */
    SUSPEND_PENDING_REVIEW,
    /** a case on the programme is withdrawn, freeing his place */
    WITHDRAW_FROM_PROGRAMME,
    /** only the fact is recorded; staff decide what follows */
    RECORD_ONLY
}
