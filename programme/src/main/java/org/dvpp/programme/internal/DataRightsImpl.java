package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.HoldKind;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Restriction;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.DataRights;
import org.dvpp.programme.ErasureReceipt;
import org.dvpp.programme.ErasureRefusedException;
import org.dvpp.programme.Permission;
import org.dvpp.programme.RetentionClass;
import org.dvpp.programme.RetentionRun;
import org.dvpp.programme.SubjectRecord;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Erasure;
import org.dvpp.storage.spi.RetentionCandidate;
import org.dvpp.storage.spi.Transaction;

/** Restriction, holds, erasure by crypto-shredding and the retention job, through the pipeline. */
final class DataRightsImpl implements DataRights {
    private static final String SUBJECT = "subject";
    static final String REQUEST = "REQUEST";
    static final String RETENTION = "RETENTION";
    /** The rule that refuses to restrict a man who holds a group place or waits for one. */
    static final String NO_GROUP_PLACE = "no-group-place";

    private static final Kernel.Op RESTRICT = Kernel.Op.write("dataRights.restrict", Permission.RESTRICT_PROCESSING,
            AuditAction.UPDATE, SUBJECT);
    private static final Kernel.Op LIFT = Kernel.Op.write("dataRights.lift", Permission.RESTRICT_PROCESSING,
            AuditAction.UPDATE, SUBJECT);
    private static final Kernel.Op RECORD = Kernel.Op.auditedRead("dataRights.restrictedRecord",
            Permission.VIEW_RESTRICTED, SUBJECT);
    private static final Kernel.Op RESTRICTION = Kernel.Op.auditedRead("dataRights.restriction",
            Permission.VIEW_RESTRICTED, SUBJECT);
    private static final Kernel.Op PLACE_HOLD = Kernel.Op.write("dataRights.placeHold", Permission.PLACE_HOLD,
            AuditAction.CREATE, SUBJECT);
    private static final Kernel.Op RELEASE_HOLD = Kernel.Op.write("dataRights.releaseHold", Permission.PLACE_HOLD,
            AuditAction.UPDATE, "data-hold");
    private static final Kernel.Op HOLDS = Kernel.Op.auditedRead("dataRights.holds", Permission.PLACE_HOLD, SUBJECT);
    private static final Kernel.Op ERASE = Kernel.Op.write("dataRights.erase", Permission.ERASE_RECORDS,
            AuditAction.DELETE, SUBJECT);
    private static final Kernel.Op RETAIN = Kernel.Op.write("dataRights.applyRetention", Permission.APPLY_RETENTION,
            AuditAction.DELETE, "agency");

    private final Kernel k;
    private final Map<RetentionClass, Period> retention;

    @Inject
    DataRightsImpl(Kernel kernel, Settings settings) {
        this.k = kernel;
        this.retention = settings.retention();
    }

    /** The man, restricted or not (the transaction is made to see restricted men); an erased man is not found. */
    private static Participant subject(Transaction tx, ParticipantId id) {
        tx.dataRights().revealRestricted();
        if (tx.dataRights().erased(id)) {
            throw new NotFoundException("participant", id);
        }
        return tx.participants().find(id).orElseThrow(() -> new NotFoundException("participant", id));
    }

    @Override
    public Restriction restrict(ActingUser user, ParticipantId subject, String reason) {
        return k.run(user, RESTRICT, SUBJECT, subject, ch -> ch.freeText("reason", reason, 2000), tx -> {
            subject(tx, subject);
            // a man with a group place or on a waiting list stays on its registers and lists: end that first
            for (Case c : tx.cases().listForParticipant(subject)) {
                if (c.status() == CaseStatus.IN_PROGRAMME || c.status() == CaseStatus.AWAITING_GROUP
                        || c.status() == CaseStatus.SUSPENDED) {
                    throw new org.dvpp.domain.InvalidInputException("subject", NO_GROUP_PLACE, "case " + c.id()
                            + " is " + c.status() + ": withdraw him from the group or its waiting list before "
                            + "restricting his records");
                }
            }
            Restriction r = new Restriction(subject, k.now(), user.id(), reason);
            tx.dataRights().restrict(r);
            return r;
        });
    }

    @Override
    public boolean lift(ActingUser user, ParticipantId subject) {
        return k.run(user, LIFT, SUBJECT, subject, ch -> { }, tx -> {
            subject(tx, subject);
            return tx.dataRights().lift(subject);
        });
    }

    @Override
    public SubjectRecord restrictedRecord(ActingUser user, ParticipantId subject) {
        return k.run(user, RECORD, SUBJECT, subject, ch -> { }, tx -> {
            Participant p = subject(tx, subject);
            return new SubjectRecord(p, tx.cases().listForParticipant(subject),
                    tx.peopleAtRisk().listForParticipant(subject), tx.dataRights().restriction(subject),
                    tx.dataRights().holds(subject));
        });
    }

    @Override
    public Optional<Restriction> restriction(ActingUser user, ParticipantId subject) {
        return k.run(user, RESTRICTION, SUBJECT, subject, ch -> { }, tx -> {
            subject(tx, subject);
            return tx.dataRights().restriction(subject);
        });
    }

