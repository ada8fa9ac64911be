package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * Partner support pointed a person at risk to another agency. The organisation's name is sensitive: a refuge's or a
 * local service's name can tell where she is.
 *
 * @param id the entry's id
 * @param agency the agency
 * @param person whom
 * @param signpostedOn when
 * @param service the kind of service
 * @param organisation the organisation (sensitive; may be empty)
 * @param notes what was agreed (sensitive; may be empty)
 * @param recordedBy the worker
 */
@org.dvpp.domain.Classified
public record Signposting(
        @NotNull PartnerSupportEntryId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull LocalDate signpostedOn,
        @NotNull SignpostService service,
        @Sensitive(DataClass.P0) @Size(max = 200) String organisation,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String notes,
        @NotNull UserId recordedBy) {

    /** Checks every part. */
    public Signposting {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(signpostedOn, "signpostedOn");
        Checks.required(service, "service");
        Checks.optionalText(organisation, "organisation", 200);
        Checks.optionalFreeText(notes, "notes", 2000);
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "Signposting[id=" + id + ", person=" + person + ", service=" + service + ", <p0>]";
    }
}
