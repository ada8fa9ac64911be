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
    NOT_TAKEN_UP
}
