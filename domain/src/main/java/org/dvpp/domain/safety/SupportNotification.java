package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;

/**
 * One task on partner support's list: something about the man's case that a person at risk's worker must know (he
 * started, dropped out, was excluded, completed, risk rose, he withdrew consent), written in the same transaction as the
 * change that caused it, until a worker acknowledges it. Codes and dates only.
 *
 * @param id the notification's id
 * @param agency the agency
 * @param person the person at risk whose worker must know
 * @param caseId the man's case
 * @param event the event that caused it
 * @param kind why
 * @param occurredAt when the change happened
 * @param worker her allocated partner-support worker when it was written; empty while she has none (the agency's queue)
 * @param acknowledgedBy who acknowledged it, once acknowledged
 * @param acknowledgedAt when
 */
@org.dvpp.domain.Classified
public record SupportNotification(
        @NotNull SupportNotificationId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull CaseId caseId,
        @NotNull EventId event,
        @NotNull NotificationKind kind,
        @NotNull Instant occurredAt,
        @NotNull Optional<UserId> worker,
        @NotNull Optional<UserId> acknowledgedBy,
        @NotNull Optional<Instant> acknowledgedAt) {

    /** Checks every part. */
    public SupportNotification {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(caseId, "caseId");
        Checks.required(event, "event");
        Checks.required(kind, "kind");
        Checks.required(occurredAt, "occurredAt");
        Checks.required(worker, "worker");
        Checks.required(acknowledgedBy, "acknowledgedBy");
        Checks.required(acknowledgedAt, "acknowledgedAt");
    }

    /** @return whether it still waits for a worker's acknowledgement */
    public boolean open() {
        return acknowledgedAt.isEmpty();
    }
}
