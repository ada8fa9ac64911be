package org.dvpp.domain.safety;

/** The criteria on which a case is referred to a MARAC (multi-agency risk assessment conference). */
public enum MaracCriterion {
    /** visible high risk: 14 or more "yes" answers on the DASH checklist */
    VISIBLE_HIGH_RISK,
    /** a practitioner's professional judgement */
    PROFESSIONAL_JUDGEMENT,
    /** potential escalation: several police call-outs in 12 months */
    POTENTIAL_ESCALATION,
    /** repeat: a further incident within 12 months of the last MARAC */
    REPEAT
}
