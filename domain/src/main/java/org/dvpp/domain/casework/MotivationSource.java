package org.dvpp.domain.casework;

/** What brings a man to the programme, or keeps him there. */
public enum MotivationSource {
    /** a court order or licence condition */
    COURT_ORDER,
    /** children's social care (a child protection or child in need plan, contact conditions) */
    CHILDRENS_SOCIAL_CARE,
    /** the relationship: to keep it, or to win it back */
    RELATIONSHIP,
    /** himself: he wants to change */
    SELF,
    /** anything else */
    OTHER
}
