package org.dvpp.domain.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A completed instrument (AUDIT, PHQ-9, DASH, URICA, ...) in a case: the answers as given, and the score as computed by
 * the named instrument version, so the score can be reproduced years later. Answers and scores are health or risk data,
 * so they are sensitive.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param instrumentId the instrument's id, such as {@code audit}
 * @param instrumentVersion the instrument's version
 * @param timePoint when in the programme it was taken
 * @param completedOn the date
 * @param answers item id to the answer in its text form ({@code 4}, {@code yes}, {@code declined}, a date)
 * @param total the total score, if the instrument has one (rounded to 4 decimal places for reporting; the exact
 *     score is reproducible from the answers and the instrument version)
 * @param bandCode the band reached, if the instrument has bands
 * @param assessor who administered it
 * @param informant whose account it is (never {@link Informant#PARTNER}: a partner's account is a P0 record of its own)
 */
@org.dvpp.domain.Classified
public record AssessmentRecord(
        @NotNull AssessmentId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotBlank @Size(max = 80) String instrumentId,
        @NotBlank @Size(max = 40) String instrumentVersion,
        @NotNull TimePoint timePoint,
        @NotNull LocalDate completedOn,
        @Sensitive(DataClass.P1) @NotNull Map<String, String> answers,
        @Sensitive(DataClass.P1) Optional<BigDecimal> total,
        @Sensitive(DataClass.P1) Optional<String> bandCode,
        @NotNull UserId assessor,
        @NotNull Informant informant) {

    /** Checks every part. */
    public AssessmentRecord {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.text(instrumentId, "instrumentId", 80);
        Checks.text(instrumentVersion, "instrumentVersion", 40);
        Checks.required(timePoint, "timePoint");
        Checks.required(completedOn, "completedOn");
        Checks.required(answers, "answers");
        for (Map.Entry<String, String> e : answers.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidInputException("answers", "no-null-entries", "answers must not hold null");
            }
        }
        answers = Map.copyOf(answers);
        Checks.required(total, "total");
        Checks.required(bandCode, "bandCode");
        Checks.required(assessor, "assessor");
        Checks.required(informant, "informant");
        if (informant == Informant.PARTNER) {
            throw new InvalidInputException("informant", RuleCodes.ALLOWED_VALUE,
                    "a partner's account is recorded as a partner-reported outcome, not with his assessments");
        }
    }

    /**
     * A record of the man's own account.
     *
     * @param id the record's id
     * @param agency the agency
     * @param caseId the case
     * @param instrumentId the instrument
     * @param instrumentVersion its version
     * @param timePoint the time point
     * @param completedOn the date
     * @param answers the answers
     * @param total the total
     * @param bandCode the band
     * @param assessor who administered it
     */
    public AssessmentRecord(AssessmentId id, AgencyId agency, CaseId caseId, String instrumentId,
            String instrumentVersion, TimePoint timePoint, LocalDate completedOn, Map<String, String> answers,
            Optional<BigDecimal> total, Optional<String> bandCode, UserId assessor) {
        this(id, agency, caseId, instrumentId, instrumentVersion, timePoint, completedOn, answers, total, bandCode,
                assessor, Informant.PARTICIPANT);
    }

    @Override
    public String toString() {
        return "AssessmentRecord[id=" + id + ", caseId=" + caseId + ", instrument=" + instrumentId + "@"
                + instrumentVersion + ", timePoint=" + timePoint + ", informant=" + informant + ", answers=<redacted>]";
    }
}
