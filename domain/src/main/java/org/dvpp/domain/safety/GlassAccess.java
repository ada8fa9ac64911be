package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A break-the-glass access: a member of staff without the permission was let read one person at risk's partner-support
 * record, for a reason they gave, until a set time. The reason may speak of her, so it is sensitive and encrypted at
 * rest; the audit log names the access by its id.
 *
 * @param id the access's id
 * @param agency the agency
 * @param person whose record
 * @param user who broke the glass
 * @param openedAt when
 * @param expiresAt until when (after which every read is refused again)
 * @param reason why (sensitive)
 */
@org.dvpp.domain.Classified
public record GlassAccess(
        @NotNull GlassAccessId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull UserId user,
        @NotNull Instant openedAt,
        @NotNull Instant expiresAt,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String reason) {

    /** Checks every part. */
    public GlassAccess {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(user, "user");
        Checks.required(openedAt, "openedAt");
        Checks.required(expiresAt, "expiresAt");
        Checks.freeText(reason, "reason", 2000);
    }

    /**
     * @param now the time
     * @return whether the access is open at that time
     */
    public boolean openAt(Instant now) {
        return !now.isBefore(openedAt) && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "GlassAccess[id=" + id + ", person=" + person + ", user=" + user + ", expiresAt=" + expiresAt
                + ", reason=<p0>]";
    }
}
