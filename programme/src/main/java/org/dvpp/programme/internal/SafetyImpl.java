package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
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
    /** The DASH count at or above which risk is "visible high risk" (SafeLives). */
    static final int DASH_VISIBLE_HIGH_RISK = 14;

    private final Kernel k;
    private final RiskRecorder risk;

    @Inject
    SafetyImpl(Kernel kernel, RiskRecorder risk) {
        this.k = kernel;
        this.risk = risk;
    }

    @Override
    public PersonAtRiskId addPersonAtRisk(ActingUser user, CaseId caseId, NewPersonAtRisk in) {
        k.require(user, Permission.MANAGE_PEOPLE_AT_RISK);
        Checks.required(caseId, "caseId");
        k.validator.check("person", in);
        return k.write(user, tx -> {
            Case c = tx.cases().get(caseId);
            PersonAtRisk p = new PersonAtRisk(PersonAtRiskId.random(), user.agency(), c.participant(),
                    in.relationship(), in.contact(), in.livesWithParticipant(),
                    in.relationship().isPartner() ? PartnerSupportStatus.NOT_CONTACTED
                            : PartnerSupportStatus.NOT_APPLICABLE, 0);
            tx.peopleAtRisk().insert(p);
            int people = tx.peopleAtRisk().listForParticipant(c.participant()).size();
            k.handle(tx, user, caseId, new CaseCommand.RecordPartnerContacts(people));
            k.audit(tx, user, AuditAction.CREATE, "person-at-risk", p.id().value(), "partner-contact record");
            return p.id();
        });
    }

    @Override
    public List<PersonAtRisk> peopleAtRisk(ActingUser user, CaseId caseId) {
        k.require(user, Permission.VIEW_PEOPLE_AT_RISK);
        Checks.required(caseId, "caseId");
        // a write transaction: every read of a person at risk is audited
        return k.write(user, tx -> {
            Case c = tx.cases().get(caseId);
            List<PersonAtRisk> people = tx.peopleAtRisk().listForParticipant(c.participant());
            for (PersonAtRisk p : people) {
                k.audit(tx, user, AuditAction.READ, "person-at-risk", p.id().value(), "partner support");
            }
            return people;
        });
    }

    @Override
    public void updateSupportStatus(ActingUser user, PersonAtRiskId person, PartnerSupportStatus status) {
        k.require(user, Permission.MANAGE_PEOPLE_AT_RISK);
        Checks.required(person, "person");
        Checks.required(status, "status");
        k.write(user, tx -> {
            PersonAtRisk p = tx.peopleAtRisk().find(person)
                    .orElseThrow(() -> new NotFoundException("person at risk", person));
            tx.peopleAtRisk().update(p.withSupportStatus(status));
            k.audit(tx, user, AuditAction.UPDATE, "person-at-risk", person.value(), "support status " + status);
            return null;
        });
    }

    @Override
    public RiskEvent recordRiskEvent(ActingUser user, CaseId caseId, RiskInput in) {
        k.require(user, Permission.RECORD_RISK);
        Checks.required(caseId, "caseId");
        k.validator.check("risk", in);
        return k.write(user, tx -> {
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
        k.require(user, Permission.VIEW_CASE);
        Checks.required(caseId, "caseId");
        return k.read(user, tx -> currentRisk(tx, caseId));
    }

    static RiskLevel currentRisk(Transaction tx, CaseId caseId) {
        return tx.riskEvents().listForCase(caseId).stream()
                .max(Comparator.comparing(RiskEvent::occurredAt).thenComparing(e -> e.id().value()))
                .map(RiskEvent::levelAfter).orElse(RiskLevel.STANDARD);
    }

    @Override
    public InformationSharingEntry recordSharing(ActingUser user, CaseId caseId, SharingInput in) {
        k.require(user, Permission.SHARE_INFORMATION);
        Checks.required(caseId, "caseId");
        k.validator.check("sharing", in);
        return k.write(user, tx -> {
            tx.cases().get(caseId);
            InformationSharingEntry e = new InformationSharingEntry(SharingEntryId.random(), user.agency(), caseId,
                    in.sharedOn(), in.recipient(), in.recipientName(), in.what(), in.why(), in.lawfulBasis(),
                    user.id());
            tx.informationSharing().insert(e);
            k.audit(tx, user, AuditAction.EXPORT, "case", caseId.value(),
                    "shared with " + in.recipient() + " on basis " + in.lawfulBasis());
            return e;
        });
    }

    @Override
    public OnwardReferral referOnward(ActingUser user, CaseId caseId, OnwardService service, String organisation) {
        k.require(user, Permission.SHARE_INFORMATION);
        Checks.required(caseId, "caseId");
        Checks.required(service, "service");
        Checks.text(organisation, "organisation", 200);
        return k.write(user, tx -> {
            tx.cases().get(caseId);
            OnwardReferral r = new OnwardReferral(OnwardReferralId.random(), user.agency(), caseId, k.today(), service,
                    organisation, OnwardReferralStatus.MADE, user.id());
            tx.onwardReferrals().insert(r);
            return r;
        });
    }
}
