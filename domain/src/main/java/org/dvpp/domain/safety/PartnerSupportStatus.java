package org.dvpp.domain.safety;

/** Where partner support stands with a person at risk. */
public enum PartnerSupportStatus {
    /** not yet contacted */
    NOT_CONTACTED,
    /** support offered, no answer yet */
    OFFERED,
    /** in active contact with partner support */
    ENGAGED,
    /** declined support */
    DECLINED,
    /** could not be reached safely */
    UNREACHABLE,
    /** not applicable (for example a child, supported through the parent or children's services) */
    NOT_APPLICABLE
}
