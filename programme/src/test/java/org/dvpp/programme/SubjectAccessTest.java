package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.ContactKind;
import org.dvpp.domain.casework.NeedLevel;
import org.dvpp.domain.casework.ParentStatus;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.programme.SubjectAccess.Exemption;
import org.dvpp.programme.SubjectAccess.ReviewFlag;
import org.dvpp.programme.SubjectAccess.Withheld;
import org.dvpp.storage.spi.AuditAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subject access bundles (issue 13 point 4, checklist item 30): his without third parties, hers without his data. */
class SubjectAccessTest {
    private static final String MARK = "SAR-MARK-" + UUID.randomUUID();
    private static Harness h;
    private static ActingUser dpo;
    private static CaseId man;
    private static PersonAtRiskId her;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
        dpo = ActingUser.of(UserId.random(), h.agency, Role.DATA_PROTECTION_OFFICER);
        Seeded s = seed(h);
        man = s.man();
        her = s.her();
    }

    /** A man and his partner as the tests need them, in a harness. */
    record Seeded(CaseId man, PersonAtRiskId her) {
    }

    static Seeded seed(Harness h) {
        // his referral's reason names his partner; his needs notes name his child
        CaseId man = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-SAR-1", LocalDate.parse(
                "1984-07-09"), "merton", ReferralSource.PROBATION, h.today(), new Referrer("National Probation Service",
                "probation officer", "npso-17"), "assault on partner Rosalind " + MARK + "-referral")).caseId();
        h.dvpp.cases().screen(h.practitioner, man, ScreeningAnswers.of(true));
        h.intakeAssessment(man);
        PersonAtRiskId her = h.dvpp.safety().addPersonAtRisk(h.practitioner, man, new Safety.NewPersonAtRisk(
                Relationship.PARTNER, new ContactDetails("Rosalind Quill", Optional.empty(), "07700 900456", MARK + "-address",
                        MARK + "-safe-notes"), false));
        h.dvpp.casework().recordFamily(h.practitioner, man, new Casework.FamilyInput(h.today(),
                ParentStatus.CHILDREN_LIVE_ELSEWHERE, List.of(new Casework.ChildContactInput("Tobias", Optional.of(
                        ContactKind.SUPERVISED), Optional.of(true), MARK + "-child-contact"))));
        h.dvpp.casework().assessNeeds(h.practitioner, man, new Casework.NeedsInput(h.today(), Map.of("housing",
                NeedLevel.HIGH), "sofa surfing after Tobias was born " + MARK + "-needs"));
        h.dvpp.safety().recordRiskEvent(h.practitioner, man, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                h.clock.instant(), RiskLevel.HIGH, Set.of(), Optional.empty(), "threats by text " + MARK + "-risk"));
        // partner support's casework with her
        PartnerSupport ps = h.dvpp.partnerSupport();
        ps.assignWorker(h.partnerSupport, her, h.partnerSupport.id());
        ps.recordContact(h.partnerSupport, her, new PartnerSupport.ContactInput(h.clock.instant(),
                org.dvpp.domain.safety.ContactChannel.PHONE, org.dvpp.domain.safety.ContactOutcome.SPOKE,
                "after 2pm " + MARK + "-times", "text first " + MARK + "-ways", "she is at her sister's " + MARK
                        + "-contact-notes"));
        ps.recordSafetyPlan(h.partnerSupport, her, new PartnerSupport.SafetyPlanInput(h.today(),
                h.today().plusWeeks(4), List.of(new org.dvpp.domain.safety.SafetyAction(MARK + "-action", "her sister",
                        Optional.empty(), false))));
        // two DASH risk checklists: the professional judgement's reasons, a text answer (P1), name her in one only
        for (String reasons : List.of("Rosalind says he follows her home", "escalating pattern of control")) {
            Map<String, String> dash = new java.util.LinkedHashMap<>();
            for (int q = 1; q <= 24; q++) {
                dash.put("Q" + q, q <= 4 ? "yes" : "no");
            }
            dash.put("PJ", "yes");
            dash.put("PJ_REASONS", reasons);
            h.dvpp.assessments().record(h.practitioner, man, new Assessments.NewAssessment("dash-ric",
                    org.dvpp.domain.casework.TimePoint.AD_HOC, h.today(), dash));
        }
        // her own answers about him, on an instrument
        Map<String, String> answers = new java.util.HashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("Q" + i, "2");
        }
        h.dvpp.assessments().recordPartnerReport(h.partnerSupport, man, new Assessments.PartnerReport("phq-9",
                org.dvpp.domain.casework.TimePoint.INTAKE, h.today(), answers, Optional.of(her)));
        return new Seeded(man, her);
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    @Test
    void item30_aMansBundleHoldsNoThirdPartyDataListsEachWithheldItemWithItsExemptionAndFlagsNotesNamingThemForReview() {
        assertHisBundle(h, dpo, man, her);
    }

    @Test
    void item30_aMansBundleHoldsNoThirdPartyDataOnPostgres() throws Exception {
        try (Harness local = Harness.onPostgres(b -> { })) {
            Seeded s = seed(local);
            assertHisBundle(local, ActingUser.of(UserId.random(), local.agency, Role.DATA_PROTECTION_OFFICER), s.man(),
                    s.her());
        }
    }

    private static void assertHisBundle(Harness h, ActingUser dpo, CaseId man, PersonAtRiskId her) {
        SubjectAccessBundle b = h.dvpp.subjectAccess().participantBundle(dpo, man);
        String json = b.toJson();
        String html = b.toHtml();
        for (String out : List.of(json, html, FrontDoorSecurityTest.dump(b))) {
            assertThat(out).doesNotContain(MARK).doesNotContain("Rosalind").doesNotContain("Quill")
                    .doesNotContain("Tobias").doesNotContain("07700").doesNotContain(her.value().toString());
        }
        // his own data is there: his reference, date of birth, referral source, the assessment, the status, his needs
        assertThat(json).contains("PH-SAR-1", "1984-07-09", "probation", "audit-c", "\"needs.housing\" : \"high\"",
                "\"partnerContact\" : \"recorded\"");
        assertThat(b.sections()).extracting(SubjectAccess.Section::title).contains("Participant", "Referrals", "Cases",
                "Assessments", "Family circumstances", "Needs assessments")
                .doesNotContain("Risk events") // her disclosure could be read from it
                .doesNotContain("MARAC referrals", "Information sharing")
                .doesNotContain("Your answers about him"); // her account of him is hers, withheld from him
        assertThat(json).doesNotContain("phq-9");
        // each withheld item named with its exemption: the P0 fields of his records by record and field, and the
        // records about other people as kinds only
        String referralId = b.sections().stream().filter(s -> s.title().equals("Referrals")).findFirst().orElseThrow()
                .entries().get(0).id();
        assertThat(b.withheld()).contains(
                new Withheld("Referrals", "referral", Optional.of(referralId), "reason", Exemption.THIRD_PARTY))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::field, Withheld::exemption)
                        .containsExactly("Family circumstances", "contactArrangements", Exemption.THIRD_PARTY))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::field, Withheld::exemption)
                        .containsExactly("Cases", "partnerContact.people", Exemption.THIRD_PARTY))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::recordId, Withheld::field,
                        Withheld::exemption).containsExactly("Risk events", Optional.empty(), "*",
                                Exemption.SERIOUS_HARM))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::exemption)
                        .containsExactly("MARAC referrals", Exemption.SERIOUS_HARM))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::recordId, Withheld::field,
                        Withheld::exemption).containsExactly("People at risk", Optional.empty(), "*",
                                Exemption.THIRD_PARTY))
                .anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::exemption)
                        .containsExactly("Partner support", Exemption.SERIOUS_HARM));
        assertThat(json).contains("\"exemption\" : \"THIRD_PARTY\"", "Sch. 2 Part 3 para 16", "SERIOUS_HARM");
        assertThat(html).contains("Sch. 2 Part 3 para 16").contains("Content-Security-Policy").doesNotContain("<script");
        // free text that names a linked person is flagged as such; other free text for review too; all withheld
        assertThat(b.forReview()).contains(
                new ReviewFlag("Referrals", "referral", Optional.of(referralId), "reason",
                        SubjectAccess.NAMES_LINKED_PERSON, true))
                .anySatisfy(r -> assertThat(r).extracting(ReviewFlag::section, ReviewFlag::field, ReviewFlag::reason)
                        .containsExactly("Needs assessments", "notes", SubjectAccess.NAMES_LINKED_PERSON))
                .anySatisfy(r -> assertThat(r).extracting(ReviewFlag::section, ReviewFlag::field, ReviewFlag::reason)
                        .containsExactly("Risk events", "*", SubjectAccess.MAY_REVEAL_DISCLOSURE))
                .noneSatisfy(r -> assertThat(r.section()).isEqualTo("MARAC referrals")) // he has none to review
                .filteredOn(r -> !r.section().equals("Assessments"))
                .allSatisfy(r -> assertThat(r.withheld()).isTrue());
        // his own text answers: the one naming her withheld, the other given; both for review
        assertThat(b.forReview()).filteredOn(r -> r.field().equals("answers.PJ_REASONS"))
                .extracting(ReviewFlag::reason, ReviewFlag::withheld).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SubjectAccess.NAMES_LINKED_PERSON, true),
                        org.assertj.core.groups.Tuple.tuple(SubjectAccess.MAY_SPEAK_OF_OTHERS, false));
        assertThat(b.withheld()).anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::field)
                .containsExactly("Assessments", "answers.PJ_REASONS"));
        assertThat(json).contains("escalating pattern of control").doesNotContain("follows her home");
        // audited as an export of the case
        assertThat(h.audit(h.agency)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.purpose()).startsWith("subjectAccess.participantBundle");
            assertThat(e.entityId()).isEqualTo(man.value());
            assertThat(e.purpose()).doesNotContain(MARK);
        });
    }

    @Test
    void herBundleHoldsHerOwnRecordAndNothingOfHis() {
        PartnerAccessBundle b = h.dvpp.subjectAccess().personAtRiskBundle(dpo, her);
        String json = b.toJson();
        assertThat(json).contains("Rosalind Quill", MARK + "-address", MARK + "-contact-notes", MARK + "-action",
                "her sister");
        assertThat(b.sections()).extracting(SubjectAccess.Section::title).contains("Your details", "Your worker",
                "Contacts and attempts", "Safety plans", "Your answers about him");
        // his reference, his case, his referral and his risk are not hers
        for (String out : List.of(json, b.toHtml())) {
            assertThat(out).doesNotContain("PH-SAR-1").doesNotContain(man.value().toString())
                    .doesNotContain(MARK + "-referral").doesNotContain(MARK + "-risk").doesNotContain("1984-07-09");
        }
        assertThat(b.withheld()).anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::field,
                Withheld::exemption).containsExactly("Your details", "participant", Exemption.THIRD_PARTY));
        // the rise in risk told partner support: a notification about his case, withheld as his data
        assertThat(h.dvpp.partnerSupport().record(h.partnerSupport, her).notifications()).isNotEmpty();
        assertThat(b.withheld()).anySatisfy(w -> assertThat(w).extracting(Withheld::section, Withheld::exemption)
                .containsExactly("Notifications to partner support", Exemption.THIRD_PARTY));
        // her free text is hers: included, and flagged for the reviewer
        assertThat(b.forReview()).anySatisfy(r -> assertThat(r).extracting(ReviewFlag::section, ReviewFlag::field,
                ReviewFlag::withheld).containsExactly("Contacts and attempts", "notes", false));
        assertThat(h.audit(h.agency)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.purpose()).startsWith("subjectAccess.personAtRiskBundle");
            assertThat(e.entityId()).isEqualTo(her.value());
        });
    }

    @Test
    void onlyTheDataProtectionOfficerMayMakeABundleAndEveryRefusalIsAudited() {
        for (Role role : Role.values()) {
            if (role == Role.DATA_PROTECTION_OFFICER) {
                continue;
            }
            ActingUser u = ActingUser.of(UserId.random(), h.agency, role);
            assertThatThrownBy(() -> h.dvpp.subjectAccess().participantBundle(u, man)).as("%s", role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> h.dvpp.subjectAccess().personAtRiskBundle(u, her)).as("%s", role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(h.audit(h.agency)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                assertThat(e.actor()).isEqualTo(u.id());
            });
        }
    }

    @Test
    void aPolicyThatGivesSubjectAccessToAPerpetratorFacingRoleCannotStart() {
        AccessPolicy leaky = new TestPolicy() {
            @Override
            public boolean allows(Role role, Permission permission) {
                return permission == Permission.SUBJECT_ACCESS && role == Role.CASE_MANAGER
                        || AccessPolicy.standard().allows(role, permission);
            }

            @Override
            public boolean mayRead(Role role, org.dvpp.domain.DataClass dataClass) {
                return AccessPolicy.standard().mayRead(role, dataClass);
            }
        };
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(h.dir.resolve("never")).keyProvider(
                org.dvpp.storage.spi.KeyProviders.keysetFile(h.dir.resolve("keyset.json"))).accessPolicy(leaky)
                .build()).isInstanceOf(org.dvpp.domain.InvalidInputException.class)
                .hasMessageContaining("CASE_MANAGER").hasMessageContaining("SUBJECT_ACCESS");
    }

    @Test
    void everyValueIsEscapedOnThePage() {
        CaseId c = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-SAR-3", LocalDate.parse(
                "1990-01-01"), "merton", ReferralSource.OTHER_PROFESSIONAL, h.today(), new Referrer(
                        "<img src=x onerror=alert(1)> & \"Probation\"", "officer", ""), "")).caseId();
        String html = h.dvpp.subjectAccess().participantBundle(dpo, c).toHtml();
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Probation&quot;")
                .doesNotContain("<img").doesNotContain("<script");
        assertThat(h.dvpp.subjectAccess().participantBundle(dpo, c).toJson())
                .contains("<img src=x onerror=alert(1)> & \\\"Probation\\\"");
    }

    @Test
    void anotherAgencysManOrPersonIsNotFound() {
        AgencyId other = AgencyId.random();
        ActingUser theirs = ActingUser.of(UserId.random(), other, Role.DATA_PROTECTION_OFFICER);
        assertThatThrownBy(() -> h.dvpp.subjectAccess().participantBundle(theirs, man))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.subjectAccess().personAtRiskBundle(theirs, her))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.subjectAccess().participantBundle(dpo, CaseId.random()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRestrictedMansBundleIsStillMadeForRestrictionLeavesHisRightOfAccess() {
        CaseId c = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-SAR-RESTRICTED", LocalDate.parse(
                "1981-05-03"), "merton", ReferralSource.SELF, h.today(), Referrer.self(), "")).caseId();
        var subject = h.dvpp.cases().get(h.practitioner, c).participant();
        h.dvpp.dataRights().restrict(dpo, subject, "he disputes the accuracy of his referral");
        assertThatThrownBy(() -> h.dvpp.cases().get(h.practitioner, c)).isInstanceOf(NotFoundException.class);
        SubjectAccessBundle b = h.dvpp.subjectAccess().participantBundle(dpo, c);
        assertThat(b.reference()).isEqualTo("PH-SAR-RESTRICTED");
        assertThat(b.sections()).extracting(SubjectAccess.Section::title).contains("Referrals", "Cases");
    }

    @Test
    void aManReferredTwiceGetsBothReferralsAndEveryEpisodeInOneBundle() {
        Referrals.NewReferral referral = new Referrals.NewReferral("PH-SAR-2", LocalDate.parse("1979-02-11"), "sutton",
                ReferralSource.SELF, h.today(), Referrer.self(), "");
        CaseId c = h.dvpp.referrals().receive(h.practitioner, referral).caseId();
        h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(false));
        h.dvpp.cases().close(h.supervisor, c, "not eligible");
        assertThat(h.dvpp.referrals().receive(h.practitioner, referral).caseId()).isEqualTo(c); // reopened
        SubjectAccessBundle b = h.dvpp.subjectAccess().participantBundle(dpo, c);
        assertThat(b.reference()).isEqualTo("PH-SAR-2");
        assertThat(b.sections().stream().filter(s -> s.title().equals("Referrals")).findFirst().orElseThrow()
                .entries()).hasSize(2);
        assertThat(b.toJson()).contains("\"episode\" : \"2\"", "\"history[0].episode\" : \"1\"")
                .doesNotContain("PH-SAR-1");
    }
}
