package org.dvpp.domain.casework;

/** Where an onward referral stands. */
public enum OnwardReferralStatus {
    /** sent, no answer yet */
    MADE,
    /** the service accepted him */
    ACCEPTED,
    /** he is engaging with the service */
    ENGAGED,
    /** the service declined or he did not engage */
    NOT_TAKEN_UP,
    /** he attended the service (at least a first appointment) */
    ATTENDED,
    /** the referral is closed: the work is done or it ended */
    CLOSED
}
