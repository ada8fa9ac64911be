package org.dvpp.reporting;

/** The counts of a report line; each counts referrals (one per man per referral), so each is subject to suppression. */
public enum Measure {
    /** referrals received */
    REFERRED("Referred"),
    /** screened */
    SCREENED("Screened"),
    /** screened as eligible */
    ELIGIBLE("Eligible"),
    /** suitability decided */
    ASSESSED("Assessed"),
    /** found suitable */
    SUITABLE("Suitable"),
    /** started the programme */
    STARTED("Started"),
    /** completed it */
    COMPLETED("Completed"),
    /** exit: screened out */
    INELIGIBLE("Exit: ineligible"),
    /** exit: unsuitable */
    UNSUITABLE("Exit: unsuitable"),
    /** exit: withdrew */
    WITHDRAWN("Exit: withdrew"),
    /** exit: excluded */
    EXCLUDED("Exit: excluded"),
    /** exit: returned to the referrer */
    RETURNED_TO_REFERRER("Exit: returned to referrer"),
    /** starters who reached the hours target */
    REACHED_HOURS_TARGET("Reached hours target"),
    /** starters with a partner or ex-partner contacted by partner support */
    PARTNER_CONTACTED("Partner contacted"),
    /** referrals with a rise in risk */
    RISK_RAISED("Risk raised"),
    /** referrals with a fall in risk */
    RISK_LOWERED("Risk lowered"),
    /** referrals with a MARAC referral */
    MARAC("MARAC referrals"),
    /** starters with under 5 hours */
    HOURS_0_5("0-5 h"),
    /** 5 to 10 hours */
    HOURS_5_10("5-10 h"),
    /** 10 to 15 hours */
    HOURS_10_15("10-15 h"),
    /** 15 to 20 hours */
    HOURS_15_20("15-20 h"),
    /** 20 to 25 hours */
    HOURS_20_25("20-25 h"),
    /** 25 to 30 hours */
    HOURS_25_30("25-30 h"),
    /** 30 to 35 hours */
    HOURS_30_35("30-35 h"),
    /** 35 to 40 hours */
    HOURS_35_40("35-40 h"),
    /** 40 hours or more */
    HOURS_40_PLUS("40+ h");

    private final String title;

    Measure(String title) {
        this.title = title;
    }

    /** @return a heading for tables and charts */
    public String title() {
        return title;
    }

    /**
     * The people a count is a part of, for the zero rule: a zero is suppressed when its base holds 1 to threshold-1
     * people, since "none of these few" tells something about each of them.
     *
     * @return the measure this one counts a subset of, or empty for {@link #REFERRED} (the line itself)
     * @since 0.3
     */
    public java.util.Optional<Measure> base() {
        Measure b = switch (this) {
            case REFERRED -> null;
            case ELIGIBLE, INELIGIBLE -> SCREENED;
            case ASSESSED -> ELIGIBLE;
            case SUITABLE, UNSUITABLE -> ASSESSED;
            case STARTED -> SUITABLE;
            case COMPLETED, EXCLUDED, REACHED_HOURS_TARGET, PARTNER_CONTACTED -> STARTED;
            default -> isHoursBand() ? STARTED : REFERRED;
        };
        return java.util.Optional.ofNullable(b);
    }

    /** @return whether this is an hours-distribution band */
    public boolean isHoursBand() {
        return name().startsWith("HOURS_");
    }
}
