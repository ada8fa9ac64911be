package org.dvpp.programme;

import org.dvpp.programme.events.ProgrammeEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.PartnerContactStatus;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The front door's information barrier, audit and error hygiene, against checklist items 1, 9 to 12, 14, 23 to 25, 28
 * and 29 of the security anchors, and the findings of the front-door issue. Every P0 field reachable through the front
 * door holds a unique marker; every read is then made as every role.
 */
class FrontDoorSecurityTest {
    private static final String P0 = "CANARY-P0-" + UUID.randomUUID();
    /** A marker in a P1 free-text field: the reasons for a professional judgement in a DASH risk assessment. */
    private static final String P1 = "CANARY-P1-" + UUID.randomUUID();
    private static Harness h;
    private static final ResearchExportKey RESEARCH_KEY = ResearchExportKey.generate();
    private static final RecordingListener events = new RecordingListener("canary-events", 0);
    private static CaseId marked;
    private static CaseId absent;
    private static GroupId group;
    /** The person at risk whose account of him is recorded: her id is P0 in that record, a marker of its own. */
    private static String partnerId;
    private static org.dvpp.domain.PersonAtRiskId person;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness(events);
        // a man with a marker in every P0 field the front door accepts
        marked = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-CANARY", LocalDate.parse(
                "1985-03-02"), "merton", ReferralSource.PROBATION, h.today(), new Referrer("National Probation Service",
                "probation officer", "npso-17"), "moved in with new partner in " + P0 + "-referral")).caseId();
        h.dvpp.cases().screen(h.practitioner, marked, ScreeningAnswers.of(true));
        h.dvpp.cases().decideSuitability(h.supervisor, marked, new Cases.SuitabilityInput(
                org.dvpp.domain.casework.Suitability.SUITABLE, h.practitioner.id(), List.of(h.intakeAssessment(marked))));
        h.dvpp.cases().recordConsent(h.practitioner, marked, h.consent());
        person = h.dvpp.safety().addPersonAtRisk(h.practitioner, marked, new Safety.NewPersonAtRisk(
                Relationship.EX_PARTNER, new ContactDetails(P0 + "-name", Optional.of(LocalDate.parse("1990-01-01")),
                        P0.substring(0, 30), P0 + "-address", P0 + "-notes"), false));
        // partner support's casework with her, a marker in every P0 field
        PartnerSupport ps = h.dvpp.partnerSupport();
        ps.assignWorker(h.partnerSupport, person, h.partnerSupport.id());
        ps.recordContact(h.partnerSupport, person, new PartnerSupport.ContactInput(h.clock.instant(),
                org.dvpp.domain.safety.ContactChannel.PHONE, org.dvpp.domain.safety.ContactOutcome.SPOKE,
                P0 + "-ps-times", P0 + "-ps-ways", P0 + "-ps-notes"));
        ps.recordAccount(h.partnerSupport, person, new PartnerSupport.AccountInput(h.today(),
                org.dvpp.domain.safety.AccountKind.RISK, Optional.of(2), P0 + "-ps-account"));
        ps.recordSafetyPlan(h.partnerSupport, person, new PartnerSupport.SafetyPlanInput(h.today(),
                h.today().plusWeeks(4), List.of(new org.dvpp.domain.safety.SafetyAction(P0 + "-ps-action",
                        P0 + "-ps-by", Optional.empty(), false))));
        ps.recordSignposting(h.partnerSupport, person, new PartnerSupport.SignpostingInput(h.today(),
                org.dvpp.domain.safety.SignpostService.REFUGE, P0 + "-ps-refuge", P0 + "-ps-signpost"));
        h.dvpp.safety().recordRiskEvent(h.practitioner, marked, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                h.clock.instant(), RiskLevel.MEDIUM, Set.of(), Optional.empty(), P0 + "-risk"));
        h.dvpp.safety().recordSharing(h.practitioner, marked, new Safety.SharingInput(h.today(),
                SharingRecipient.MARAC, "MARAC coordinator", P0 + "-what", P0 + "-why", LawfulBasis.CONSENT));
        java.util.Map<String, String> dash = new java.util.LinkedHashMap<>();
        for (int q = 1; q <= 24; q++) {
            dash.put("Q" + q, q <= 6 ? "yes" : "no");
        }
        dash.put("PJ", "yes");
        dash.put("PJ_REASONS", "escalating pattern; " + P1 + "-pj");
        h.dvpp.assessments().record(h.practitioner, marked, new Assessments.NewAssessment("dash-ric",
                org.dvpp.domain.casework.TimePoint.AD_HOC, h.today(), dash));
        // issue 11: needs, plan, motivation, children's contact, MARAC outcome, a partner's account
        h.dvpp.casework().assessNeeds(h.practitioner, marked, new Casework.NeedsInput(h.today(), Map.of("housing",
                org.dvpp.domain.casework.NeedLevel.HIGH), P0 + "-needs"));
        var plan = h.dvpp.casework().agreeSupportPlan(h.practitioner, marked, new Casework.PlanInput(h.today(), List.of(
                new Casework.GoalInput("housing", P0 + "-goal", h.today().plusWeeks(2)))));
        h.dvpp.casework().reviewSupportPlan(h.practitioner, plan.id(), new Casework.PlanReviewInput(h.today(), List.of(
                org.dvpp.domain.casework.GoalStatus.IN_PROGRESS), List.of(h.today().plusWeeks(4)), P0 + "-review"));
        h.dvpp.casework().recordMotivationSources(h.practitioner, marked, new Casework.MotivationInput(h.today(),
                Set.of(org.dvpp.domain.casework.MotivationSource.RELATIONSHIP), Optional.empty(), P0 + "-motivation"));
        h.dvpp.casework().recordFamily(h.practitioner, marked, new Casework.FamilyInput(h.today(),
                org.dvpp.domain.casework.ParentStatus.CHILDREN_LIVE_ELSEWHERE, List.of(new Casework.ChildContactInput(
                        P0 + "-child", Optional.of(org.dvpp.domain.casework.ContactKind.SUPERVISED), Optional.of(true),
                        P0 + "-contact"))));
        var marac = h.dvpp.safety().referToMarac(h.practitioner, marked, new Safety.MaracInput(h.today(), Set.of(
                org.dvpp.domain.safety.MaracCriterion.PROFESSIONAL_JUDGEMENT), Optional.empty()));
        h.dvpp.safety().recordMaracOutcome(h.supervisor, marac.id(), new Safety.MaracOutcomeInput(h.today(),
                P0 + "-marac", List.of(P0 + "-action")));
        var her = h.dvpp.safety().peopleAtRisk(h.partnerSupport, marked).get(0).id();
        partnerId = her.toString();
        Map<String, String> herAnswers = new java.util.HashMap<>();
        for (int i = 1; i <= 9; i++) {
            herAnswers.put("Q" + i, "3");
        }
        h.dvpp.assessments().recordPartnerReport(h.partnerSupport, marked, new Assessments.PartnerReport("phq-9",
                org.dvpp.domain.casework.TimePoint.INTAKE, h.today(), herAnswers, Optional.of(her)));
        h.dvpp.safety().referOnward(h.practitioner, marked, new Safety.OnwardInput(
                org.dvpp.domain.casework.OnwardService.HOUSING, "Housing Options", Optional.of("housing")));
        group = h.closedGroup(12);
        h.dvpp.groups().allocate(h.manager, group, marked);
        h.dvpp.cases().suspend(h.practitioner, marked, "partner asked for a pause: " + P0 + "-suspend");
        h.dvpp.cases().resume(h.practitioner, marked);

        absent = h.refer();
        h.dvpp.cases().recordPartnerContactAbsence(h.practitioner, absent, "she fled to a refuge in " + P0 + "-absent");
        h.dvpp.events().dispatchPending();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    /** Every read of the front door, as one user. */
    private static List<Object> everyRead(ActingUser u) {
        List<Supplier<Object>> reads = List.of(
                () -> h.dvpp.agencies().get(u),
                () -> h.dvpp.cases().get(u, marked),
                () -> h.dvpp.cases().get(u, absent),
                () -> h.dvpp.cases().startBlockers(u, marked),
                () -> h.dvpp.assessments().list(u, marked),
                () -> h.dvpp.safety().peopleAtRisk(u, marked),
                () -> h.dvpp.safety().currentRisk(u, marked),
                () -> h.dvpp.partnerSupport().record(u, person),
                () -> h.dvpp.partnerSupport().tasks(u),
                () -> h.dvpp.partnerSupport().unallocatedTasks(u),
                () -> h.dvpp.partnerSupport().caseload(u),
                () -> h.dvpp.partnerSupport().glassAccesses(u, h.today().minusYears(1)),
                () -> h.dvpp.partnerships().agreements(u),
                () -> h.dvpp.partnerships().organisations(u),
                () -> h.dvpp.partnerships().shares(u, marked),
                () -> h.dvpp.partnerships().received(u),
                () -> h.dvpp.groups().sessions(u, group),
                () -> h.dvpp.groups().waitingList(u, group),
                () -> h.dvpp.completion().progress(u, marked),
                () -> h.dvpp.completion().schedule(u, marked),
                () -> h.dvpp.aftercare().places(u, marked),
                () -> h.dvpp.aftercare().attendance(u, marked),
                () -> h.dvpp.alerts().current(u),
                () -> h.dvpp.reports().funnel(u, h.today().minusYears(1), h.today().plusDays(1)),
                () -> h.dvpp.reports().attendance(u),
                () -> h.dvpp.reports().occupancy(u),
                () -> h.dvpp.casework().needsAssessments(u, marked),
                () -> h.dvpp.casework().supportPlans(u, marked),
                () -> h.dvpp.casework().motivation(u, marked),
                () -> h.dvpp.casework().checkIns(u, marked),
                () -> h.dvpp.casework().family(u, marked),
                () -> h.dvpp.assessments().partnerReports(u, marked),
                () -> h.dvpp.assessments().evaluations(u, marked),
                () -> h.dvpp.safety().riskEvents(u, marked),
                () -> h.dvpp.safety().sharingRegister(u, marked),
                () -> h.dvpp.safety().onwardReferrals(u, marked),
                () -> h.dvpp.safety().maracReferrals(u, marked),
                () -> h.dvpp.reports().equality(u, org.dvpp.domain.participant.ProtectedCharacteristic.RACE,
                        org.dvpp.reporting.DisclosurePolicy.DEFAULT),
                () -> h.dvpp.subjectAccess().participantBundle(u, marked),
                () -> h.dvpp.subjectAccess().personAtRiskBundle(u, person),
                () -> h.dvpp.research().export(u, RESEARCH_KEY),
                () -> h.dvpp.dataRights().restrictedRecord(u, h.get(marked).participant()),
                () -> h.dvpp.dataRights().holds(u, h.get(marked).participant()),
                () -> h.dvpp.dataRights().restriction(u, h.get(marked).participant()));
        List<Object> out = new ArrayList<>();
        for (Supplier<Object> read : reads) {
            try {
                out.add(read.get());
            } catch (AccessDeniedException | NotFoundException refused) {
                out.add(refused.getMessage() + " " + refused);
            }
        }
        return out;
    }

    /** Every value of a result, sensitive ones included: record components are read, not printed. */
    static String dump(Object value) {
        StringBuilder b = new StringBuilder();
        dump(value, b);
        return b.toString();
    }

    private static void dump(Object value, StringBuilder b) {
        if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    b.append(rc.getName()).append('=');
                    dump(rc.getAccessor().invoke(r), b);
                    b.append(';');
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> dump(v, b));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> dump(v, b));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                dump(k, b);
                dump(v, b);
            });
        } else {
            b.append(value);
        }
    }

    private static ActingUser as(Role role) {
        return ActingUser.of(UserId.random(), h.agency, role);
    }

    @Test
    void item10_noP0MarkerReachesARoleWithoutP0Access() {
        for (Role role : Role.values()) {
            String seen = dump(everyRead(as(role)));
            if (AccessPolicy.standard().mayRead(role, DataClass.P0)) {
                continue;
            }
            assertThat(seen).as("what %s sees", role).doesNotContain(P0).doesNotContain(partnerId);
        }
        // the markers are really there for those who may see them, so the check above is not vacuous
        assertThat(dump(everyRead(as(Role.PARTNER_SUPPORT)))).contains(P0 + "-name", P0 + "-address");
        assertThat(dump(everyRead(as(Role.SAFEGUARDING_LEAD)))).contains(P0 + "-ps-notes", P0 + "-ps-ways",
                P0 + "-ps-times", P0 + "-ps-account", P0 + "-ps-action", P0 + "-ps-by", P0 + "-ps-refuge",
                P0 + "-ps-signpost");
        // her worker's own task list and caseload: the start and the rise in risk, her details with them
        assertThat(h.dvpp.partnerSupport().tasks(h.partnerSupport)).extracting(t -> t.kind()).contains(
                org.dvpp.domain.safety.NotificationKind.RISK_RISE, org.dvpp.domain.safety.NotificationKind.PROGRAMME_START);
        assertThat(dump(h.dvpp.partnerSupport().caseload(h.partnerSupport))).contains(P0 + "-name");
        assertThat(dump(everyRead(as(Role.SUPERVISOR)))).contains(P0 + "-suspend", P0 + "-absent");
        assertThat(dump(everyRead(as(Role.PARTNER_SUPPORT)))).contains(P0 + "-child", P0 + "-contact", P0 + "-marac",
                P0 + "-action", P0 + "-risk", P0 + "-why", partnerId);
        assertThat(dump(everyRead(as(Role.SUPERVISOR)))).contains(P0 + "-needs", P0 + "-goal", P0 + "-review",
                P0 + "-motivation");
    }

    @Test
    void item10_noP1MarkerReachesARoleWithoutP1Access() {
        for (Role role : Role.values()) {
            if (AccessPolicy.standard().mayRead(role, DataClass.P1)) {
                continue;
            }
            assertThat(dump(everyRead(as(role)))).as("what %s sees", role).doesNotContain(P1);
        }
        // the marker is there for those who may read P1, so the check above is not vacuous
        assertThat(dump(everyRead(as(Role.PRACTITIONER)))).contains(P1 + "-pj");
    }

    @Test
    void item30_noP0MarkerInAnyMansSubjectAccessBundleAsJsonOrHtml() {
        ActingUser dpo = as(Role.DATA_PROTECTION_OFFICER);
        for (CaseId c : List.of(marked, absent)) {
            SubjectAccessBundle b = h.dvpp.subjectAccess().participantBundle(dpo, c);
            for (String out : List.of(b.toJson(), b.toHtml(), dump(b))) {
                assertThat(out).doesNotContain(P0).doesNotContain(partnerId).doesNotContain(person.toString());
            }
            assertThat(b.withheld()).isNotEmpty();
        }
        // not vacuous: his own P1 data is in his bundle, and her bundle holds the markers of her record
        assertThat(h.dvpp.subjectAccess().participantBundle(dpo, marked).toJson()).contains(P1 + "-pj", "PH-CANARY");
        assertThat(h.dvpp.subjectAccess().personAtRiskBundle(dpo, person).toJson()).contains(P0 + "-name",
                P0 + "-address", P0 + "-ps-notes", P0 + "-ps-account", P0 + "-ps-action", P0 + "-ps-signpost");
    }

    @Test
    void item33_noP0OrFreeTextMarkerNameReferenceOrDateOfBirthInAnyResearchExportFile() {
        ResearchExport e = h.dvpp.research().export(as(Role.DATA_PROTECTION_OFFICER), RESEARCH_KEY);
        assertThat(e.files()).containsKeys("participants.csv", "cases.csv", "assessments.csv", "data-dictionary.csv");
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).doesNotContain(P0).doesNotContain(P1).doesNotContain(partnerId)
                    .doesNotContain("PH-CANARY").doesNotContain("1985-03-02").doesNotContain("Jane Example")
                    .doesNotContain(marked.value().toString());
        }
        assertThat(e.files().get("assessments.csv")).contains("dash-ric");
    }

    @Test
    void aCaseReadByAFacilitatorHasItsReasonsWithheldNotRefusedWhole() {
        var c = h.dvpp.cases().get(h.facilitator, absent);
        assertThat(c.id()).isEqualTo(absent);
        assertThat(((PartnerContactStatus.Absent) c.partnerContact()).reason()).isEqualTo("[withheld]");
        var m = h.dvpp.cases().get(h.facilitator, marked);
        assertThat(m.history()).isNotEmpty().allSatisfy(t -> assertThat(t.reason()).doesNotContain(P0));
        assertThat(m.history()).anySatisfy(t -> assertThat(t.reason()).isEqualTo("[withheld]"));
    }

    @Test
    void item24_noMarkerInAnyLogLineOrEventPayload() throws IOException {
        everyRead(h.supervisor);
        h.dvpp.events().dispatchPending();
        assertThat(events.events()).isNotEmpty();
        assertThat(dump(events.events())).doesNotContain(P0).doesNotContain(P1);
        Path log = Path.of(System.getProperty("dvpp.traceLog", "target/programme-trace.log"));
        assertThat(log).exists();
        String all = Files.readString(log);
        assertThat(all).as("the trace log is written").contains("pipeline");
        assertThat(all).doesNotContain(P0).doesNotContain(P1);
    }

    @Test
    void item11_anotherAgencysRecordOrAnUnknownIdIsNotFoundForEveryRoleAndTheAttemptIsAudited() {
        AgencyId other = AgencyId.random();
        h.dvpp.agencies().register(ActingUser.of(UserId.random(), other, Role.ADMINISTRATOR), new Agencies.AgencyDetails(
                "Another agency in the same deployment", new org.dvpp.domain.agency.ServiceArea(List.of(
                        new org.dvpp.domain.agency.Area("croydon", "Croydon")))));
        for (Role role : Role.values()) {
            ActingUser stranger = ActingUser.of(UserId.random(), other, role);
            for (Object answer : List.of(
                    attempt(() -> h.dvpp.cases().get(stranger, marked)),
                    attempt(() -> h.dvpp.safety().currentRisk(stranger, marked)),
                    attempt(() -> h.dvpp.safety().peopleAtRisk(stranger, marked)),
                    attempt(() -> h.dvpp.partnerSupport().record(stranger, person)),
                    attempt(() -> h.dvpp.partnerships().shares(stranger, marked)),
                    attempt(() -> h.dvpp.partnerships().sharedCase(stranger, org.dvpp.domain.CaseShareId.random())),
                    attempt(() -> h.dvpp.partnerships().shareCase(stranger, marked, new Partnerships.ShareInput(
                            org.dvpp.domain.AgreementId.random(), h.agency, "what", "why"))),
                    attempt(() -> h.dvpp.groups().sessions(stranger, group)),
                    attempt(() -> h.dvpp.groups().waitingList(stranger, group)),
                    attempt(() -> h.dvpp.safety().currentRisk(stranger, CaseId.random())))) {
                assertThat(answer).as("%s of another agency", role).isInstanceOfAny(NotFoundException.class,
                        AccessDeniedException.class);
            }
        }
        // a role that may read it: not found, never a default risk level
        ActingUser lead = ActingUser.of(UserId.random(), other, Role.SAFEGUARDING_LEAD);
        assertThatThrownBy(() -> h.dvpp.safety().currentRisk(lead, marked)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.safety().currentRisk(h.supervisor, CaseId.random()))
                .isInstanceOf(NotFoundException.class);
        List<AuditEntry> audit = h.audit(other);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.NOT_FOUND);
            assertThat(e.actor()).isEqualTo(lead.id());
            assertThat(e.entityId()).isEqualTo(marked.value());
        });
        assertThat(audit).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.DENIED));
    }

    private static Object attempt(Supplier<Object> call) {
        try {
            return call.get();
        } catch (DvppException e) {
            return e;
        }
    }

    @Test
    void aFacilitatorReachesOnlyTheGroupsHeOrSheRuns() {
        ActingUser otherFacilitator = ActingUser.of(UserId.random(), h.agency, Role.FACILITATOR);
        assertThat(h.dvpp.groups().sessions(h.facilitator, group)).isNotEmpty();
        assertThatThrownBy(() -> h.dvpp.groups().sessions(otherFacilitator, group))
                .isInstanceOf(NotFoundException.class);
        var first = h.dvpp.groups().sessions(h.facilitator, group).get(0);
        assertThatThrownBy(() -> h.dvpp.groups().takeRegister(otherFacilitator, first.id(), List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void item12_aPermissionTakenAwayTakesEffectOnTheNextCall() throws Exception {
        Set<Role> mayViewPeople = ConcurrentHashMap.newKeySet();
        mayViewPeople.add(Role.PARTNER_SUPPORT);
        AccessPolicy live = new TestPolicy() {
            @Override
            public boolean allows(Role role, Permission permission) {
                if (permission == Permission.VIEW_PEOPLE_AT_RISK) {
                    return mayViewPeople.contains(role);
                }
                return AccessPolicy.standard().allows(role, permission);
            }

            @Override
            public boolean mayRead(Role role, DataClass dataClass) {
                return AccessPolicy.standard().mayRead(role, dataClass);
            }
        };
        try (Harness local = new Harness(b -> b.accessPolicy(live))) {
            CaseId c = local.refer();
            local.addPartner(c);
            assertThat(local.dvpp.safety().peopleAtRisk(local.partnerSupport, c)).hasSize(1);
            mayViewPeople.remove(Role.PARTNER_SUPPORT);
            assertThatThrownBy(() -> local.dvpp.safety().peopleAtRisk(local.partnerSupport, c))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(local.audit(local.agency)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                assertThat(e.actor()).isEqualTo(local.partnerSupport.id());
            });
        }
    }

    @Test
    void item14_startingWithAPolicyThatLetsAPerpetratorFacingRoleReadP0Fails() {
        for (Role facing : EnumSet.of(Role.FACILITATOR, Role.PRACTITIONER, Role.CASE_MANAGER)) {
            AccessPolicy leaky = new TestPolicy() {
                @Override
                public boolean allows(Role role, Permission permission) {
                    return AccessPolicy.standard().allows(role, permission);
                }

                @Override
                public boolean mayRead(Role role, DataClass dataClass) {
                    return role == facing || AccessPolicy.standard().mayRead(role, dataClass);
                }
            };
            assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(h.dir.resolve("never")).keyProvider(
                    org.dvpp.storage.spi.KeyProviders.keysetFile(h.dir.resolve("keyset.json"))).accessPolicy(leaky)
                    .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining(facing.name());
        }
        assertThat(Files.exists(h.dir.resolve("never"))).isFalse();
    }

    @Test
    void item23_everyReadOfP0IsAuditedOnceInTheSameTransactionWithItsFields() {
        ActingUser worker = ActingUser.of(UserId.random(), h.agency, Role.PARTNER_SUPPORT);
        h.dvpp.safety().peopleAtRisk(worker, marked);
        List<AuditEntry> mine = h.audit(h.agency).stream().filter(e -> e.actor().equals(worker.id())).toList();
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.entityId()).isEqualTo(marked.value());
            assertThat(e.purpose()).contains("safety.peopleAtRisk").contains("contact.name").contains("p0");
            assertThat(e.at()).isEqualTo(h.clock.instant());
        });
        // a facilitator's read of the same case, with every P0 field withheld, is not a read of P0
        ActingUser facilitator = ActingUser.of(UserId.random(), h.agency, Role.FACILITATOR);
        h.dvpp.cases().get(facilitator, marked);
        assertThat(h.audit(h.agency)).noneMatch(e -> e.actor().equals(facilitator.id()));
        // the supervisor's read of its reasons is
        ActingUser supervisor = ActingUser.of(UserId.random(), h.agency, Role.SUPERVISOR);
        h.dvpp.cases().get(supervisor, marked);
        assertThat(h.audit(h.agency)).filteredOn(e -> e.actor().equals(supervisor.id())).singleElement()
                .satisfies(e -> assertThat(e.purpose()).contains("history.reason"));
    }

    @Test
    void everyChangeAndEveryRefusalIsAudited() {
        CaseId c = h.refer();
        h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(true));
        ActingUser facilitator = ActingUser.of(UserId.random(), h.agency, Role.FACILITATOR);
        assertThatThrownBy(() -> h.dvpp.cases().withdraw(facilitator, c, "no"))
                .isInstanceOf(AccessDeniedException.class);
        List<AuditEntry> audit = h.audit(h.agency);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.entityId()).isEqualTo(c.value());
            assertThat(e.purpose()).isEqualTo("cases.screen");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
            assertThat(e.actor()).isEqualTo(facilitator.id());
            assertThat(e.purpose()).startsWith("cases.withdraw correlation ");
        });
    }

    @Test
    void item28_errorsCarryACodeAndACorrelationIdAndNoSensitiveValue() {
        List<DvppException> failures = new ArrayList<>();
        failures.add(catchThrowableOfType(() -> h.dvpp.cases().withdraw(h.facilitator, marked, P0),
                AccessDeniedException.class));
        failures.add(catchThrowableOfType(() -> h.dvpp.cases().withdraw(h.practitioner, marked, P0 + "\u0000"),
                InvalidInputException.class));
        failures.add(catchThrowableOfType(() -> h.dvpp.cases().get(h.supervisor, CaseId.random()),
                NotFoundException.class));
        failures.add(catchThrowableOfType(() -> h.dvpp.cases().reopen(h.supervisor, marked, P0),
                org.dvpp.domain.casework.IllegalTransitionException.class));
        for (DvppException e : failures) {
            assertThat(e).isNotNull();
            assertThat(e.errorCode()).matches("[a-z]+(-[a-z]+)*");
            assertThat(e.correlationId()).isNotBlank();
            assertThat(e.toString()).contains(e.errorCode()).contains(e.correlationId());
            assertThat(e.getMessage() + e).doesNotContain(P0).doesNotContainIgnoringCase("select ")
                    .doesNotContain("\tat ");
        }
        assertThat(failures).extracting(DvppException::correlationId).doesNotHaveDuplicates();
        assertThat(h.audit(h.agency)).anySatisfy(a -> assertThat(a.purpose()).contains(failures.get(0)
                .correlationId()));
    }

    @Test
    void item29_aFailingPolicyOrAuditChangesNothing() throws Exception {
        AccessPolicy broken = new TestPolicy() {
            @Override
            public boolean allows(Role role, Permission permission) {
                if (permission == Permission.MANAGE_CASE) {
                    throw new IllegalStateException("policy store unreachable");
                }
                return AccessPolicy.standard().allows(role, permission);
            }

            @Override
            public boolean mayRead(Role role, DataClass dataClass) {
                return AccessPolicy.standard().mayRead(role, dataClass);
            }
        };
        try (Harness local = new Harness(b -> b.accessPolicy(broken))) {
            CaseId c = local.refer();
            assertThatThrownBy(() -> local.dvpp.cases().withdraw(local.practitioner, c, "moved away"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(local.get(c).status()).isEqualTo(CaseStatus.REFERRED);
        }
    }

    @Test
    void withdrawingConsentMidProgrammeSuspendsHimAndTellsPartnerSupport() throws Exception {
        RecordingListener told = new RecordingListener("partner-support", 0);
        try (Harness local = new Harness(told)) {
            GroupId g = local.closedGroup(12);
            CaseId c = local.readyMan();
            local.dvpp.groups().allocate(local.manager, g, c);
            assertThat(local.get(c).status()).isEqualTo(CaseStatus.IN_PROGRAMME);
            var after = local.dvpp.cases().withdrawConsent(local.practitioner, c, local.today());
            assertThat(after.status()).isEqualTo(CaseStatus.SUSPENDED);
            assertThat(after.consent().orElseThrow().isInForce()).isFalse();
            local.dvpp.events().dispatchPending();
            assertThat(told.forPartnerSupport()).anySatisfy(e -> {
                assertThat(e).isInstanceOfSatisfying(org.dvpp.programme.events.ConsentChangedEvent.class, cc -> {
                    assertThat(cc.withdrawn()).isTrue();
                    assertThat(cc.statusAfter()).isEqualTo(CaseStatus.SUSPENDED);
                    assertThat(cc.scope()).isEmpty();
                });
            });
            assertThat(local.audit(local.agency)).anySatisfy(e ->
                    assertThat(e.purpose()).isEqualTo("cases.withdrawConsent"));
            // he cannot resume without consent in force
            assertThatThrownBy(() -> local.dvpp.cases().withdrawConsent(local.practitioner, c,
                    local.today().plusDays(1))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not-in-future");
        }
    }

    @Test
    void narrowingConsentIsRecordedAndAnnounced() throws Exception {
        RecordingListener told = new RecordingListener("partner-support", 0);
        try (Harness local = new Harness(told)) {
            CaseId c = local.readyMan();
            var after = local.dvpp.cases().narrowConsent(local.practitioner, c, Set.of(SharingScope.PARTNER_SUPPORT),
                    local.today());
            assertThat(after.consent().orElseThrow().scope()).containsExactly(SharingScope.PARTNER_SUPPORT);
            assertThatThrownBy(() -> local.dvpp.cases().narrowConsent(local.practitioner, c,
                    Set.of(SharingScope.PARTNER_SUPPORT, SharingScope.GP), local.today()))
                    .isInstanceOf(InvalidInputException.class);
            local.dvpp.events().dispatchPending();
            assertThat(told.forPartnerSupport()).anySatisfy(e -> {
                assertThat(e).isInstanceOfSatisfying(org.dvpp.programme.events.ConsentChangedEvent.class, cc -> {
                    assertThat(cc.withdrawn()).isFalse();
                    assertThat(cc.scope()).containsExactly(SharingScope.PARTNER_SUPPORT);
                });
            });
        }
    }

    @Test
    void item01_hostileTextIsRefusedNamingTheFieldAndNothingIsWritten() {
        Gen<String> hostile = Generate.pick(List.of("\u0000", "\r", "\n", "\u001b[31m", "\u202e", "\u2066", "\u007f",
                "\t")).zip(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 10), (bad, text) -> text + bad
                + text);
        var before = h.dvpp.reports().funnel(h.manager, h.today().minusYears(1), h.today().plusDays(1));
        QuickTheory.qt().withFixedSeed(20261202L).withExamples(60).forAll(hostile, SourceDSL.integers().between(0, 2))
                .checkAssert((text, field) -> {
                    Referrer referrer = field == 0 ? null : new Referrer("Probation", "officer", "ok");
                    Referrals.NewReferral r;
                    try {
                        r = new Referrals.NewReferral("PH-HOSTILE", LocalDate.parse("1985-03-02"),
                                field == 1 ? "merton" + text : "merton", ReferralSource.PROBATION, h.today(),
                                referrer == null ? new Referrer("Probation" + text, "officer", "ok") : referrer,
                                field == 2 ? text : "reason");
                    } catch (InvalidInputException refusedAtConstruction) {
                        assertThat(refusedAtConstruction.violations()).isNotEmpty();
                        return;
                    }
                    if (field == 2 && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0)
                            && text.chars().noneMatch(ch -> ch == 0 || ch == 0x1b || ch == 0x7f || ch == 0x202e
                                    || ch == 0x2066)) {
                        return; // a reason is multi-line free text: line breaks and tabs are allowed there
                    }
                    InvalidInputException e = catchThrowableOfType(() -> h.dvpp.referrals().receive(h.practitioner, r),
                            InvalidInputException.class);
                    assertThat(e).as("refused: %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                            .isNotNull();
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isIn("no-nul", "no-line-break",
                            "no-control-character", "no-bidi-control"));
                });
        assertThat(h.dvpp.reports().funnel(h.manager, h.today().minusYears(1), h.today().plusDays(1)))
                .isEqualTo(before);
    }

    @Test
    void oneRuleCodeForOneRuleWhicheverLayerCatchesIt() {
        String tooLong = "X".repeat(41);
        InvalidInputException frontDoor = catchThrowableOfType(() -> h.dvpp.referrals().receive(h.practitioner,
                new Referrals.NewReferral(tooLong, LocalDate.parse("1985-03-02"), "merton", ReferralSource.SELF,
                        h.today(), new Referrer("Self", "self", "none"), "")), InvalidInputException.class);
        InvalidInputException domain = catchThrowableOfType(() -> new Referrer("Self", "self", "R".repeat(500)),
                InvalidInputException.class);
        assertThat(frontDoor.violations()).extracting(org.dvpp.domain.Violation::rule).containsOnly("max-length");
        assertThat(domain.violations()).extracting(org.dvpp.domain.Violation::rule).containsOnly("max-length");
        InvalidInputException missing = catchThrowableOfType(() -> h.dvpp.referrals().receive(h.practitioner,
                new Referrals.NewReferral("PH-9", null, "merton", ReferralSource.SELF, h.today(),
                        new Referrer("Self", "self", "none"), "")), InvalidInputException.class);
        assertThat(missing.violations()).extracting(org.dvpp.domain.Violation::rule).containsOnly("required");
        InvalidInputException future = catchThrowableOfType(() -> h.dvpp.referrals().receive(h.practitioner,
                new Referrals.NewReferral("PH-10", LocalDate.parse("1899-12-31"), "merton", ReferralSource.SELF,
                        h.today(), new Referrer("Self", "self", "none"), "")), InvalidInputException.class);
        assertThat(future.violations()).extracting(org.dvpp.domain.Violation::rule).contains("plausible-date");
    }

    @Test
    void aCatchUpMustMakeUpASessionHisCurriculumHasAndNothingIsRecordedOtherwise() {
        InvalidInputException e = catchThrowableOfType(() -> h.dvpp.groups().recordOneToOne(h.practitioner, marked,
                new Groups.OneToOneInput(h.today(), java.time.Duration.ofHours(1),
                        org.dvpp.domain.group.OneToOneKind.CATCH_UP, org.dvpp.domain.group.AttendanceStatus.PRESENT,
                        Set.of(13))), InvalidInputException.class);
        assertThat(e.violations()).extracting(org.dvpp.domain.Violation::rule).containsExactly("range");
        assertThat(h.dvpp.completion().progress(h.supervisor, marked).coveredSessions()).doesNotContain(13);
        h.dvpp.groups().recordOneToOne(h.practitioner, marked, new Groups.OneToOneInput(h.today(),
                java.time.Duration.ofHours(1), org.dvpp.domain.group.OneToOneKind.CATCH_UP,
                org.dvpp.domain.group.AttendanceStatus.PRESENT, Set.of(12)));
    }

    @Test
    void recordsWithSensitiveReasonsDoNotPrintThem() {
        for (Object command : List.of(new CaseCommand.Withdraw(P0), new CaseCommand.Exclude(P0),
                new CaseCommand.ReturnToReferrer(P0), new CaseCommand.Suspend(P0),
                new CaseCommand.Close(P0, UserId.random()), new CaseCommand.Reopen(P0, UserId.random()),
                new CaseCommand.RecordPartnerContactAbsence(P0))) {
            assertThat(command.toString()).doesNotContain(P0).contains("<p0>");
        }
    }

    @Test
    void librariesLogThroughSlf4jNotJavaUtilLogging() throws IOException {
        // Hibernate Validator announces itself once, when the first SDK starts: on SLF4J, so in the trace log
        String all = Files.readString(Path.of(System.getProperty("dvpp.traceLog", "target/programme-trace.log")));
        assertThat(all).contains("HV000001");
    }

    @Test
    void item25_valuesInLogLinesCannotForgeALine() throws Exception {
        String forged = "boom\r\n2026-01-01 [main] INFO forged line \u001b[31mred\u2028";
        ProgrammeEventListener hostile = new ProgrammeEventListener() {
            @Override
            public String id() {
                return "hostile-listener";
            }

            @Override
            public int spiVersion() {
                return ProgrammeEventListener.SPI_VERSION;
            }

            @Override
            public void onEvent(ProgrammeEvent event) {
                throw new IllegalStateException(forged);
            }
        };
        try (Harness local = new Harness(hostile)) {
            local.refer();
            local.dvpp.events().dispatchPending();
        }
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("dvpp.traceLog",
                "target/programme-trace.log")));
        List<String> failures = lines.stream().filter(l -> l.contains("hostile-listener failed")).toList();
        assertThat(failures).isNotEmpty().allSatisfy(l -> assertThat(l).contains("WARN")
                .contains("java.lang.IllegalStateException").contains("boom\\u000d\\u000a2026-01-01")
                .doesNotContain("\u001b").doesNotContain("\u2028"));
        assertThat(lines).noneMatch(l -> l.startsWith("2026-01-01 [main] INFO forged line"));
    }

    @Test
    void closingTheSdkReleasesTheEmbeddedDatabaseForAnotherProcess() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-close");
        Path keys = dir.resolve("keyset.json");
        org.dvpp.storage.jdbc.Keysets.generate(keys);
        Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(
                org.dvpp.storage.spi.KeyProviders.keysetFile(keys)).build();
        dvpp.close();
        String h2 = java.util.stream.Stream.of(System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", "")).flatMap(p -> java.util.Arrays.stream(p.split(
                java.io.File.pathSeparator))).filter(p -> p.contains("h2")).filter(p -> p.endsWith(".jar"))
                .filter(p -> Path.of(p).getFileName().toString().startsWith("h2")).findFirst()
                .orElseThrow(() -> new AssertionError("no H2 jar on " + System.getProperty("jdk.module.path")));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(javaBin.toString(), "-cp", h2, "org.h2.tools.Shell", "-url",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath().resolve("dvpp") + ";IFEXISTS=TRUE", "-user", "sa",
                "-sql", "SELECT COUNT(*) FROM agency").redirectErrorStream(true).start();
        String output = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(other.waitFor()).as(output).isZero();
        assertThat(output).doesNotContain("already in use");
    }

    @Test
    void everyFrontDoorMethodChecksPermissionFirstAndAuditsTheRefusalUnderItsOwnName() throws Exception {
        try (Harness local = new Harness(b -> b.accessPolicy(FacadeWalk.ONLY_REGISTRATION))) {
            ActingUser walker = ActingUser.of(UserId.random(), local.agency, Role.ANALYST);
            List<String> called = new ArrayList<>();
            for (FacadeWalk.Call call : FacadeWalk.callEveryMethod(local.dvpp, walker)) {
                assertThat(call.thrown()).as(call.name()).isInstanceOf(AccessDeniedException.class);
                called.add(call.name());
            }
            assertThat(called).hasSizeGreaterThan(40);
            List<AuditEntry> audit = local.audit(local.agency);
            for (String name : called) {
                assertThat(audit).as(name).anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                    assertThat(e.actor()).isEqualTo(walker.id());
                    assertThat(e.purpose()).startsWith(name + " correlation ");
                });
            }
        }
    }

    /** A storage provider whose transactions' audit log fails on demand: the audit step of the pipeline, broken. */
    static org.dvpp.storage.spi.StorageProvider failingAudit(java.util.concurrent.atomic.AtomicBoolean fail) {
        var jdbc = new org.dvpp.storage.jdbc.JdbcStorageProvider();
        return new org.dvpp.storage.spi.StorageProvider() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "failing-audit";
            }

            @Override
            public org.dvpp.storage.spi.Storage open(org.dvpp.storage.spi.StorageConfig config) {
                org.dvpp.storage.spi.Storage real = jdbc.open(config);
                return proxy(org.dvpp.storage.spi.Storage.class, real, (method, args) -> {
                    if (method.getName().equals("inTransaction")) {
                        org.dvpp.storage.spi.TransactionWork<?> work = (org.dvpp.storage.spi.TransactionWork<?>) args[1];
                        org.dvpp.storage.spi.TransactionWork<Object> wrapped = tx -> work.run(proxy(
                                org.dvpp.storage.spi.Transaction.class, tx, (m2, a2) -> {
                                    if (m2.getName().equals("audit") && fail.get()) {
                                        return proxy(org.dvpp.storage.spi.AuditLog.class, tx.audit(), (m3, a3) -> {
                                            throw new org.dvpp.storage.spi.StorageUnavailableException(
                                                    "audit log unavailable (injected)", null);
                                        });
                                    }
                                    return m2.invoke(tx, a2);
                                }));
                        return real.inTransaction((AgencyId) args[0], wrapped);
                    }
                    return method.invoke(real, args);
                });
            }

            @Override
            public Optional<javax.sql.DataSource> embeddedDataSource(Path directory) {
                return jdbc.embeddedDataSource(directory);
            }
        };
    }

    interface Call {
        Object call(java.lang.reflect.Method m, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T real, Call handler) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> {
                    try {
                        return handler.call(m, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void auditFailureFailsTheCallAndChangesNothing(boolean postgres) throws Exception {
        var fail = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.Consumer<DvppBuilder> withFailingAudit = b -> b.addStorageProvider(failingAudit(fail))
                .storageProvider("failing-audit");
        try (Harness local = postgres ? Harness.onPostgres(withFailingAudit) : new Harness(withFailingAudit)) {
            CaseId c = local.refer();
            local.addPartner(c);
            local.dvpp.cases().screen(local.practitioner, c, ScreeningAnswers.of(true));
            fail.set(true);
            // a change whose audit entry cannot be written is not made
            assertThatThrownBy(() -> local.dvpp.cases().withdraw(local.practitioner, c, "moved away"))
                    .isInstanceOf(org.dvpp.storage.spi.StorageUnavailableException.class);
            // a read of P0 whose audit entry cannot be written returns nothing
            assertThatThrownBy(() -> local.dvpp.safety().peopleAtRisk(local.partnerSupport, c))
                    .isInstanceOf(org.dvpp.storage.spi.StorageUnavailableException.class);
            fail.set(false);
            assertThat(local.get(c).status()).isEqualTo(CaseStatus.ASSESSMENT);
            assertThat(local.audit(local.agency)).noneMatch(e -> e.purpose().startsWith("cases.withdraw"));
        }
    }

    @Test
    void item29_whenTheAuditWriteFailsTheCallFailsAndNothingChanges() throws Exception {
        auditFailureFailsTheCallAndChangesNothing(false);
    }

    @Test
    void item29_whenTheAuditWriteFailsTheCallFailsAndNothingChangesOnPostgres() throws Exception {
        auditFailureFailsTheCallAndChangesNothing(true);
    }

    @Test
    void item23_everyReadOfP0IsAuditedInTheSameTransactionOnPostgres() throws Exception {
        try (Harness local = Harness.onPostgres(b -> { })) {
            CaseId c = local.refer();
            local.addPartner(c);
            local.dvpp.safety().peopleAtRisk(local.partnerSupport, c);
            assertThat(local.audit(local.agency)).filteredOn(e -> e.actor().equals(local.partnerSupport.id()))
                    .singleElement().satisfies(e -> {
                        assertThat(e.action()).isEqualTo(AuditAction.READ);
                        assertThat(e.entityId()).isEqualTo(c.value());
                        assertThat(e.purpose()).contains("contact.name");
                    });
        }
    }

    @Test
    void item11_anotherAgencysCaseIsNotFoundAndTheAttemptAuditedOnPostgres() throws Exception {
        try (Harness local = Harness.onPostgres(b -> { })) {
            CaseId c = local.refer();
            AgencyId other = AgencyId.random();
            local.dvpp.agencies().register(ActingUser.of(UserId.random(), other, Role.ADMINISTRATOR),
                    new Agencies.AgencyDetails("Other", new org.dvpp.domain.agency.ServiceArea(List.of(
                            new org.dvpp.domain.agency.Area("croydon", "Croydon")))));
            ActingUser lead = ActingUser.of(UserId.random(), other, Role.SAFEGUARDING_LEAD);
            assertThatThrownBy(() -> local.dvpp.safety().currentRisk(lead, c)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> local.dvpp.cases().get(lead, c)).isInstanceOf(NotFoundException.class);
            assertThat(local.audit(other)).filteredOn(e -> e.action() == AuditAction.NOT_FOUND).hasSize(2);
        }
    }

    @Test
    void item09_everyRoleOperationAndDataClassMatchesThePolicyTable() throws IOException {
        PolicyTable documented = PolicyTable.read(Path.of("README.md"));
        AccessPolicy policy = AccessPolicy.standard();
        assertThat(documented.operations()).as("every operation has a row").containsExactlyInAnyOrder(
                Permission.values());
        assertThat(documented.dataClasses()).as("every data class has a row").containsExactlyInAnyOrder(
                DataClass.values());
        int checked = 0;
        for (Role role : Role.values()) {
            for (Permission op : Permission.values()) {
                for (DataClass dc : DataClass.values()) {
                    String expected = !documented.allows(role, op) ? "denied"
                            : documented.reads(role, dc) ? "read" : "withheld";
                    String actual = !policy.allows(role, op) ? "denied" : policy.mayRead(role, dc) ? "read"
                            : "withheld";
                    assertThat(actual).as("%s %s %s", role, op, dc).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * Permission.values().length * DataClass.values().length);
    }

    @Test
    void everyExportedRecordIsClassified() throws Exception {
        List<String> unclassified = new ArrayList<>();
        for (Module m : List.of(Dvpp.class.getModule(), DataClass.class.getModule(),
                org.dvpp.assessment.ScoreResult.class.getModule(), org.dvpp.curriculum.Progress.class.getModule(),
                org.dvpp.storage.spi.FunnelRow.class.getModule(),
                org.dvpp.reporting.PublishedReport.class.getModule())) {
            for (String pkg : m.getPackages()) {
                if (!m.isExported(pkg)) {
                    continue;
                }
                for (Class<?> type : ClassIndex.classesIn(m, pkg)) {
                    if (type.isRecord() && java.lang.reflect.Modifier.isPublic(type.getModifiers())
                            && !type.isAnnotationPresent(org.dvpp.domain.Classified.class)) {
                        unclassified.add(type.getName());
                    }
                }
            }
        }
        assertThat(unclassified).isEmpty();
    }
}
