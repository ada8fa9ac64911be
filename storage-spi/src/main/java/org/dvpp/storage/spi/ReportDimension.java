package org.dvpp.storage.spi;

/**
 * What an outcome report is broken down by. Every breakdown is of referrals (episodes): a man referred twice in a period
 * counts twice, each time under the area he lived in, the source and the group of that referral.
 *
 * @since 0.2
 */
public enum ReportDimension {
    /** one line for the whole agency */
    TOTAL,
    /** the area of residence recorded on the referral */
    AREA,
    /** the referral source */
    SOURCE,
    /** the curriculum of the group he was first allocated to under the referral ("" when never allocated) */
    CURRICULUM,
    /** the group he was first allocated to under the referral ("" when never allocated) */
    GROUP
}
