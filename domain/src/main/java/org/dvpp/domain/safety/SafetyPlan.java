package org.dvpp.domain.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A safety plan agreed with a person at risk: its actions and when it is to be reviewed. A plan is never edited: a
 * review records a new plan, and the latest is the one in force. Encrypted at rest; partner support and safeguarding
 * only.
 *
 * @param id the plan's id
 * @param agency the agency
 * @param person whose plan it is
 * @param agreedOn when it was agreed
 * @param reviewOn when it is to be reviewed (after it was agreed)
 * @param actions its actions, at least one (sensitive)
 * @param recordedBy the worker
 */
@org.dvpp.domain.Classified
public record SafetyPlan(
        @NotNull PartnerSupportEntryId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull LocalDate agreedOn,
        @NotNull LocalDate reviewOn,
        @Sensitive(DataClass.P0) @NotEmpty @Size(max = 50) List<@Valid @NotNull SafetyAction> actions,
        @NotNull UserId recordedBy) {

    /** The rule code of a review date on or before the day the plan was agreed. */
    public static final String REVIEW_AFTER_AGREED = "review-after-agreed";

    /** Checks every part, and that the review falls after the day it was agreed. */
    public SafetyPlan {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(agreedOn, "agreedOn");
        Checks.required(reviewOn, "reviewOn");
        if (!reviewOn.isAfter(agreedOn)) {
            throw new InvalidInputException("reviewOn", REVIEW_AFTER_AGREED,
                    "reviewOn must be after the day the plan was agreed");
        }
        actions = Checks.list(actions, "actions");
        // a withheld plan has no actions; a recorded one has at least one (checked where it is recorded)
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "SafetyPlan[id=" + id + ", person=" + person + ", agreedOn=" + agreedOn + ", reviewOn=" + reviewOn
                + ", actions=<p0>]";
    }
}
