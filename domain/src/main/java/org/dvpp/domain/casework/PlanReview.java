package org.dvpp.domain.casework;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A review of a support plan.
 *
 * @param reviewedOn when
 * @param reviewedBy who reviewed it
 * @param note what was found (may speak of the people at risk)
 */
@org.dvpp.domain.Classified
public record PlanReview(LocalDate reviewedOn, UserId reviewedBy, @Sensitive(DataClass.P0) @FreeText String note) {
    /** Checks every part. */
    public PlanReview {
        Checks.required(reviewedOn, "reviewedOn");
        Checks.required(reviewedBy, "reviewedBy");
        Checks.optionalFreeText(note, "note", 4000);
    }

    @Override
    public String toString() {
        return "PlanReview[reviewedOn=" + reviewedOn + ", note=<p0>]";
    }
}
