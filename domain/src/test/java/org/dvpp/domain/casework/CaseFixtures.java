package org.dvpp.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.ConsentId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.participant.Consent;
import org.dvpp.domain.participant.SharingScope;

/** Shared test data for case lifecycle tests. */
final class CaseFixtures {
    static final UserId WORKER = UserId.parse("00000000-0000-7000-8000-000000000001");
    static final UserId SUPERVISOR = UserId.parse("00000000-0000-7000-8000-000000000002");
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    static final LocalDate D0 = LocalDate.parse("2026-01-05");
    static final GroupId GROUP = GroupId.parse("00000000-0000-7000-8000-0000000000aa");

    private CaseFixtures() {
    }

    static Case newCase() {
        return Case.open(CaseId.random(), AgencyId.random(), ParticipantId.random(), ReferralId.random());
    }

    static EligibilityOutcome passed() {
        return new EligibilityOutcome(true, List.of(), D0, WORKER);
    }

    static EligibilityOutcome failed() {
        return new EligibilityOutcome(false, List.of("service-area"), D0, WORKER);
    }

    static SuitabilityDecision decision(Suitability s, boolean signedOff) {
        return new SuitabilityDecision(s, List.of(AssessmentId.random()), D0, WORKER,
                signedOff ? Optional.of(SUPERVISOR) : Optional.empty());
    }

    static Consent consent(Case c, boolean explained) {
        return new Consent(ConsentId.random(), c.agency(), c.id(), "2026-01", D0, Set.of(SharingScope.PARTNER_SUPPORT),
                explained, Optional.empty());
    }

    /** Applies commands in order as the worker, returning the final case. */
    static Case apply(Case c, CaseCommand... commands) {
        Case current = c;
        for (CaseCommand command : commands) {
            current = CaseLifecycle.handle(current, command, WORKER, T0).after();
        }
        return current;
    }

    /** A case that is awaiting a group with every start guard satisfied. */
    static Case readyToStart() {
        Case c = apply(newCase(), new CaseCommand.StartScreening(), new CaseCommand.CompleteScreening(passed()),
                new CaseCommand.DecideSuitability(decision(Suitability.SUITABLE, true)));
        return apply(c, new CaseCommand.RecordConsent(consent(c, true)), new CaseCommand.RecordPartnerContacts(1));
    }
}
