package org.dvpp.domain.casework;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;

/**
 * The result of eligibility screening: passed or not, with the codes of the rules that failed.
 *
 * @param passed whether every rule passed
 * @param failedRules codes of the rules that failed (empty when passed), such as {@code service-area} or {@code age-16}
 * @param screenedOn when
 * @param screenedBy who screened
 */
@org.dvpp.domain.Classified
public record EligibilityOutcome(boolean passed, @NotNull List<String> failedRules, @NotNull LocalDate screenedOn,
        @NotNull UserId screenedBy) {
    /** Checks every part: a passed outcome has no failed rules and a failed one has at least one. */
    public EligibilityOutcome {
        failedRules = Checks.list(failedRules, "failedRules");
        if (passed != failedRules.isEmpty()) {
            throw new org.dvpp.domain.InvalidInputException("failedRules", "consistent-with-passed",
                    "a passed screening lists no failed rules, a failed one lists at least one");
        }
        Checks.required(screenedOn, "screenedOn");
        Checks.required(screenedBy, "screenedBy");
    }
}
