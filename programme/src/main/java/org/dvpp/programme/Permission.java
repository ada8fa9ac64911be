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
    /** see partner support's casework with a person at risk, the task lists and caseloads (P0 throughout) */
    VIEW_PARTNER_SUPPORT,
    /** record partner support's casework: contacts, accounts, safety plans, signposting, allocation, acknowledgements */
    RECORD_PARTNER_SUPPORT,
    /** open one person at risk's partner-support record without {@link #VIEW_PARTNER_SUPPORT}, with a reason, for a
     * configured window (never a perpetrator-facing role: {@link DvppBuilder#build()} refuses a policy that allows it) */
    BREAK_THE_GLASS,
    /** record facilitators, their qualifications, training and supervision */
    MANAGE_FACILITATORS,
    /** void a mistaken register line, assessment or check-in, with a reason */
    VOID_RECORDS,
    /** see aggregate reports (published reports are protected by disclosure control) */
    VIEW_REPORTS,
    /** see report figures without disclosure control (never for publication) */
    VIEW_RAW_REPORTS,
    /** answer a subject access request: a man's bundle of what the SDK holds about him (third parties withheld), or a
     * person at risk's bundle of her own record (his data withheld); audited as an export */
    SUBJECT_ACCESS,
    /** export the agency's pseudonymised record-level data for an external evaluator (no free text, no P0, no direct
     * identifiers, dates as months); audited as an export */
    RESEARCH_EXPORT,
    /** record a needs assessment, a support plan and its reviews, the sources of his motivation, his parent status */
    RECORD_NEEDS,
    /** see needs assessments, support plans, motivation and family circumstances */
    VIEW_NEEDS,
    /** record his equality monitoring answers (there is no read of one man's answers: aggregates only) */
    RECORD_EQUALITY,
    /** take a partner's or ex-partner's account of his behaviour on an instrument */
    RECORD_PARTNER_OUTCOMES,
    /** see partners' accounts */
    VIEW_PARTNER_OUTCOMES,
    /** refer to MARAC and record the meeting's outcome and actions */
    REFER_TO_MARAC,
    /** see a case's risk events, onward referrals, information-sharing register and MARAC referrals */
    VIEW_SAFETY_RECORDS,
    /** restrict processing of a man's records (UK GDPR art. 18) and lift the restriction */
    RESTRICT_PROCESSING,
    /** read a restricted man's records (legal hold, data-protection review) */
    VIEW_RESTRICTED,
    /** place and release legal and safeguarding holds, which stop erasure */
    PLACE_HOLD,
    /** erase a man's records by crypto-shredding (refused while a hold is in force) */
    ERASE_RECORDS,
    /** run the retention job, which erases what is past its retention period */
    APPLY_RETENTION,
    /** verify the audit chain and export its signed head ({@link Audit}) */
    VERIFY_AUDIT,
    /** propose, sign, review and revoke information-sharing agreements with other organisations ({@link Partnerships}) */
    MANAGE_AGREEMENTS,
    /** see the information-sharing agreements the agency is party to */
    VIEW_AGREEMENTS,
    /** read the cases other organisations shared with the agency under an agreement in force */
    VIEW_SHARED_CASES
}
