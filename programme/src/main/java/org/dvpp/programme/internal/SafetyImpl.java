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
import org.dvpp.domain.RecordId;
import org.dvpp.domain.safety.MaracReferral;
import org.dvpp.domain.safety.MaracStatus;
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

    private final java.util.Set<String> needAreas;

    @Inject
    SafetyImpl(Kernel kernel, RiskRecorder risk, Settings settings) {
        this.k = kernel;
        this.risk = risk;
        this.needAreas = settings.needAreas();
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

    private static final Kernel.Op UPDATE_ONWARD = Kernel.Op.write("safety.updateOnwardReferral",
            Permission.SHARE_INFORMATION, AuditAction.UPDATE, "onward-referral");
    private static final Kernel.Op ONWARD_LIST = Kernel.Op.read("safety.onwardReferrals",
            Permission.VIEW_SAFETY_RECORDS, "case");
    private static final Kernel.Op RISK_LIST = Kernel.Op.read("safety.riskEvents", Permission.VIEW_SAFETY_RECORDS,
            "case");
    private static final Kernel.Op SHARING_LIST = Kernel.Op.read("safety.sharingRegister",
            Permission.VIEW_SAFETY_RECORDS, "case");
    private static final Kernel.Op MARAC = Kernel.Op.write("safety.referToMarac", Permission.REFER_TO_MARAC,
            AuditAction.CREATE, "case");
    private static final Kernel.Op MARAC_OUTCOME = Kernel.Op.write("safety.recordMaracOutcome",
            Permission.REFER_TO_MARAC, AuditAction.UPDATE, "marac-referral");
    private static final Kernel.Op MARAC_LIST = Kernel.Op.read("safety.maracReferrals",
            Permission.VIEW_SAFETY_RECORDS, "case");

    /** The moves an onward referral may make. */
    private static final java.util.Map<OnwardReferralStatus, Set<OnwardReferralStatus>> NEXT = java.util.Map.of(
            OnwardReferralStatus.MADE, EnumSet.of(OnwardReferralStatus.ACCEPTED, OnwardReferralStatus.NOT_TAKEN_UP,
                    OnwardReferralStatus.CLOSED),
            OnwardReferralStatus.ACCEPTED, EnumSet.of(OnwardReferralStatus.ATTENDED, OnwardReferralStatus.ENGAGED,
                    OnwardReferralStatus.NOT_TAKEN_UP, OnwardReferralStatus.CLOSED),
            OnwardReferralStatus.ATTENDED, EnumSet.of(OnwardReferralStatus.ENGAGED, OnwardReferralStatus.NOT_TAKEN_UP,
                    OnwardReferralStatus.CLOSED),
            OnwardReferralStatus.ENGAGED, EnumSet.of(OnwardReferralStatus.ATTENDED, OnwardReferralStatus.CLOSED),
            OnwardReferralStatus.NOT_TAKEN_UP, EnumSet.of(OnwardReferralStatus.CLOSED),
            OnwardReferralStatus.CLOSED, EnumSet.noneOf(OnwardReferralStatus.class));

    @Override
    public OnwardReferral referOnward(ActingUser user, CaseId caseId, OnwardInput in) {
        return k.run(user, ONWARD, "caseId", caseId, ch -> {
            ch.valid("referral", in);
            if (in != null && in.need() != null && in.need().isPresent() && !needAreas.contains(in.need().get())) {
                ch.check(() -> {
                    throw new org.dvpp.domain.InvalidInputException("referral.need", "known-need-area",
                            "referral.need is not one of the agency's need areas " + needAreas);
                });
            }
        }, tx -> {
            tx.cases().get(caseId);
            OnwardReferral r = new OnwardReferral(OnwardReferralId.random(), user.agency(), caseId, k.today(),
                    in.service(), in.organisation(), OnwardReferralStatus.MADE, user.id(), in.need());
            tx.onwardReferrals().insert(r);
            return r;
        });
    }

    @Override
    public OnwardReferral updateOnwardReferral(ActingUser user, OnwardReferralId referral,
            OnwardReferralStatus status) {
        return k.run(user, UPDATE_ONWARD, "referral", referral, ch -> ch.required("status", status), tx -> {
            org.dvpp.storage.spi.Versioned<OnwardReferral> v = tx.onwardReferrals().findVersioned(referral)
                    .orElseThrow(() -> new NotFoundException("onward referral", referral));
            OnwardReferral now = v.value();
            tx.cases().get(now.caseId());
            if (!NEXT.get(now.status()).contains(status)) {
                throw new org.dvpp.domain.InvalidInputException("status", "allowed-transition", "an onward referral "
                        + now.status() + " may move to " + NEXT.get(now.status()) + ", not " + status);
            }
            OnwardReferral next = now.withStatus(status);
            tx.onwardReferrals().update(next, v.version());
            return next;
        });
    }

    @Override
    public List<OnwardReferral> onwardReferrals(ActingUser user, CaseId caseId) {
        return k.run(user, ONWARD_LIST, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return tx.onwardReferrals().listForCase(caseId);
        });
    }

    @Override
    public List<RiskEvent> riskEvents(ActingUser user, CaseId caseId) {
        return k.run(user, RISK_LIST, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return tx.riskEvents().listForCase(caseId).stream().sorted(Comparator.comparing(RiskEvent::occurredAt)
                    .thenComparing(e -> e.id().value())).toList();
        });
    }

    @Override
    public List<InformationSharingEntry> sharingRegister(ActingUser user, CaseId caseId) {
        return k.run(user, SHARING_LIST, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return tx.informationSharing().listForCase(caseId);
        });
    }

    @Override
    public MaracReferral referToMarac(ActingUser user, CaseId caseId, MaracInput in) {
        return k.run(user, MARAC, "caseId", caseId, ch -> {
            ch.valid("referral", in);
            if (in != null) {
                ch.notInFuture("referral.referredOn", in.referredOn(), k.today());
                if (in.meetingOn() != null && in.referredOn() != null && in.meetingOn().isPresent()
                        && in.meetingOn().get().isBefore(in.referredOn())) {
                    ch.check(() -> {
                        throw new org.dvpp.domain.InvalidInputException("referral.meetingOn", "after-referral",
                                "the meeting cannot be before the referral");
                    });
                }
            }
        }, tx -> {
            tx.cases().get(caseId);
            MaracReferral m = new MaracReferral(RecordId.random(), user.agency(), caseId, in.referredOn(),
                    in.criteria(), in.meetingOn(), MaracStatus.REFERRED, java.util.Optional.empty(), List.of(),
                    user.id());
            CaseDocuments.MARAC.insert(tx, m.id(), caseId, user.id(), k.now(), m);
            return m;
        });
    }

    @Override
    public MaracReferral recordMaracOutcome(ActingUser user, RecordId referral, MaracOutcomeInput in) {
        return k.run(user, MARAC_OUTCOME, "referral", referral, ch -> {
            ch.valid("outcome", in);
            if (in != null) {
                ch.notInFuture("outcome.meetingOn", in.meetingOn(), k.today());
            }
        }, tx -> {
            CaseDocuments.Stored<MaracReferral> stored = CaseDocuments.MARAC.get(tx, referral, "MARAC referral");
            MaracReferral m = stored.value();
            tx.cases().get(m.caseId());
            if (in.meetingOn().isBefore(m.referredOn())) {
                throw new org.dvpp.domain.InvalidInputException("outcome.meetingOn", "after-referral",
                        "the meeting cannot be before the referral of " + m.referredOn());
            }
            MaracReferral heard = new MaracReferral(m.id(), m.agency(), m.caseId(), m.referredOn(), m.criteria(),
                    java.util.Optional.of(in.meetingOn()), MaracStatus.HEARD, java.util.Optional.of(in.outcome()),
                    in.actions(), m.referredBy());
            return CaseDocuments.MARAC.update(tx, stored, heard);
        });
    }

    @Override
    public List<MaracReferral> maracReferrals(ActingUser user, CaseId caseId) {
        return k.run(user, MARAC_LIST, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.MARAC.list(tx, caseId);
        });
    }
}
