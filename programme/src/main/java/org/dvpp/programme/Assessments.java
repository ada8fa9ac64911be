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
import org.dvpp.domain.casework.CompletionEvaluation;
import org.dvpp.domain.casework.Informant;
import org.dvpp.domain.casework.PartnerReportedOutcome;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.PersonAtRiskId;
import java.util.Optional;

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
     * Reliable change (Jacobson-Truax) on one instrument between two of his own assessments (informant
     * {@link Informant#PARTICIPANT}) at two time points, each re-scored with the version of the instrument it was taken
     * with. Two assessments taken with different versions are not compared (rule {@code same-instrument-version}); a
     * version no longer registered is an error (rule {@code known-instrument-version}), never a silent re-score with
     * another version.
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
     * A stored assessment scored and explained again with the version of the instrument it was taken with.
     *
     * @param user who asks (needs {@link Permission#ASSESS})
     * @param assessment the assessment
     * @return the score and its explanation
     */
    ExplainedAssessment explain(ActingUser user, AssessmentId assessment);

    /**
     * Records a partner's or ex-partner's account of his behaviour on an instrument, scored with the instrument's
     * current version. Her answers and their score are P0: kept apart from his assessments, never shown to a
     * perpetrator-facing role, never in an event.
     *
     * @param user who took her account (needs {@link Permission#RECORD_PARTNER_OUTCOMES})
     * @param caseId his case
     * @param report the instrument, time point, date, answers and who gave it
     * @return the stored account
     */
    PartnerReportedOutcome recordPartnerReport(ActingUser user, CaseId caseId, PartnerReport report);

    /**
     * @param user who asks (needs {@link Permission#VIEW_PARTNER_OUTCOMES})
     * @param caseId his case
     * @return partners' accounts, oldest first
     */
    List<PartnerReportedOutcome> partnerReports(ActingUser user, CaseId caseId);

    /**
     * Records the completion evaluation: what changed, in the worker's words, and per instrument and informant the
     * change from intake to the end (and to follow-up, if taken) with its reliable-change verdict, each pair scored with
     * the version it was taken with. He must have completed the programme.
     *
     * @param user who evaluated (needs {@link Permission#ASSESS})
     * @param caseId the case
     * @param evaluation the date and the evaluation in words
     * @return the record (partners' accounts are withheld from a role that may not read P0)
     */
    CompletionEvaluation evaluateCompletion(ActingUser user, CaseId caseId, EvaluationInput evaluation);

    /**
     * @param user who asks (needs {@link Permission#ASSESS})
     * @param caseId the case
     * @return its completion evaluations, oldest first
     */
    List<CompletionEvaluation> evaluations(ActingUser user, CaseId caseId);

    /**
     * An assessment as administered.
     *
     * @param instrumentId the instrument's id, such as {@code audit}
     * @param timePoint when in the programme
     * @param completedOn the date
     * @param answers item id to answer ({@code 4}, {@code yes}, {@code declined}, a date); sensitive
     * @param informant whose account it is: the man, a facilitator, a referrer or another (a partner's account is
     *     recorded with {@link #recordPartnerReport})
     */
    @org.dvpp.domain.Classified
    record NewAssessment(@NotBlank @Size(max = 80) String instrumentId, @NotNull TimePoint timePoint,
            @NotNull @PastOrPresent LocalDate completedOn, @Sensitive(DataClass.P1) @NotNull @Size(max = 500) Map<String, String> answers,
            @NotNull Informant informant) {
        /** Copies the answers. */
        public NewAssessment {
            answers = Map.copyOf(Checks.required(answers, "answers"));
        }

        /**
         * The man's own account.
         *
         * @param instrumentId the instrument
         * @param timePoint the time point
         * @param completedOn the date
         * @param answers the answers
         */
        public NewAssessment(String instrumentId, TimePoint timePoint, LocalDate completedOn,
                Map<String, String> answers) {
            this(instrumentId, timePoint, completedOn, answers, Informant.PARTICIPANT);
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
     * A partner's account as given.
     *
     * @param instrumentId the instrument's id
     * @param timePoint when in his programme
     * @param completedOn the date
     * @param answers item id to answer (P0)
     * @param person the person at risk who gave it (one of his), if recorded
     */
    @org.dvpp.domain.Classified
    record PartnerReport(@NotBlank @Size(max = 80) String instrumentId, @NotNull TimePoint timePoint,
            @NotNull @PastOrPresent LocalDate completedOn,
            @Sensitive(DataClass.P0) @NotNull @Size(max = 500) Map<String, String> answers,
            @Sensitive(DataClass.P0) @NotNull Optional<PersonAtRiskId> person) {
        /** Copies the answers. */
        public PartnerReport {
            answers = answers == null ? null : Map.copyOf(answers);
        }

        @Override
        public String toString() {
            return "PartnerReport[" + instrumentId + ", " + timePoint + ", " + completedOn + ", <p0>]";
        }
    }

    /**
     * A completion evaluation as written.
     *
     * @param evaluatedOn when
     * @param whatChanged what changed, in words (P0: may speak of the people at risk)
     */
    @org.dvpp.domain.Classified
    record EvaluationInput(@NotNull @PastOrPresent LocalDate evaluatedOn,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 8000) String whatChanged) {
        @Override
        public String toString() {
            return "EvaluationInput[" + evaluatedOn + ", <p0>]";
        }
    }

    /**
     * A stored assessment scored again with the version it was taken with.
     *
     * @param id the assessment
     * @param instrumentId the instrument
     * @param instrumentVersion the version it was taken with (and scored with now)
     * @param informant whose account
     * @param result the score with its explanation
     */
    @org.dvpp.domain.Classified
    record ExplainedAssessment(AssessmentId id, String instrumentId, String instrumentVersion, Informant informant,
            @Sensitive(DataClass.P1) Optional<ScoreResult> result) {
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
