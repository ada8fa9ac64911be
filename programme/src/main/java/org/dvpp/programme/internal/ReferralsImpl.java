package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.programme.ReferralReceived;
import org.dvpp.programme.Referrals;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.Violation;
import java.time.LocalDate;
import org.dvpp.storage.spi.AuditAction;

/** Receiving referrals. */
final class ReferralsImpl implements Referrals {
    private final Kernel k;

    /** @param kernel shared services */
    @Inject
    ReferralsImpl(Kernel kernel) {
        this.k = kernel;
    }

    private static final Kernel.Op RECEIVE = Kernel.Op.write("referrals.receive", Permission.RECEIVE_REFERRAL,
            AuditAction.CREATE, "referral");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Dates a referral can have: a birth after 1900 and not in the future, received after the birth and by today. */
    private void plausible(NewReferral in) {
        if (in == null || in.dateOfBirth() == null || in.receivedOn() == null) {
            return;
        }
        List<Violation> v = new java.util.ArrayList<>();
        if (in.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            v.add(new Violation("referral.dateOfBirth", RuleCodes.PLAUSIBLE_DATE, "dateOfBirth must be in 1900 or "
                    + "later"));
        }
        if (in.dateOfBirth().isAfter(k.today())) {
            v.add(new Violation("referral.dateOfBirth", RuleCodes.NOT_IN_FUTURE, "dateOfBirth must not be after today"));
        }
        if (in.receivedOn().isBefore(in.dateOfBirth())) {
            v.add(new Violation("referral.receivedOn", RuleCodes.PLAUSIBLE_DATE, "receivedOn must not be before the "
                    + "man was born"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    @Override
    public ReferralReceipt receive(ActingUser user, NewReferral in) {
        return k.run(user, RECEIVE, c -> c.valid("referral", in).check(() -> plausible(in)), tx -> {
            Optional<Participant> known = tx.participants().findByReference(in.participantReference());
            Participant man;
            if (known.isPresent()) {
                man = known.get();
                if (!man.dateOfBirth().equals(in.dateOfBirth())) {
                    throw new InvalidInputException("referral.dateOfBirth", "matches-reference",
                            "reference " + in.participantReference() + " belongs to a man with another date of birth");
                }
                if (!man.areaOfResidence().equals(in.areaOfResidence())) {
                    // he has moved: his record follows him; the earlier referral keeps the area it was made in
                    long version = tx.participants().findVersioned(man.id()).orElseThrow().version();
                    man = new Participant(man.id(), man.agency(), man.reference(), man.dateOfBirth(),
                            in.areaOfResidence());
                    tx.participants().update(man, version);
                }
            } else {
                man = new Participant(ParticipantId.random(), user.agency(), in.participantReference(),
                        in.dateOfBirth(), in.areaOfResidence());
                tx.participants().insert(man);
            }
            Referral referral = new Referral(ReferralId.random(), user.agency(), man.id(), in.source(),
                    in.receivedOn(), in.areaOfResidence(), in.referrer(), in.reason());
            tx.referrals().insert(referral);
            List<Case> cases = tx.cases().listForParticipant(man.id());
            Optional<Case> open = cases.stream().filter(c -> c.status() != CaseStatus.CLOSED).findFirst();
            if (open.isPresent()) {
                throw new InvalidInputException("referral.participantReference", "no-open-case",
                        "this man already has an open case (" + open.get().id() + ", " + open.get().status() + ")");
            }
            Case c;
            Optional<Case> closed = cases.stream().max(Comparator.comparingInt(Case::episode));
            if (closed.isPresent()) {
                c = k.handle(tx, user, closed.get().id(), new CaseCommand.ReRefer(referral.id()));
            } else {
                c = Case.open(CaseId.random(), user.agency(), man.id(), referral.id());
                tx.cases().insert(c);
            }
            k.publish(tx, new ReferralReceived(EventId.random(), user.agency(), c.id(), man.id(), referral.id(),
                    in.source(), c.episode(), k.now()));
            return new ReferralReceipt(c.id(), man.id(), referral.id(), c.episode());
        });
    }
}
