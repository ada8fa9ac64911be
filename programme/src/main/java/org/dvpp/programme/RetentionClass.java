package org.dvpp.programme;

import java.time.Period;

/**
 * The record classes retention rules are set for, each with its default period counted from the day his last case
 * closed. The defaults are placeholders an agency's data protection officer should confirm in its retention
 * schedule: six years follows the limitation period for most civil claims in England and Wales (Limitation Act 1980),
 * which many UK agencies use as their retention basis for case records; two years for men who never started the
 * programme is a shorter placeholder for records kept only to answer a re-referral or a complaint.
 */
@org.dvpp.domain.Classified
public enum RetentionClass {
    /** his cases all closed without his ever starting the programme (ineligible, unsuitable, returned, withdrawn) */
    NOT_STARTED(Period.ofYears(2)),
    /** he started the programme at least once (completed, withdrawn, excluded or in aftercare before closure) */
    PROGRAMME(Period.ofYears(6));

    private final Period defaultPeriod;

    RetentionClass(Period defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }

    /** @return the period kept after his last case closed, unless {@link DvppBuilder#retention} sets another */
    public Period defaultPeriod() {
        return defaultPeriod;
    }
}
