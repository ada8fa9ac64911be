package org.dvpp.domain.safety;

/** The lawful basis on which information was shared (UK GDPR and the Data Protection Act 2018). */
public enum LawfulBasis {
    /** the man's consent */
    CONSENT,
    /** safeguarding of children or adults at risk (DPA 2018 Schedule 1 paragraph 18) */
    SAFEGUARDING,
    /** a legal obligation, such as a court order */
    LEGAL_OBLIGATION,
    /** a public task, such as a statutory partner's request */
    PUBLIC_TASK,
    /** to protect someone's life */
    VITAL_INTERESTS
}
