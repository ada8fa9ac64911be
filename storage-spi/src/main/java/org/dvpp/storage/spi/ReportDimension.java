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
    GROUP,
    /**
     * the pathway he took under the referral: {@value #PATHWAY_GROUP} (a group allocation),
     * {@value #PATHWAY_ONE_TO_ONE} (a place on a one-to-one-only pathway), {@value #PATHWAY_BOTH}, or "" (neither)
     *
     * @since 0.3
     */
    PATHWAY;

    /** The pathway key of a referral with a group allocation only. */
    public static final String PATHWAY_GROUP = "group";
    /** The pathway key of a referral with a one-to-one-only place only. */
    public static final String PATHWAY_ONE_TO_ONE = "one-to-one";
    /** The pathway key of a referral with both. */
    public static final String PATHWAY_BOTH = "both";
}
