package org.dvpp.domain.safety;

/** What prompted a change to the recorded risk. */
public enum RiskEventKind {
    /** a risk assessment (such as DASH) was completed */
    ASSESSMENT,
    /** the man disclosed something in a group or one-to-one session */
    DISCLOSURE,
    /** the police were called out */
    POLICE_CALL_OUT,
    /** partner support passed on what a partner or ex-partner reported */
    PARTNER_REPORT,
    /** another agency shared information */
    AGENCY_INFORMATION,
    /** a breach of a court order or bail condition */
    BREACH,
    /** a practitioner's professional judgement */
    PROFESSIONAL_JUDGEMENT,
    /** a scheduled review */
    REVIEW
}
