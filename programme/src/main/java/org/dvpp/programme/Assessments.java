package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.TimePoint;

/**
 * Structured assessments with the instruments (AUDIT, PHQ-9, URICA, DASH, TOP, an agency's own): scored by the
 * assessment tools, stored with their answers and the instrument's version so the score can be reproduced, checked
 * against the outcome time-point windows, and compared between time points for reliable change. A DASH result is also
 * recorded as a risk event, so a rise in risk reaches partner support.
 */
public interface Assessments {

    /**
     * Scores and records an assessment. Invalid answers (a value outside an item's options, an unknown item, a missing
     * required answer) are refused with every problem named, and nothing is stored.
     *
     * @param user who administered it (needs {@link Permission#ASSESS})
     * @param caseId the case
     * @param assessment the instrument, time point, date and answers
     * @return the stored record's id, the score, and whether it fell within its time point's window
     */
    RecordedAssessment record(ActingUser user, CaseId caseId, NewAssessment assessment);

    /**
     * The case's recorded assessments. Answers are health and risk data: each read is audited.
     *
     * @param user who asks (needs {@link Permission#ASSESS})
     * @param caseId the case
     * @return the records, oldest first
     */
    List<AssessmentRecord> list(ActingUser user, CaseId caseId);

    /**
     * Reliable change (Jacobson-Truax) on one instrument between two time points, re-scoring both stored answer sets with
     * the current definition of the instrument.
     *
     * @param user who asks (needs {@link Permission#ASSESS})
     * @param caseId the case
     * @param instrumentId the instrument
     * @param from the earlier time point (usually intake)
     * @param to the later one (end or follow-up)
     * @return the change, its index and whether it is reliable
     */
    ReliableChange.Result change(ActingUser user, CaseId caseId, String instrumentId, TimePoint from, TimePoint to);

    /**
     * An assessment as administered.
     *
     * @param instrumentId the instrument's id, such as {@code audit}
     * @param timePoint when in the programme
     * @param completedOn the date
     * @param answers item id to answer ({@code 4}, {@code yes}, {@code declined}, a date); sensitive
     */
    @org.dvpp.domain.Classified
    record NewAssessment(@NotBlank @Size(max = 80) String instrumentId, @NotNull TimePoint timePoint,
            @NotNull @PastOrPresent LocalDate completedOn, @Sensitive(DataClass.P1) @NotNull @Size(max = 500) Map<String, String> answers) {
        /** Copies the answers. */
        public NewAssessment {
            answers = Map.copyOf(Checks.required(answers, "answers"));
        }

        @Override
        public String toString() {
            return "NewAssessment[" + instrumentId + ", " + timePoint + ", " + completedOn + ", answers=<redacted>]";
        }
    }

    /**
     * A recorded assessment.
     *
     * @param id the record's id
     * @param result the score with its explanation
     * @param window whether it was taken within its time point's window
     */
    @org.dvpp.domain.Classified
    record RecordedAssessment(AssessmentId id, ScoreResult result, WindowCheck window) {
    }

    /**
     * Whether an assessment was taken within its time point's window.
     *
     * @param within whether it was
     * @param note the window, in words (for example {@code mid-point window 2026-02-02 to 2026-03-02})
     */
    @org.dvpp.domain.Classified
    record WindowCheck(boolean within, String note) {
    }
}
