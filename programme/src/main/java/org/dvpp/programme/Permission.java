package org.dvpp.programme;

/** What a use case needs the acting user to be allowed to do. */
public enum Permission {
    /** register the agency and change its settings */
    ADMINISTER_AGENCY,
    /** see the agency's own details */
    VIEW_AGENCY,
    /** receive a referral */
    RECEIVE_REFERRAL,
    /** see a case and its history (not the people at risk) */
    VIEW_CASE,
    /** screen eligibility */
    SCREEN,
    /** administer and record an assessment instrument */
    ASSESS,
    /** sign off a suitability decision, review a reason for absent partner contact */
    SIGN_OFF,
    /** record consent */
    RECORD_CONSENT,
    /** add or change the details of a person at risk */
    MANAGE_PEOPLE_AT_RISK,
    /** see the details of the people at risk */
    VIEW_PEOPLE_AT_RISK,
    /** create groups and allocate men to them */
    MANAGE_GROUPS,
    /** see groups, their sessions and waiting lists (a facilitator: only the groups he or she runs) */
    VIEW_GROUPS,
    /** take a session's register, record one-to-ones and check-ins */
    DELIVER_SESSIONS,
    /** record a risk event */
    RECORD_RISK,
    /** record an onward referral or an information-sharing entry */
    SHARE_INFORMATION,
    /** move a case through its lifecycle (withdraw, exclude, suspend, complete, aftercare) */
    MANAGE_CASE,
    /** close or reopen a case */
    CLOSE_CASE,
    /** see the alerts for one's own work */
    VIEW_ALERTS,
    /** record facilitators, their qualifications, training and supervision */
    MANAGE_FACILITATORS,
    /** void a mistaken register line, assessment or check-in, with a reason */
    VOID_RECORDS,
    /** see aggregate reports (published reports are protected by disclosure control) */
    VIEW_REPORTS,
    /** see report figures without disclosure control (never for publication) */
    VIEW_RAW_REPORTS
}
