package org.dvpp.domain.casework;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * One goal of a support plan, tied to a need area.
 *
 * @param need the need area code it answers, such as {@code housing}
 * @param goal what he will work towards, in words (may speak of the people at risk)
 * @param reviewBy when it is next reviewed
 * @param status where it stands
 */
@org.dvpp.domain.Classified
public record SupportGoal(String need, @Sensitive(DataClass.P0) @FreeText String goal, LocalDate reviewBy,
        GoalStatus status) {
    /** Checks every part. */
    public SupportGoal {
        Checks.text(need, "need", 40);
        Checks.freeText(goal, "goal", 2000);
        Checks.required(reviewBy, "reviewBy");
        Checks.required(status, "status");
    }

    @Override
    public String toString() {
        return "SupportGoal[need=" + need + ", reviewBy=" + reviewBy + ", status=" + status + ", goal=<p0>]";
    }
}
