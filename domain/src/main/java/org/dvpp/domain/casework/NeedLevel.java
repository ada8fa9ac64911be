package org.dvpp.domain.casework;

/** How much a need weighs, as judged at a needs assessment. */
public enum NeedLevel {
    /** no need in this area */
    NONE,
    /** some need: watch, or support within the programme */
    SOME,
    /** a high need: a goal in the support plan and, usually, an onward referral */
    HIGH,
    /** he would not discuss it */
    DECLINED
}
