package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A holistic needs assessment: his wider needs, area by area (housing, substance use, mental health, parenting,
 * employment, finances, and any area the agency adds). His health and circumstances are special-category data (P1); the
 * notes may speak of the people at risk (P0).
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param assessedOn when
 * @param needs need area code (such as {@code housing}) to its level
 * @param notes what was said, in the worker's words
 * @param assessedBy who assessed
 */
@org.dvpp.domain.Classified
public record NeedsAssessment(RecordId id, AgencyId agency, CaseId caseId, LocalDate assessedOn,
        @Sensitive(DataClass.P1) Map<String, NeedLevel> needs, @Sensitive(DataClass.P0) @FreeText String notes,
        UserId assessedBy) {
    /** Checks every part and sorts the areas. */
    public NeedsAssessment {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(assessedOn, "assessedOn");
        needs = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.required(needs, "needs")));
        Checks.optionalFreeText(notes, "notes", 4000);
        Checks.required(assessedBy, "assessedBy");
    }

    @Override
    public String toString() {
        return "NeedsAssessment[id=" + id + ", caseId=" + caseId + ", assessedOn=" + assessedOn + ", needs=<p1>, "
                + "notes=<p0>]";
    }
}
