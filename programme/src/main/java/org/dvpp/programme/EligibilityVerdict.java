package org.dvpp.programme;

import org.dvpp.domain.Checks;

/**
 * One rule's verdict.
 *
 * @param ruleId the rule's id
 * @param passed whether it passed
 * @param reason why it failed (or a note on why it passed), in plain words; never personal details
 */
@org.dvpp.domain.Classified
public record EligibilityVerdict(String ruleId, boolean passed, String reason) {
    /** Checks every part. */
    public EligibilityVerdict {
        Checks.text(ruleId, "ruleId", 80);
        Checks.optionalFreeText(reason, "reason", 400);
    }

    /**
     * @param ruleId the rule
     * @return a pass
     */
    public static EligibilityVerdict pass(String ruleId) {
        return new EligibilityVerdict(ruleId, true, "");
    }

    /**
     * @param ruleId the rule
     * @param reason why
     * @return a fail
     */
    public static EligibilityVerdict fail(String ruleId, String reason) {
        return new EligibilityVerdict(ruleId, false, reason);
    }
}
