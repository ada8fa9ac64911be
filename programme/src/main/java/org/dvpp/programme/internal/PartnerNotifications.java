package org.dvpp.programme.internal;

import java.util.Optional;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.casework.CaseStatusChanged;
import org.dvpp.domain.safety.NotificationKind;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.safety.RiskRaised;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.programme.ConsentChanged;
import org.dvpp.storage.spi.Transaction;

/**
 * Partner support's task list, written in the same transaction as the change that causes it: for every event that
 * partner support must be told of, one notification for each person at risk from the man whom partner support works
 * with (those whose support status is not NOT_APPLICABLE: partners, ex-partners and new partners, not children or
 * other family members), on her allocated worker's list, or the agency's queue while she has none.
 */
final class PartnerNotifications {
    private PartnerNotifications() {
    }

    static void record(Transaction tx, DomainEvent event) {
        if (!event.partnerSupportMustBeTold()) {
            return;
        }
        CaseId caseId;
        NotificationKind kind;
        Optional<ParticipantId> man = Optional.empty();
        if (event instanceof CaseStatusChanged c) {
            caseId = c.caseId();
            man = Optional.of(c.participant());
            kind = switch (c.to()) {
                case IN_PROGRAMME -> NotificationKind.PROGRAMME_START;
                case COMPLETED -> NotificationKind.COMPLETION;
                case WITHDRAWN, RETURNED_TO_REFERRER -> NotificationKind.DROP_OUT;
                case EXCLUDED -> NotificationKind.EXCLUSION;
                case SUSPENDED -> NotificationKind.SUSPENSION;
                default -> NotificationKind.OTHER;
            };
        } else if (event instanceof RiskRaised r) {
            caseId = r.caseId();
            kind = NotificationKind.RISK_RISE;
        } else if (event instanceof ConsentChanged c) {
            caseId = c.caseId();
            kind = c.withdrawn() ? NotificationKind.CONSENT_WITHDRAWN : NotificationKind.CONSENT_NARROWED;
        } else if (event instanceof DisengagementWarning d) {
            caseId = d.caseId();
            kind = NotificationKind.DISENGAGEMENT_WARNING;
        } else {
            // an event of a kind this list does not know: it still reaches the listeners through the outbox
            return;
        }
        ParticipantId participant = man.orElseGet(() -> tx.cases().get(caseId).participant());
        // by id only: telling partner support of a change in his case never decrypts her details
        for (PersonAtRiskId p : tx.partnerSupport().supportedPeople(participant)) {
            tx.partnerSupport().insertNotification(new SupportNotification(SupportNotificationId.random(),
                    tx.agency(), p, caseId, event.id(), kind, event.occurredAt(), tx.partnerSupport().worker(p),
                    Optional.empty(), Optional.empty()));
        }
    }
}
