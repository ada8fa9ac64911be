package org.dvpp.domain.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A record voided as a mistake: it stays in storage and in this history, and no figure counts it any more.
 *
 * @param id the void's id
 * @param agency the agency
 * @param caseId the man's case
 * @param kind what was voided
 * @param recordId the voided record's id (for a register line, the session's id)
 * @param description what the record said, in ids, codes and dates (no free text)
 * @param voidedAt when
 * @param voidedBy the supervisor who voided it
 * @param reason why it was a mistake
 */
@org.dvpp.domain.Classified
public record VoidedRecord(
        @NotNull UUID id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull Kind kind,
        @NotNull UUID recordId,
        @NotNull @Size(max = 400) String description,
        @NotNull Instant voidedAt,
        @NotNull UserId voidedBy,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String reason) {

    /** The kinds of record that can be voided. */
    public enum Kind {
        /** one man's line in a session's register */
        ATTENDANCE,
        /** a scored assessment */
        ASSESSMENT,
        /** a motivation check-in */
        CHECK_IN
    }

    /** Checks every part; the reason must be given. */
    public VoidedRecord {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(kind, "kind");
        Checks.required(recordId, "recordId");
        Checks.text(description, "description", 400);
        Checks.required(voidedAt, "voidedAt");
        Checks.required(voidedBy, "voidedBy");
        Checks.freeText(reason, "reason", 2000);
    }

    @Override
    public String toString() {
        return "VoidedRecord[id=" + id + ", caseId=" + caseId + ", kind=" + kind + ", recordId=" + recordId
                + ", voidedAt=" + voidedAt + ", reason=<p0>]";
    }
}
