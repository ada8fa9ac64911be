package org.dvpp.domain.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A restriction of processing (UK GDPR art. 18) on a subject: his records are kept but left out of every list,
 * caseload, export and report figure, and read only under the legal-hold permission, until it is lifted. The reason may
 * speak of a partner or child, so it is P0 and encrypted at rest with the subject's own key.
 *
 * @param subject the man
 * @param since when it was restricted
 * @param by who restricted it
 * @param reason why (P0)
 */
@org.dvpp.domain.Classified
public record Restriction(
        @NotNull ParticipantId subject,
        @NotNull Instant since,
        @NotNull UserId by,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String reason) {

    /** Checks every part. */
    public Restriction {
        Checks.required(subject, "subject");
        Checks.required(since, "since");
        Checks.required(by, "by");
        Checks.freeText(reason, "reason", 2000);
    }

    @Override
    public String toString() {
        return "Restriction[subject=" + subject + ", since=" + since + ", by=" + by + ", reason=<p0>]";
    }
}