    @Override
    public DataHold placeHold(ActingUser user, ParticipantId subject, HoldKind kind, String reason) {
        return k.run(user, PLACE_HOLD, SUBJECT, subject, ch -> {
            ch.required("kind", kind);
            ch.freeText("reason", reason, 2000);
        }, tx -> {
            subject(tx, subject);
            DataHold h = new DataHold(DataHoldId.random(), subject, kind, k.now(), user.id(), reason,
                    Optional.empty(), Optional.empty());
            tx.dataRights().placeHold(h);
            return h;
        });
    }

    @Override
    public DataHold releaseHold(ActingUser user, DataHoldId hold) {
        return k.run(user, RELEASE_HOLD, "hold", hold, ch -> { }, tx -> tx.dataRights().releaseHold(hold, user.id(),
                k.now()).orElseThrow(() -> new NotFoundException("data hold in force", hold)));
    }

    @Override
    public List<DataHold> holds(ActingUser user, ParticipantId subject) {
        return k.run(user, HOLDS, SUBJECT, subject, ch -> { }, tx -> {
            subject(tx, subject);
            return tx.dataRights().holds(subject);
        });
    }

    @Override
    public ErasureReceipt erase(ActingUser user, ParticipantId subject) {
        return k.run(user, ERASE, SUBJECT, subject, ch -> { }, tx -> {
            subject(tx, subject);
            List<String> reasons = new ArrayList<>();
            List<String> details = new ArrayList<>();
            holdsInForce(tx, subject, k.today(), reasons, details);
            for (Case c : tx.cases().listForParticipant(subject)) {
                if (c.status() != CaseStatus.CLOSED) {
                    reasons.add(ErasureRefusedException.CASE_OPEN);
                    details.add(ErasureRefusedException.CASE_OPEN + " (case " + c.id() + " is " + c.status() + ")");
                }
            }
            if (!reasons.isEmpty()) {
                throw new ErasureRefusedException(subject, reasons, details);
            }
            return receipt(tx.dataRights().erase(subject, user.id(), k.now(), REQUEST));
        });
    }

    private static void holdsInForce(Transaction tx, ParticipantId subject, java.time.LocalDate today,
            List<String> reasons, List<String> details) {
        // a partner organisation that receives his case under an agreement in force relies on it for her safety
        for (Case c : tx.cases().listForParticipant(subject)) {
            for (org.dvpp.domain.AgencyId org : Sharing.recipientsInForce(tx, c.id(), today)) {
                reasons.add(ErasureRefusedException.SHARED_WITH_PARTNER);
                details.add(ErasureRefusedException.SHARED_WITH_PARTNER + " (case " + c.id() + " with organisation "
                        + org + ")");
            }
        }
        // her support goes on whatever he asks: erasing him would destroy her partner-support records too
        for (org.dvpp.domain.safety.PersonAtRisk p : tx.peopleAtRisk().listForParticipant(subject)) {
            if (p.supportStatus() == org.dvpp.domain.safety.PartnerSupportStatus.ENGAGED) {
                reasons.add(ErasureRefusedException.SUPPORT_ENGAGED);
                details.add(ErasureRefusedException.SUPPORT_ENGAGED + " (person at risk " + p.id() + ")");
            }
        }
        for (DataHold h : tx.dataRights().holds(subject)) {
            if (h.inForce()) {
                String code = h.kind() == HoldKind.LEGAL ? ErasureRefusedException.LEGAL_HOLD
                        : ErasureRefusedException.SAFEGUARDING_HOLD;
                reasons.add(code);
                details.add(code + " (hold " + h.id() + " placed " + h.placedAt() + ")");
            }
        }
    }

    private static ErasureReceipt receipt(Erasure e) {
        return new ErasureReceipt(e.subject(), e.at(), e.basis(), e.valuesSealed(), e.valuesShredded());
    }

    @Override
    public RetentionRun applyRetention(ActingUser user) {
        return k.run(user, RETAIN, ch -> { }, tx -> {
            LocalDate today = k.today();
            List<ErasureReceipt> erased = new ArrayList<>();
            List<ParticipantId> held = new ArrayList<>();
            for (RetentionCandidate c : tx.dataRights().retentionCandidates()) {
                RetentionClass cls = c.startedProgramme() ? RetentionClass.PROGRAMME : RetentionClass.NOT_STARTED;
                Period period = retention.get(cls);
                LocalDate closed = LocalDate.ofInstant(c.closedAt(), ZoneOffset.UTC);
                LocalDate due = closed.plus(period);
                if (due.isAfter(today)) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                holdsInForce(tx, c.subject(), k.today(), reasons, new ArrayList<>());
                if (!reasons.isEmpty()) {
                    held.add(c.subject());
                    k.auditAlso(tx, user, AuditAction.DENIED, SUBJECT, c.subject(), "dataRights.applyRetention kept "
                            + String.join(" ", reasons) + " class " + cls + " closed " + closed + " period " + period);
                    continue;
                }
                ErasureReceipt r = receipt(tx.dataRights().erase(c.subject(), user.id(), k.now(), RETENTION));
                k.auditAlso(tx, user, AuditAction.DELETE, SUBJECT, c.subject(), "dataRights.applyRetention erased "
                        + "class " + cls + " closed " + closed + " period " + period + " sealed " + r.valuesSealed()
                        + " shredded " + r.valuesShredded());
                erased.add(r);
            }
            return new RetentionRun(k.now(), erased, held);
        });
    }
}
