package org.dvpp.reporting;

/** The rates and means of a report line; each is withheld when its base is under the policy's threshold. */
public enum Rate {
    /** completed per starter, percent */
    COMPLETION_RATE("Completion rate (%)"),
    /** starters reaching the hours target, percent */
    HOURS_TARGET_SHARE("Reached hours target (%)"),
    /** mean intervention hours per starter */
    MEAN_HOURS("Mean hours"),
    /** sessions attended per session registered, percent (over starters) */
    ATTENDANCE_RATE("Attendance rate (%)"),
    /** mean days from referral to start */
    MEAN_DAYS_TO_START("Mean days to start"),
    /** starters with a partner contacted, percent */
    PARTNER_CONTACT_SHARE("Partner contacted (%)");

    private final String title;

    Rate(String title) {
        this.title = title;
    }

    /** @return a heading for tables and charts */
    public String title() {
        return title;
    }
}
