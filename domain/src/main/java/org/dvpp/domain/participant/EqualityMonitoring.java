package org.dvpp.domain.participant;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * Equality monitoring answers he chose to give (each optional; "prefer not to say" is an answer). Special-category data
 * (P1), used only in aggregates under disclosure control; the front door has no read of one man's answers.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param on when he answered
 * @param answers characteristic to its answer (a characteristic not asked or skipped is absent)
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record EqualityMonitoring(RecordId id, AgencyId agency, CaseId caseId, LocalDate on,
        @Sensitive(DataClass.P1) Map<ProtectedCharacteristic, String> answers, UserId recordedBy) {
    /** Checks every part: each answer is one its characteristic accepts. */
    public EqualityMonitoring {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(on, "on");
        Checks.required(answers, "answers");
        Map<ProtectedCharacteristic, String> copy = new EnumMap<>(ProtectedCharacteristic.class);
        for (Map.Entry<ProtectedCharacteristic, String> e : answers.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidInputException("answers", "no-null-elements", "answers must not hold null");
            }
            if (!e.getKey().answers().contains(e.getValue())) {
                throw new InvalidInputException("answers." + e.getKey().name(), RuleCodes.ALLOWED_VALUE,
                        e.getKey().name() + " accepts " + e.getKey().answers());
            }
            copy.put(e.getKey(), e.getValue());
        }
        answers = java.util.Collections.unmodifiableMap(copy);
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "EqualityMonitoring[id=" + id + ", on=" + on + ", answers=<p1>]";
    }
}
