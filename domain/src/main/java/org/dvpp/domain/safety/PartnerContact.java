package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A contact with a person at risk, or an attempt at one, by partner support. Encrypted at rest; seen only by partner
 * support and safeguarding; never in the man's own export, a log line or an event.
 *
 * @param id the entry's id
 * @param agency the agency
 * @param person whom partner support tried to reach
 * @param occurredAt when
 * @param channel how
 * @param outcome what came of it ({@link ContactOutcome#reached()} tells a contact from an attempt)
 * @param safeTimes when it is safe to contact her, as she said then (sensitive; may be empty)
 * @param safeWays how it is safe to contact her, and how not (sensitive; may be empty)
 * @param notes what was said or done (sensitive; may be empty)
 * @param recordedBy the worker
 */
@org.dvpp.domain.Classified
public record PartnerContact(
        @NotNull PartnerSupportEntryId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull Instant occurredAt,
        @NotNull ContactChannel channel,
        @NotNull ContactOutcome outcome,
        @Sensitive(DataClass.P0) @Size(max = 400) String safeTimes,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String safeWays,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 4000) String notes,
        @NotNull UserId recordedBy) {

    /** Checks every part. */
    public PartnerContact {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(occurredAt, "occurredAt");
        Checks.required(channel, "channel");
        Checks.required(outcome, "outcome");
        Checks.optionalText(safeTimes, "safeTimes", 400);
        Checks.optionalFreeText(safeWays, "safeWays", 2000);
        Checks.optionalFreeText(notes, "notes", 4000);
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "PartnerContact[id=" + id + ", person=" + person + ", channel=" + channel + ", outcome=" + outcome
                + ", <p0>]";
    }
}
