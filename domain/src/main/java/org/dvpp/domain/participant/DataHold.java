package org.dvpp.domain.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A legal or safeguarding hold on a subject (a man and everything recorded about him and the people at risk from
 * him): while it is in force his records cannot be erased, by request or by retention. Its reason may speak of a
 * partner or child, so it is P0 and encrypted at rest with the subject's own key.
 *
 * @param id the hold's id
 * @param subject the man
 * @param kind legal or safeguarding
 * @param placedAt when it was placed
 * @param placedBy who placed it
 * @param reason why (P0)
 * @param releasedAt when it was released, if it was
 * @param releasedBy who released it, if anyone did
 */
@org.dvpp.domain.Classified
public record DataHold(
        @NotNull DataHoldId id,
        @NotNull ParticipantId subject,
        @NotNull HoldKind kind,
        @NotNull Instant placedAt,
        @NotNull UserId placedBy,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String reason,
        @NotNull Optional<Instant> releasedAt,
        @NotNull Optional<UserId> releasedBy) {

    /** Checks every part. */
    public DataHold {
        Checks.required(id, "id");
        Checks.required(subject, "subject");
        Checks.required(kind, "kind");
        Checks.required(placedAt, "placedAt");
        Checks.required(placedBy, "placedBy");
        Checks.freeText(reason, "reason", 2000);
        Checks.required(releasedAt, "releasedAt");
        Checks.required(releasedBy, "releasedBy");
    }

    /** @return whether the hold is still in force */
    public boolean inForce() {
        return releasedAt.isEmpty();
    }

    @Override
    public String toString() {
        return "DataHold[id=" + id + ", subject=" + subject + ", kind=" + kind + ", placedAt=" + placedAt
                + ", reason=<p0>, releasedAt=" + releasedAt + "]";
    }
}
