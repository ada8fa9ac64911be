package org.dvpp.domain.casework;

/** Whose account an assessment records. */
public enum Informant {
    /** the man himself */
    PARTICIPANT,
    /** a partner or ex-partner (a survivor's account: P0, kept apart from his own assessments) */
    PARTNER,
    /** a group facilitator or the practitioner working with him */
    FACILITATOR,
    /** the referrer (probation, children's social care, ...) */
    REFERRER,
    /** anyone else */
    OTHER
}
