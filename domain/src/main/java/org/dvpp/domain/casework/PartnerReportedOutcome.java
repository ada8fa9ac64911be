package org.dvpp.domain.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A partner's or ex-partner's account of his behaviour on an instrument (the outcome that matters most): her answers and
 * their score are P0, kept apart from his own assessments, and never reach a perpetrator-facing role.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId his case
 * @param person the person at risk who gave it, if recorded
 * @param instrumentId the instrument
 * @param instrumentVersion the version it was taken with
 * @param timePoint when in his programme
 * @param completedOn the date
 * @param answers item id to answer
 * @param total the total, if the instrument has one
 * @param bandCode the band, if the instrument has bands
 * @param recordedBy who took her account
 */
@org.dvpp.domain.Classified
public record PartnerReportedOutcome(RecordId id, AgencyId agency, CaseId caseId,
        @Sensitive(DataClass.P0) Optional<PersonAtRiskId> person, String instrumentId, String instrumentVersion,
        TimePoint timePoint, LocalDate completedOn, @Sensitive(DataClass.P0) Map<String, String> answers,
        @Sensitive(DataClass.P0) Optional<BigDecimal> total, @Sensitive(DataClass.P0) Optional<String> bandCode,
        UserId recordedBy) {
    /** Checks every part. */
    public PartnerReportedOutcome {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(person, "person");
        Checks.text(instrumentId, "instrumentId", 80);
        Checks.text(instrumentVersion, "instrumentVersion", 40);
        Checks.required(timePoint, "timePoint");
        Checks.required(completedOn, "completedOn");
        answers = Map.copyOf(Checks.required(answers, "answers"));
        Checks.required(total, "total");
        Checks.required(bandCode, "bandCode");
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "PartnerReportedOutcome[id=" + id + ", instrument=" + instrumentId + "@" + instrumentVersion
                + ", timePoint=" + timePoint + ", <p0>]";
    }
}
