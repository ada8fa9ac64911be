package org.dvpp.domain.participant;

/** Why a subject's records must be kept whatever is asked: while a hold is in force they cannot be erased. */
@org.dvpp.domain.Classified
public enum HoldKind {
    /** the records are needed for legal proceedings or a claim (UK GDPR art. 17(3)(e)), or a court or regulator asked */
    LEGAL,
    /** a safeguarding concern (a child or adult at risk, an open MARAC or police matter) needs them kept */
    SAFEGUARDING
}
