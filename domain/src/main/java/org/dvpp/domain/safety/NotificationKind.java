package org.dvpp.domain.safety;

/** Why partner support was told about the man's case. */
public enum NotificationKind {
    /** he started the programme */
    PROGRAMME_START,
    /** he left the programme, or was returned to the referrer, before completing it */
    DROP_OUT,
    /** he was excluded */
    EXCLUSION,
    /** he completed the programme */
    COMPLETION,
    /** he was suspended while on the programme */
    SUSPENSION,
    /** risk in his case rose */
    RISK_RISE,
    /** he withdrew his consent */
    CONSENT_WITHDRAWN,
    /** he narrowed with whom information about him may be shared */
    CONSENT_NARROWED,
    /** his attendance shows he may be disengaging */
    DISENGAGEMENT_WARNING,
    /** another change partner support must be told of */
    OTHER
}
