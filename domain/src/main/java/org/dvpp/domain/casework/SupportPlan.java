package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.UserId;

/**
 * A support plan agreed with him after the needs assessment: goals tied to needs, each with its review date, and the
 * reviews held so far.
 *
 * @param id the plan's id
 * @param agency the agency
 * @param caseId the case
 * @param agreedOn when it was agreed
 * @param goals the goals, in the order agreed
 * @param reviews the reviews, oldest first
 * @param agreedBy who agreed it with him
 */
@org.dvpp.domain.Classified
public record SupportPlan(RecordId id, AgencyId agency, CaseId caseId, LocalDate agreedOn, List<SupportGoal> goals,
        List<PlanReview> reviews, UserId agreedBy) {
    /** Checks every part. */
    public SupportPlan {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(agreedOn, "agreedOn");
        goals = Checks.list(goals, "goals");
        reviews = Checks.list(reviews, "reviews");
        Checks.required(agreedBy, "agreedBy");
    }

    /**
     * @return the earliest review date among the goals still open or in progress, if any
     */
    public Optional<LocalDate> nextReview() {
        return goals.stream().filter(g -> g.status() == GoalStatus.OPEN || g.status() == GoalStatus.IN_PROGRESS)
                .map(SupportGoal::reviewBy).min(Comparator.naturalOrder());
    }
}
