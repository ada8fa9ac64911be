package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.FamilyCircumstances;
import org.dvpp.domain.casework.PartnerReportedOutcome;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.PartnerAccessBundle;
import org.dvpp.programme.Permission;
import org.dvpp.programme.SubjectAccess;
import org.dvpp.programme.SubjectAccessBundle;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Subject access bundles for a man and for a person at risk, made in one transaction and audited as an export. */
final class SubjectAccessImpl implements SubjectAccess {
    private static final Kernel.Op PARTICIPANT = Kernel.Op.write("subjectAccess.participantBundle",
            Permission.SUBJECT_ACCESS, AuditAction.EXPORT, "case");
    private static final Kernel.Op PERSON_AT_RISK = Kernel.Op.write("subjectAccess.personAtRiskBundle",
            Permission.SUBJECT_ACCESS, AuditAction.EXPORT, "person-at-risk");

    private static final String PEOPLE = "People at risk";
    private static final String PARTNER_ACCOUNTS = "Partners' accounts";
    private static final String PARTNER_SUPPORT = "Partner support";

    private final Kernel k;

    @Inject
    SubjectAccessImpl(Kernel kernel) {
        this.k = kernel;
    }

    @Override
    public SubjectAccessBundle participantBundle(ActingUser user, CaseId caseId) {
        return k.run(user, PARTICIPANT, "caseId", caseId, ch -> { }, tx -> {
            // restricting processing does not take away his right of access: a restricted man's records are read
            tx.dataRights().revealRestricted();
            Case asked = tx.cases().get(caseId);
            Participant him = tx.participants().find(asked.participant())
                    .orElseThrow(() -> new NotFoundException("case", caseId));
            List<Case> cases = tx.cases().listForParticipant(him.id());
            List<PersonAtRisk> people = tx.peopleAtRisk().listForParticipant(him.id());
            // names to look for in his free text, for the reviewer: never written to the bundle
            List<String> names = new ArrayList<>();
            people.forEach(p -> names.add(p.contact().name()));
            for (Case c : cases) {
                for (FamilyCircumstances f : CaseDocuments.FAMILY.list(tx, c.id())) {
                    f.contactArrangements().forEach(a -> names.add(a.child()));
                }
            }
            SarWalker w = new SarWalker(SarWalker.Side.PARTICIPANT, names);
            List<Section> sections = new ArrayList<>();
            w.section("Participant", "participant", List.of(him)).ifPresent(sections::add);
            w.section("Referrals", "referral", tx.referrals().listForParticipant(him.id())).ifPresent(sections::add);
            w.section("Cases", "case", cases).ifPresent(sections::add);
            perCase(w, sections, cases, "Assessments", "assessment", c -> tx.assessments().listForCase(c));
            perCase(w, sections, cases, "Group places", "group place", c -> tx.allocations().forCase(c));
            perCase(w, sections, cases, "Waiting lists", "waiting-list place", c -> tx.allocations()
                    .waitingListsOf(c));
            perCase(w, sections, cases, "Attendance", "register line", c -> tx.groupSessions().attendanceForCase(c));
            perCase(w, sections, cases, "One-to-one places", "one-to-one place", c -> tx.oneToOnePlaces().forCase(c));
            perCase(w, sections, cases, "One-to-ones", "one-to-one", c -> tx.oneToOnes().listForCase(c));
            perCase(w, sections, cases, "Motivation check-ins", "check-in", c -> tx.motivationCheckIns()
                    .listForCase(c));
            perCase(w, sections, cases, "Motivation", "motivation sources", c -> CaseDocuments.MOTIVATION.list(tx, c));
            perCase(w, sections, cases, "Needs assessments", "needs assessment", c -> CaseDocuments.NEEDS.list(tx, c));
            perCase(w, sections, cases, "Support plans", "support plan", c -> CaseDocuments.PLANS.list(tx, c));
            perCase(w, sections, cases, "Family circumstances", "family circumstances", c -> CaseDocuments.FAMILY
                    .list(tx, c));
            perCase(w, sections, cases, "Equality monitoring", "equality monitoring", c -> CaseDocuments.EQUALITY
                    .list(tx, c));
            perCase(w, sections, cases, "Completion evaluations", "completion evaluation", c -> CaseDocuments
                    .EVALUATIONS.list(tx, c));
            perCase(w, sections, cases, "Aftercare places", "aftercare place", c -> CaseDocuments.AFTERCARE_PLACES
                    .list(tx, c));
            perCase(w, sections, cases, "Aftercare attendance", "aftercare attendance", c -> CaseDocuments
                    .AFTERCARE_ATTENDANCE.list(tx, c));
            perCase(w, sections, cases, "Onward referrals", "onward referral", c -> tx.onwardReferrals()
                    .listForCase(c));
            perCase(w, sections, cases, "Voided records", "voided record", c -> tx.voids().listForCase(c));
            // his risk records may show that she disclosed abuse or sought help: withheld until a reviewer has applied
            // the serious harm test, as kinds (a record's date or number could tell him when she spoke)
            mayReveal(w, cases, "Risk events", "risk event", c -> tx.riskEvents().listForCase(c));
            mayReveal(w, cases, "Information sharing", "sharing entry", c -> tx.informationSharing().listForCase(c));
            mayReveal(w, cases, "MARAC referrals", "MARAC referral", c -> CaseDocuments.MARAC.list(tx, c));
            // records about other people: withheld as kinds, so that neither their existence nor their number shows
            w.withholdAll(PEOPLE, "person at risk (partner, ex-partner, child or other family member)",
                    Exemption.THIRD_PARTY);
            w.withholdAll(PARTNER_ACCOUNTS, "partner-reported outcome", Exemption.SERIOUS_HARM);
            w.withholdAll(PARTNER_SUPPORT, "partner support's casework with a person at risk", Exemption.SERIOUS_HARM);
            return new SubjectAccessBundle(user.agency(), him.reference(), k.now(), sections, w.withheld(),
                    w.review());
        });
    }

