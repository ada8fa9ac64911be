package org.dvpp.domain.casework;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * Whether the partner-support service can reach the people at risk: their contact details are recorded, or there is a
 * recorded reason why there are none (no current or recent partner, for instance), which a supervisor must review.
 */
public sealed interface PartnerContactStatus {

    /** @return whether this status lets a man start the programme */
    boolean satisfiesStartGuard();

    /** Nothing recorded yet. */
    @org.dvpp.domain.Classified
    record NotRecorded() implements PartnerContactStatus {
        @Override
        public boolean satisfiesStartGuard() {
            return false;
        }
    }

    /**
     * Contact details for this many people at risk are recorded.
     *
     * @param people how many, at least one
     */
    @org.dvpp.domain.Classified
    record Recorded(int people) implements PartnerContactStatus {
        /** Checks the count. */
        public Recorded {
            Checks.range(people, "people", 1, 100);
        }

        @Override
        public boolean satisfiesStartGuard() {
            return true;
        }
    }

    /**
     * No contact details, for a stated reason, which may have been reviewed.
     *
     * @param reason why there are none (sensitive)
     * @param recordedBy who recorded it
     * @param reviewedBy the supervisor who reviewed it, when reviewed
     * @param reviewedOn when it was reviewed
     */
    @org.dvpp.domain.Classified
    record Absent(@Sensitive(DataClass.P0) String reason, UserId recordedBy, java.util.Optional<UserId> reviewedBy,
            java.util.Optional<LocalDate> reviewedOn) implements PartnerContactStatus {
        /** Checks every part. */
        public Absent {
            Checks.freeText(reason, "reason", 2000);
            Checks.required(recordedBy, "recordedBy");
            Checks.required(reviewedBy, "reviewedBy");
            Checks.required(reviewedOn, "reviewedOn");
            if (reviewedBy.isPresent() != reviewedOn.isPresent()) {
                throw new InvalidInputException("reviewedOn", "with-reviewer", "a review needs both reviewer and date");
            }
        }

        @Override
        public boolean satisfiesStartGuard() {
            return reviewedBy.isPresent() && !reviewedBy.get().equals(recordedBy);
        }

        @Override
        public String toString() {
            return "Absent[reason=<redacted>, recordedBy=" + recordedBy + ", reviewedBy=" + reviewedBy + "]";
        }
    }
}
