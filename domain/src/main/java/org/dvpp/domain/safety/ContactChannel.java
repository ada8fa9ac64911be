package org.dvpp.domain.safety;

/** How partner support tried to reach, or reached, a person at risk. */
public enum ContactChannel {
    /** a phone call */
    PHONE,
    /** a text message */
    TEXT_MESSAGE,
    /** an email */
    EMAIL,
    /** a letter */
    LETTER,
    /** face to face */
    IN_PERSON,
    /** a video call */
    VIDEO,
    /** through another agency that is in touch with her (an IDVA, a refuge, a health visitor) */
    THROUGH_ANOTHER_AGENCY
}
