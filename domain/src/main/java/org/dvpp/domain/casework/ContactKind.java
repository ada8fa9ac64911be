package org.dvpp.domain.casework;

/** The kind of contact he has with a child. */
public enum ContactKind {
    /** the child lives with him */
    LIVES_WITH_HIM,
    /** unsupervised contact */
    UNSUPERVISED,
    /** supervised contact (a contact centre, a family member) */
    SUPERVISED,
    /** letters, calls or video only */
    INDIRECT_ONLY,
    /** no contact, by agreement or by order */
    NO_CONTACT,
    /** not known */
    NOT_KNOWN
}
