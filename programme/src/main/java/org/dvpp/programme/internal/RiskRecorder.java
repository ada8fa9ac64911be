package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.RiskRaised;
import org.dvpp.programme.ActingUser;
import org.dvpp.storage.spi.Transaction;

/** Records a risk event in the caller's transaction; a rise is escalated to partner support through the outbox. */
final class RiskRecorder {
    private final Kernel k;

    @Inject
    RiskRecorder(Kernel kernel) {
        this.k = kernel;
    }

    RiskEvent record(Transaction tx, ActingUser user, CaseId caseId, RiskEventKind kind, Instant occurredAt,
            RiskLevel level, Set<MaracCriterion> criteria, String summary) {
        RiskLevel before = SafetyImpl.currentRisk(tx, caseId);
        Set<MaracCriterion> all = criteria.isEmpty() ? EnumSet.noneOf(MaracCriterion.class) : EnumSet.copyOf(criteria);
        RiskEvent event = new RiskEvent(RiskEventId.random(), user.agency(), caseId, kind, occurredAt, before, level,
                all, summary, user.id());
        tx.riskEvents().insert(event);
        if (event.isRise()) {
            k.publish(tx, new RiskRaised(EventId.random(), user.agency(), caseId, event.id(), before, level, all,
                    k.now()));
        }
        return event;
    }
}
