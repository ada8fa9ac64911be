package org.dvpp.domain.casework;

/** The rules a transition can fail, each named so that an error tells staff exactly what is missing. */
public enum Guard {
    /** the requested change is not a transition from the current state at all */
    TRANSITION_ALLOWED("the case's current state does not allow this change"),
    /** eligibility screening has passed */
    ELIGIBILITY_PASSED("eligibility screening must have passed"),
    /** a suitability decision was signed off by a supervisor other than the assessor */
    SUPERVISOR_SIGN_OFF("a supervisor other than the assessor must sign off the decision"),
    /** the assessment found him suitable and a supervisor signed it off */
    SUITABLE_ASSESSMENT_SIGNED_OFF("a suitable assessment signed off by a supervisor is required"),
    /** a signed consent form is in force */
    CONSENT_SIGNED("a signed consent form, with the limits of confidentiality explained and not withdrawn, is required"),
    /** contact details of the people at risk are recorded, or a reviewed reason why there are none */
    PARTNER_CONTACT_OR_REVIEWED_REASON(
            "contact details for the people at risk, or a reviewed reason why there are none, are required"),
    /** the curriculum's completion rule is met */
    COMPLETION_RULE_MET("the curriculum's completion rule must be met"),
    /** the case is open */
    CASE_OPEN("the case is closed; reopen it or re-refer first");

    private final String description;

    Guard(String description) {
        this.description = description;
    }

    /** @return what the guard requires, in plain words */
    public String description() {
        return description;
    }
}
