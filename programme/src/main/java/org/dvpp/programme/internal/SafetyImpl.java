package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.OnwardReferralStatus;
import org.dvpp.domain.casework.OnwardService;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.programme.Safety;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** People at risk, risk, onward referrals and information sharing. */
final class SafetyImpl implements Safety {
    private static final String PERSON = "person-at-risk";
    /** The DASH count at or above which risk is "visible high risk" (SafeLives). */
    static final int DASH_VISIBLE_HIGH_RISK = 14;

    private final Kernel k;
    private final RiskRecorder risk;

    @Inject
    SafetyImpl(Kernel kernel, RiskRecorder risk) {
        this.k = kernel;
        this.risk = risk;
    }

    private static final Kernel.Op ADD_PERSON = Kernel.Op.write("safety.addPersonAtRisk",
            Permission.MANAGE_PEOPLE_AT_RISK, AuditAction.CREATE, PERSON);
    private static final Kernel.Op PEOPLE = Kernel.Op.read("safety.peopleAtRisk", Permission.VIEW_PEOPLE_AT_RISK,
            "case");
    private static final Kernel.Op SUPPORT_STATUS = Kernel.Op.write("safety.updateSupportStatus",
            Permission.MANAGE_PEOPLE_AT_RISK, AuditAction.UPDATE, PERSON);
    private static final Kernel.Op RISK = Kernel.Op.write("safety.recordRiskEvent", Permission.RECORD_RISK,
            AuditAction.CREATE, "case");
    private static final Kernel.Op CURRENT_RISK = Kernel.Op.read("safety.currentRisk", Permission.VIEW_CASE, "case");
    private static final Kernel.Op CASELOAD = Kernel.Op.read("safety.caseload", Permission.VIEW_PEOPLE_AT_RISK,
            "agency");
    private static final Kernel.Op SHARING = Kernel.Op.write("safety.recordSharing", Permission.SHARE_INFORMATION,
            AuditAction.EXPORT, "case");
    private static final Kernel.Op ONWARD = Kernel.Op.write("safety.referOnward", Permission.SHARE_INFORMATION,
            AuditAction.CREATE, "case");

    @Override
    public PersonAtRiskId addPersonAtRisk(ActingUser user, CaseId caseId, NewPersonAtRisk in) {
        return k.run(user, ADD_PERSON, "caseId", caseId, ch -> ch.valid("person", in), tx -> {
            Case c = tx.cases().get(caseId);
            PersonAtRisk p = new PersonAtRisk(PersonAtRiskId.random(), user.agency(), c.participant(),
                    in.relationship(), in.contact(), in.livesWithParticipant(),
                    in.relationship().isPartner() ? PartnerSupportStatus.NOT_CONTACTED
                            : PartnerSupportStatus.NOT_APPLICABLE, 0);
            tx.peopleAtRisk().insert(p);
            int people = tx.peopleAtRisk().listForParticipant(c.participant()).size();
            k.handle(tx, user, caseId, new CaseCommand.RecordPartnerContacts(people));
            return p.id();
        });
    }

    @Override
    public List<PersonAtRisk> peopleAtRisk(ActingUser user, CaseId caseId) {
        return k.run(user, PEOPLE, "caseId", caseId, ch -> { },
                tx -> tx.peopleAtRisk().listForParticipant(tx.cases().get(caseId).participant()));
    }

    @Override
    public List<CaseloadEntry> caseload(ActingUser user) {
        return k.run(user, CASELOAD, ch -> { }, tx -> {
            List<CaseloadEntry> entries = new java.util.ArrayList<>();
            for (org.dvpp.domain.casework.CaseStatus status : org.dvpp.domain.casework.CaseStatus.values()) {
                if (status == org.dvpp.domain.casework.CaseStatus.CLOSED) {
                    continue;
                }
                for (CaseId id : tx.cases().idsWithStatus(status)) {
                    Case c = tx.cases().get(id);
                    List<PersonAtRisk> people = tx.peopleAtRisk().listForParticipant(c.participant());
                    if (people.isEmpty()) {
                        continue;
                    }
                    String reference = tx.participants().find(c.participant())
                            .orElseThrow(() -> new NotFoundException("participant", c.participant())).reference();
                    entries.add(new CaseloadEntry(id, reference, c.status(), currentRisk(tx, id), people));
                }
            }
            entries.sort(Comparator.comparing(CaseloadEntry::risk, Comparator.reverseOrder())
                    .thenComparing(CaseloadEntry::reference));
            return List.copyOf(entries);
        });
    }

    @Override
    public void updateSupportStatus(ActingUser user, PersonAtRiskId person, PartnerSupportStatus status) {
        k.run(user, SUPPORT_STATUS, "person", person, ch -> ch.required("status", status), tx -> {
            PersonAtRisk p = tx.peopleAtRisk().find(person)
                    .orElseThrow(() -> new NotFoundException("person at risk", person));
            tx.peopleAtRisk().update(p.withSupportStatus(status));
            return null;
        });
    }

    @Override
    public RiskEvent recordRiskEvent(ActingUser user, CaseId caseId, RiskInput in) {
        return k.run(user, RISK, "caseId", caseId, ch -> ch.valid("risk", in), tx -> {
            tx.cases().get(caseId);
            Set<MaracCriterion> criteria = in.maracCriteria().isEmpty() ? EnumSet.noneOf(MaracCriterion.class)
                    : EnumSet.copyOf(in.maracCriteria());
            RiskLevel level = in.level();
            if (in.dashYesCount().isPresent() && in.dashYesCount().get() >= DASH_VISIBLE_HIGH_RISK) {
                criteria.add(MaracCriterion.VISIBLE_HIGH_RISK);
                level = RiskLevel.HIGH;
            }
            return risk.record(tx, user, caseId, in.kind(), in.occurredAt(), level, criteria, in.summary());
        });
    }

    @Override
    public RiskLevel currentRisk(ActingUser user, CaseId caseId) {
        return k.run(user, CURRENT_RISK, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId); // another agency's case, or none, is not found: never a default level
            return currentRisk(tx, caseId);
        });
    }

    static RiskLevel currentRisk(Transaction tx, CaseId caseId) {
        return tx.riskEvents().listForCase(caseId).stream()
                .max(Comparator.comparing(RiskEvent::occurredAt).thenComparing(e -> e.id().value()))
                .map(RiskEvent::levelAfter).orElse(RiskLevel.STANDARD);
    }

    @Override
    public InformationSharingEntry recordSharing(ActingUser user, CaseId caseId, SharingInput in) {
        return k.run(user, SHARING, "caseId", caseId, ch -> ch.valid("sharing", in), tx -> {
            tx.cases().get(caseId);
            InformationSharingEntry e = new InformationSharingEntry(SharingEntryId.random(), user.agency(), caseId,
                    in.sharedOn(), in.recipient(), in.recipientName(), in.what(), in.why(), in.lawfulBasis(),
                    user.id());
            tx.informationSharing().insert(e);
            return e;
        });
    }

    @Override
    public OnwardReferral referOnward(ActingUser user, CaseId caseId, OnwardService service, String organisation) {
        return k.run(user, ONWARD, "caseId", caseId, ch -> ch.required("service", service)
                .text("organisation", organisation, 200), tx -> {
            tx.cases().get(caseId);
            OnwardReferral r = new OnwardReferral(OnwardReferralId.random(), user.agency(), caseId, k.today(), service,
                    organisation, OnwardReferralStatus.MADE, user.id());
            tx.onwardReferrals().insert(r);
            return r;
        });
    }
}
