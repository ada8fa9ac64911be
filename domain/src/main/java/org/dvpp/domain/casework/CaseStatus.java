package org.dvpp.domain.casework;

/**
 * The states of a case. The path through them is referred, screening, assessment, awaiting group, in programme,
 * completed, aftercare, closed; with exits at each step, suspension, reopening and re-referral. {@link CaseLifecycle}
 * holds the rules.
 */
public enum CaseStatus {
    /** referral received */
    REFERRED,
    /** eligibility being screened */
    SCREENING,
    /** screened out (not eligible) */
    INELIGIBLE,
    /** being assessed for suitability */
    ASSESSMENT,
    /** assessed as unsuitable */
    UNSUITABLE,
    /** suitable, waiting for a group place */
    AWAITING_GROUP,
    /** on the programme */
    IN_PROGRAMME,
    /** completed the programme */
    COMPLETED,
    /** left of his own accord (drop-out) */
    WITHDRAWN,
    /** excluded by the agency */
    EXCLUDED,
    /** returned to the referrer (for example breached) */
    RETURNED_TO_REFERRER,
    /** in aftercare or relapse prevention */
    AFTERCARE,
    /** on hold; resumes where it was */
    SUSPENDED,
    /** closed; may be reopened or re-referred */
    CLOSED;

    /** @return whether the case may be closed from this state */
    public boolean isEnding() {
        return switch (this) {
            case INELIGIBLE, UNSUITABLE, COMPLETED, WITHDRAWN, EXCLUDED, RETURNED_TO_REFERRER, AFTERCARE -> true;
            default -> false;
        };
    }

    /** @return whether the case may be suspended from this state */
    public boolean isSuspendable() {
        return switch (this) {
            case SCREENING, ASSESSMENT, AWAITING_GROUP, IN_PROGRAMME, AFTERCARE -> true;
            default -> false;
        };
    }
}
