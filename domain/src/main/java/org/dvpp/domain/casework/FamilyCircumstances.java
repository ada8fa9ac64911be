package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * His parent status and the children's contact arrangements, as recorded on one date (the latest record is current).
 * The arrangements are P0: they say where and when children can be found.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param on when
 * @param parentStatus whether he is a parent
 * @param contactArrangements one per child
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record FamilyCircumstances(RecordId id, AgencyId agency, CaseId caseId, LocalDate on,
        @Sensitive(DataClass.P1) java.util.Optional<ParentStatus> parentStatus,
        @Sensitive(DataClass.P0) List<ChildContact> contactArrangements, UserId recordedBy) {
    /** Checks every part. */
    public FamilyCircumstances {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(on, "on");
        Checks.required(parentStatus, "parentStatus");
        contactArrangements = Checks.list(contactArrangements, "contactArrangements");
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "FamilyCircumstances[id=" + id + ", on=" + on + ", parentStatus=<p1>, contactArrangements=<p0>]";
    }
}