    private static void perCase(SarWalker w, List<Section> sections, List<Case> cases, String title, String kind,
            Function<CaseId, List<? extends Record>> read) {
        List<Record> all = new ArrayList<>();
        for (Case c : cases) {
            all.addAll(read.apply(c.id()));
        }
        w.section(title, kind, all).ifPresent(sections::add);
    }

    private static void mayReveal(SarWalker w, List<Case> cases, String title, String kind,
            Function<CaseId, List<? extends Record>> read) {
        boolean any = false;
        for (Case c : cases) {
            any |= !read.apply(c.id()).isEmpty();
        }
        w.withholdAll(title, kind, Exemption.SERIOUS_HARM);
        if (any) {
            w.flagAll(title, kind, SubjectAccess.MAY_REVEAL_DISCLOSURE);
        }
    }

    @Override
    public PartnerAccessBundle personAtRiskBundle(ActingUser user, PersonAtRiskId person) {
        return k.run(user, PERSON_AT_RISK, "person", person, ch -> { }, tx -> {
            PersonAtRisk her = tx.peopleAtRisk().find(person)
                    .orElseThrow(() -> new NotFoundException("person at risk", person));
            var ps = tx.partnerSupport();
            SarWalker w = new SarWalker(SarWalker.Side.PERSON_AT_RISK, List.of());
            List<Section> sections = new ArrayList<>();
            w.section("Your details", "person at risk", List.of(her)).ifPresent(sections::add);
            ps.worker(person).ifPresent(worker -> sections.add(new Section("Your worker", List.of(new Entry("worker",
                    "", List.of(new Field("worker", worker.value().toString())))))));
            w.section("Contacts and attempts", "contact", ps.contacts(person)).ifPresent(sections::add);
            w.section("Your accounts", "account", ps.accounts(person)).ifPresent(sections::add);
            w.section("Safety plans", "safety plan", ps.safetyPlans(person)).ifPresent(sections::add);
            w.section("Signposting", "signposting", ps.signposting(person)).ifPresent(sections::add);
            w.section("Your answers about him", "partner-reported outcome", herReports(tx, her))
                    .ifPresent(sections::add);
            // the notifications are about his case (his status, his risk, his consent): his data, not hers
            if (!ps.notifications(person).isEmpty()) {
                w.withholdAll("Notifications to partner support", "notification about the man's case",
                        Exemption.THIRD_PARTY);
            }
            return new PartnerAccessBundle(user.agency(), person, k.now(), sections, w.withheld(), w.review());
        });
    }

    private static List<PartnerReportedOutcome> herReports(Transaction tx, PersonAtRisk her) {
        List<PartnerReportedOutcome> out = new ArrayList<>();
        for (Case c : tx.cases().listForParticipant(her.participant())) {
            for (PartnerReportedOutcome o : CaseDocuments.PARTNER_OUTCOMES.list(tx, c.id())) {
                if (o.person().equals(Optional.of(her.id()))) {
                    out.add(o);
                }
            }
        }
        return out;
    }
}
