package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.InstrumentDefinitions;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.Informant;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11, parts 9 and 11: informants, partners' accounts, END and FOLLOW_UP windows, evaluation, versions. */
class OutcomesTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private static Map<String, String> phq9(int each) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            m.put("Q" + i, Integer.toString(each));
        }
        return m;
    }

    /** Men allocated today to one closed 12-week group (first session a week on). */
    private record Started(org.dvpp.domain.GroupId group, List<CaseId> men) {
    }

    private static Started started(Harness x, int men) {
        var group = x.closedGroup(12);
        List<CaseId> out = new java.util.ArrayList<>();
        for (int i = 0; i < men; i++) {
            CaseId c = x.readyMan();
            x.dvpp.groups().allocate(x.manager, group, c);
            out.add(c);
        }
        return new Started(group, out);
    }

    /** Every man attends every session (and a key-work one-to-one each week); the first then completes. */
    private static void attendAllAndCompleteTheFirst(Harness x, Started s) {
        for (GroupSession session : x.dvpp.groups().sessions(x.manager, s.group())) {
            x.clock.set(session.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            x.dvpp.groups().takeRegister(x.facilitator, session.id(), s.men().stream().map(m -> new Groups.RegisterLine(
                    m, AttendanceStatus.PRESENT, Optional.<Duration>empty())).toList());
            for (CaseId m : s.men()) {
                x.dvpp.groups().recordOneToOne(x.practitioner, m, new Groups.OneToOneInput(x.today(),
                        Duration.ofHours(1), OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, Set.of()));
            }
        }
        x.dvpp.completion().complete(x.practitioner, s.men().get(0));
    }

    @Test
    void everyAssessmentRecordsItsInformantAndAPartnersAccountIsKeptApartAsP0() {
        CaseId c = h.readyMan();
        h.dvpp.assessments().record(h.practitioner, c, new Assessments.NewAssessment("phq-9", TimePoint.INTAKE,
                h.today(), phq9(1), Informant.FACILITATOR));
        assertThat(h.dvpp.assessments().list(h.practitioner, c)).extracting(r -> r.informant()).containsExactly(
                Informant.PARTICIPANT, Informant.FACILITATOR);
        // a partner's account is not one of his assessments
        assertThat(catchThrowableOfType(() -> h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.INTAKE, h.today(), phq9(1), Informant.PARTNER)),
                InvalidInputException.class).violations()).extracting(Violation::path).containsExactly(
                "assessment.informant");
        var partner = h.dvpp.safety().peopleAtRisk(h.partnerSupport, c).get(0);
        var report = h.dvpp.assessments().recordPartnerReport(h.partnerSupport, c, new Assessments.PartnerReport(
                "phq-9", TimePoint.INTAKE, h.today(), phq9(3), Optional.of(partner.id())));
        assertThat(report.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("27"));
        assertThat(report.instrumentVersion()).isNotBlank();
        assertThat(h.dvpp.assessments().partnerReports(h.supervisor, c)).containsExactly(report);
        // perpetrator-facing roles neither take nor read her account, and it is not among his assessments
        assertThatThrownBy(() -> h.dvpp.assessments().partnerReports(h.practitioner, c))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> h.dvpp.assessments().recordPartnerReport(h.practitioner, c,
                new Assessments.PartnerReport("phq-9", TimePoint.INTAKE, h.today(), phq9(3), Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.dvpp.assessments().list(h.practitioner, c)).hasSize(2);
        // a person at risk of another man is refused
        CaseId other = h.readyMan();
        var hers = h.dvpp.safety().peopleAtRisk(h.partnerSupport, other).get(0);
        assertThat(catchThrowableOfType(() -> h.dvpp.assessments().recordPartnerReport(h.partnerSupport, c,
                new Assessments.PartnerReport("phq-9", TimePoint.END, h.today(), phq9(3), Optional.of(hers.id()))),
                InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly(
                "person-of-this-case");
    }

    @Test
    void endAndFollowUpWindowsFollowTheProgrammesStartAndEnd() throws Exception {
        try (Harness x = new Harness()) {
            CaseId notStarted = x.readyMan();
            assertThat(x.dvpp.assessments().record(x.practitioner, notStarted, new Assessments.NewAssessment("phq-9",
                    TimePoint.END, x.today(), phq9(1))).window()).satisfies(w -> {
                        assertThat(w.within()).isFalse();
                        assertThat(w.note()).contains("has not started");
                    });
            Started s = started(x, 2);
            CaseId c = s.men().get(0);
            CaseId still = s.men().get(1);
            LocalDate started = x.today();
            // follow-up before the programme ended is outside its window
            assertThat(x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.FOLLOW_UP, x.today(), phq9(1))).window().note()).contains("has not ended");
            attendAllAndCompleteTheFirst(x, s);
            LocalDate ended = x.today();
            // a man still on the programme: the planned end is 12 weekly sessions from his start, window -2 to +4 weeks
            var planned = x.dvpp.assessments().record(x.practitioner, still, new Assessments.NewAssessment("phq-9",
                    TimePoint.END, x.today(), phq9(1))).window();
            assertThat(planned.within()).isTrue();
            assertThat(planned.note()).isEqualTo("end window " + started.plusWeeks(10) + " to " + started.plusWeeks(16));
            var atEnd = x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.END, ended, phq9(1))).window();
            assertThat(atEnd.within()).isTrue();
            assertThat(atEnd.note()).isEqualTo("end window " + ended.minusWeeks(2) + " to " + ended.plusWeeks(4));
            x.clock.set(ended.plusWeeks(5).atStartOfDay().toInstant(ZoneOffset.UTC));
            assertThat(x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.END, x.today(), phq9(1))).window().within()).isFalse();
            // follow-up: six months after the end, a month either side
            x.clock.set(ended.plusMonths(6).minusWeeks(5).atStartOfDay().toInstant(ZoneOffset.UTC));
            assertThat(x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.FOLLOW_UP, x.today(), phq9(1))).window().within()).isFalse();
            x.clock.set(ended.plusMonths(6).atStartOfDay().toInstant(ZoneOffset.UTC));
            var due = x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.FOLLOW_UP, x.today(), phq9(1))).window();
            assertThat(due.within()).isTrue();
            assertThat(due.note()).isEqualTo("follow-up window " + ended.plusMonths(5) + " to " + ended.plusMonths(7));
            x.clock.set(ended.plusMonths(7).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            assertThat(x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.FOLLOW_UP, x.today(), phq9(1))).window().within()).isFalse();
        }
    }

    @Test
    void theCompletionEvaluationRecordsWhatChangedByWhomWithReliableChange() throws Exception {
        try (Harness x = new Harness()) {
            Started s = started(x, 1);
            CaseId c = s.men().get(0);
            x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9", TimePoint.INTAKE,
                    x.today(), phq9(2)));
            x.dvpp.assessments().recordPartnerReport(x.partnerSupport, c, new Assessments.PartnerReport("phq-9",
                    TimePoint.INTAKE, x.today(), phq9(3), Optional.empty()));
            Assessments.EvaluationInput words = new Assessments.EvaluationInput(x.today(), "calmer at home, she says");
            assertThat(catchThrowableOfType(() -> x.dvpp.assessments().evaluateCompletion(x.practitioner, c, words),
                    InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly("completed");
            attendAllAndCompleteTheFirst(x, s);
            x.dvpp.assessments().record(x.practitioner, c, new Assessments.NewAssessment("phq-9", TimePoint.END,
                    x.today(), phq9(0)));
            x.dvpp.assessments().recordPartnerReport(x.partnerSupport, c, new Assessments.PartnerReport("phq-9",
                    TimePoint.END, x.today(), phq9(3), Optional.empty()));
            var byPractitioner = x.dvpp.assessments().evaluateCompletion(x.practitioner, c,
                    new Assessments.EvaluationInput(x.today(), "calmer at home, she says"));
            assertThat(byPractitioner.changes()).singleElement().satisfies(ch -> {
                assertThat(ch.instrumentId()).isEqualTo("phq-9");
                assertThat(ch.informant()).isEqualTo(Informant.PARTICIPANT);
                assertThat(ch.from()).isEqualTo(TimePoint.INTAKE);
                assertThat(ch.to()).isEqualTo(TimePoint.END);
                assertThat(ch.verdict()).contains("RELIABLY_IMPROVED");
                assertThat(ch.change()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-18"));
            });
            // the partner's account is P0: withheld from the practitioner, there for the supervisor
            assertThat(byPractitioner.partnerReported()).isEmpty();
            assertThat(byPractitioner.whatChanged()).isEqualTo("[withheld]");
            assertThat(x.dvpp.assessments().evaluations(x.supervisor, c)).singleElement().satisfies(e -> {
                assertThat(e.whatChanged()).isEqualTo("calmer at home, she says");
                assertThat(e.partnerReported()).singleElement().satisfies(p -> {
                    assertThat(p.informant()).isEqualTo(Informant.PARTNER);
                    assertThat(p.verdict()).contains("NO_RELIABLE_CHANGE");
                });
            });
        }
    }

    private static final String CHANGE_CHECK = """
            {"schemaVersion":1,"id":"acme-change-check","version":"%s","title":"Acme change check (test)",
             "polarity":"LOWER_IS_BETTER","source":"test","licence":"test",
             "items":[{"id":"A","label":"a","type":"choice","options":[{"value":0,"label":"0"},{"value":1,"label":"1"},
                        {"value":2,"label":"2"},{"value":3,"label":"3"}]},
                      {"id":"B","label":"b","type":"choice","reverse":%s,"options":[{"value":0,"label":"0"},
                        {"value":1,"label":"1"},{"value":2,"label":"2"},{"value":3,"label":"3"}]}],
             "total":{"method":"sum"},
             "reliability":{"fixedChangePoints":2,"provenance":"test"}}
            """;

    private static Dvpp open(Path dir, TestClock clock, String... versions) {
        DvppBuilder b = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(KeyProviders.keysetFile(
                dir.resolve("keyset.json"))).clock(clock);
        for (String v : versions) {
            b.addInstrument(InstrumentDefinitions.fromJson(CHANGE_CHECK.formatted(v, v.equals("2")), "test v" + v));
        }
        return b.build();
    }

    @Test
    void anAssessmentIsScoredComparedAndExplainedWithTheVersionItWasTakenWith() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-versions");
        Keysets.generate(dir.resolve("keyset.json"));
        TestClock clock = new TestClock(Harness.START);
        AgencyId agency = AgencyId.random();
        ActingUser practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        Map<String, String> answers = Map.of("A", "3", "B", "3");
        CaseId a;
        CaseId b;
        org.dvpp.domain.AssessmentId intake;
        try (Dvpp v1 = open(dir, clock, "1")) {
            v1.agencies().register(ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR),
                    new Agencies.AgencyDetails("Versions", new org.dvpp.domain.agency.ServiceArea(List.of(
                            new org.dvpp.domain.agency.Area("merton", "Merton")))));
            a = refer(v1, practitioner, "PH-V1");
            b = refer(v1, practitioner, "PH-V2");
            var first = v1.assessments().record(practitioner, a, new Assessments.NewAssessment("acme-change-check",
                    TimePoint.INTAKE, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), answers));
            intake = first.id();
            assertThat(first.result().total().orElseThrow().roundHalfUp()).isEqualTo(6);
            v1.assessments().record(practitioner, a, new Assessments.NewAssessment("acme-change-check", TimePoint.END,
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), Map.of("A", "1", "B", "1")));
            v1.assessments().record(practitioner, b, new Assessments.NewAssessment("acme-change-check",
                    TimePoint.INTAKE, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), answers));
        }
        try (Dvpp both = open(dir, clock, "1", "2")) {
            // version 2 (B reverse-scored) is now current: new assessments use it
            var later = both.assessments().record(practitioner, b, new Assessments.NewAssessment("acme-change-check",
                    TimePoint.END, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), answers));
            assertThat(later.result().instrumentVersion()).isEqualTo("2");
            assertThat(later.result().total().orElseThrow().roundHalfUp()).isEqualTo(3);
            // the old assessment is explained with version 1, not re-scored with version 2
            var explained = both.assessments().explain(practitioner, intake);
            assertThat(explained.instrumentVersion()).isEqualTo("1");
            assertThat(explained.result().orElseThrow().total().orElseThrow().roundHalfUp()).isEqualTo(6);
            // change between two version-1 results uses version 1
            var change = both.assessments().change(practitioner, a, "acme-change-check", TimePoint.INTAKE,
                    TimePoint.END);
            assertThat(change.before().roundHalfUp()).isEqualTo(6);
            assertThat(change.after().roundHalfUp()).isEqualTo(2);
            // results of two versions are not compared
            assertThat(catchThrowableOfType(() -> both.assessments().change(practitioner, b, "acme-change-check",
                    TimePoint.INTAKE, TimePoint.END), InvalidInputException.class).violations())
                    .extracting(Violation::rule).containsExactly("same-instrument-version");
        }
        try (Dvpp onlyV2 = open(dir, clock, "2")) {
            // with version 1 gone, the old assessment is not silently re-scored with version 2
            assertThat(catchThrowableOfType(() -> onlyV2.assessments().explain(practitioner, intake),
                    InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly(
                    "known-instrument-version");
        }
    }

    private static CaseId refer(Dvpp dvpp, ActingUser user, String reference) {
        return dvpp.referrals().receive(user, new Referrals.NewReferral(reference, LocalDate.parse("1985-03-02"),
                "merton", ReferralSource.SELF, LocalDate.ofInstant(Harness.START, ZoneOffset.UTC), new Referrer("Self",
                        "self", "none"), "self-referral")).caseId();
    }
}
