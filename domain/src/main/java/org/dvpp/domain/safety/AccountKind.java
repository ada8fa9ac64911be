package org.dvpp.domain.safety;

/** What a survivor's own account is about. */
public enum AccountKind {
    /** the risk she faces, in her words */
    RISK,
    /** whether and how his behaviour has changed, in her words */
    CHANGE
}
