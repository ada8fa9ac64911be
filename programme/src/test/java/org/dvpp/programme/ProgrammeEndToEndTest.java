package org.dvpp.programme;

import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.events.RiskRaisedEvent;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseStatusChanged;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.RiskRaised;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.GroupOccupancy;
import org.junit.jupiter.api.Test;

/** A cohort driven through the public API only, from referral to closure. */
class ProgrammeEndToEndTest {

    @Test
    void aCohortRunsFromReferralToClosureAndPartnerSupportIsToldOfEveryChangeThatMatters() throws Exception {
        RecordingListener feed = new RecordingListener("partner-support-feed", 0);
        try (Harness h = new Harness(feed)) {
            Dvpp dvpp = h.dvpp;

            // screening: out of area, under 16, and one found unsuitable
            CaseId outOfArea = dvpp.referrals().receive(h.practitioner,
                    h.referral("croydon", LocalDate.parse("1980-01-01"))).caseId();
            Cases.ScreeningResult r1 = dvpp.cases().screen(h.practitioner, outOfArea, ScreeningAnswers.of(true));
            assertThat(r1.outcome().passed()).isFalse();
            assertThat(r1.outcome().failedRules()).containsExactly("service-area");
            assertThat(h.get(outOfArea).status()).isEqualTo(CaseStatus.INELIGIBLE);

            CaseId young = dvpp.referrals().receive(h.practitioner, h.referral("sutton", h.today().minusYears(15)))
                    .caseId();
            assertThat(dvpp.cases().screen(h.practitioner, young, ScreeningAnswers.of(true)).outcome().failedRules())
                    .containsExactly("minimum-age");

            CaseId unsuitable = h.refer();
            dvpp.cases().screen(h.practitioner, unsuitable, ScreeningAnswers.of(true));
            assertThat(h.get(unsuitable).status()).isEqualTo(CaseStatus.ASSESSMENT);
            // a decision must rest on at least one scored intake assessment
            assertThatThrownBy(() -> dvpp.cases().decideSuitability(h.supervisor, unsuitable,
                    new Cases.SuitabilityInput(Suitability.UNSUITABLE, h.practitioner.id(), List.of())))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("scored intake assessment");
            assertThat(h.get(unsuitable).status()).isEqualTo(CaseStatus.ASSESSMENT);
            dvpp.cases().decideSuitability(h.supervisor, unsuitable, new Cases.SuitabilityInput(
                    Suitability.UNSUITABLE, h.practitioner.id(), List.of(h.intakeAssessment(unsuitable))));
            assertThat(h.get(unsuitable).status()).isEqualTo(CaseStatus.UNSUITABLE);

            // thirteen suitable men for a group of twelve
            List<CaseId> men = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                men.add(h.readyMan());
                assertThat(h.get(men.get(i)).status()).isEqualTo(CaseStatus.AWAITING_GROUP);
            }
            GroupId group = h.closedGroup(12);
            for (int i = 0; i < 12; i++) {
                assertThat(dvpp.groups().allocate(h.manager, group, men.get(i)).outcome())
                        .isEqualTo(Groups.Placement.Outcome.PLACED);
                assertThat(h.get(men.get(i)).status()).isEqualTo(CaseStatus.IN_PROGRAMME);
            }
            CaseId thirteenth = men.get(12);
            Groups.Placement waiting = dvpp.groups().allocate(h.manager, group, thirteenth);
            assertThat(waiting.outcome()).isEqualTo(Groups.Placement.Outcome.WAITING);
            assertThat(waiting.waitingPosition()).isEqualTo(1);
            assertThat(h.get(thirteenth).status()).isEqualTo(CaseStatus.AWAITING_GROUP);
            GroupOccupancy occupancy = dvpp.reports().occupancy(h.manager).get(0);
            assertThat(occupancy.active()).isEqualTo(12);
            assertThat(occupancy.waiting()).isEqualTo(1);

            // twelve weeks: men[1] stops coming and is excluded, men[2] withdraws, men[4] misses too much
            List<GroupSession> sessions = dvpp.groups().sessions(h.facilitator, group);
            assertThat(sessions).hasSize(12);
            CaseId completer = men.get(0);
            CaseId excluded = men.get(1);
            CaseId withdrawn = men.get(2);
            CaseId risky = men.get(3);
            CaseId absentee = men.get(4);
            Set<CaseId> gone = new java.util.HashSet<>();
            for (GroupSession s : sessions) {
                h.clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                int week = s.sequence();
                List<Groups.RegisterLine> lines = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    CaseId m = men.get(i);
                    if (gone.contains(m)) {
                        continue;
                    }
                    AttendanceStatus status = AttendanceStatus.PRESENT;
                    if (m.equals(excluded) && week >= 2) {
                        status = AttendanceStatus.UNEXCUSED_ABSENCE;
                    } else if (m.equals(absentee) && week % 2 == 0) {
                        status = AttendanceStatus.EXCUSED_ABSENCE;
                    } else if (i == 5 && week == 7) {
                        status = AttendanceStatus.LATE;
                    }
                    Optional<Duration> credited = status == AttendanceStatus.LATE ? Optional.of(Duration.ofMinutes(90))
                            : Optional.empty();
                    lines.add(new Groups.RegisterLine(m, status, credited));
                }
                dvpp.groups().takeRegister(h.facilitator, s.id(), lines);
                for (CaseId m : men.subList(0, 12)) {
                    if (!gone.contains(m)) {
                        dvpp.groups().recordOneToOne(h.practitioner, m, new Groups.OneToOneInput(h.today(),
                                Duration.ofHours(1), OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, Set.of()));
                    }
                }
                if (week == 3) {
                    dvpp.cases().exclude(h.supervisor, excluded, "two unexcused absences and no contact");
                    gone.add(excluded);
                    assertThat(h.get(excluded).status()).isEqualTo(CaseStatus.EXCLUDED);
                }
                if (week == 4) {
                    dvpp.cases().withdraw(h.practitioner, withdrawn, "says he has moved to Leeds");
                    gone.add(withdrawn);
                    assertThat(h.get(withdrawn).status()).isEqualTo(CaseStatus.WITHDRAWN);
                }
                if (week == 6) {
                    var event = dvpp.safety().recordRiskEvent(h.practitioner, risky, new Safety.RiskInput(
                            RiskEventKind.PARTNER_REPORT, h.clock.instant(), RiskLevel.MEDIUM, Set.of(),
                            Optional.of(15), "partner reports threats after a group session"));
                    assertThat(event.levelBefore()).isEqualTo(RiskLevel.STANDARD);
                    assertThat(event.levelAfter()).isEqualTo(RiskLevel.HIGH);
                    assertThat(event.maracCriteria()).contains(MaracCriterion.VISIBLE_HIGH_RISK);
                }
            }
            assertThat(dvpp.reports().occupancy(h.manager).get(0).active()).isEqualTo(10);

            // completion is decided by the curriculum's rule
            var progress = dvpp.completion().progress(h.practitioner, completer);
            assertThat(progress.coveredSessions()).hasSize(12);
            assertThat(progress.totalTime()).isEqualTo(Duration.ofHours(36));
            IllegalTransitionException notYet = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> dvpp.completion().complete(h.practitioner, absentee), IllegalTransitionException.class);
            assertThat(notYet.failedGuard()).isEqualTo(Guard.COMPLETION_RULE_MET);
            assertThat(notYet).hasMessageContaining("min-sessions");
            List<CaseId> completed = new ArrayList<>();
            for (CaseId m : men.subList(0, 12)) {
                if (!gone.contains(m) && !m.equals(absentee)) {
                    assertThat(dvpp.completion().complete(h.practitioner, m).status())
                            .isEqualTo(CaseStatus.COMPLETED);
                    completed.add(m);
                }
            }
            assertThat(completed).hasSize(9);
            dvpp.cases().returnToReferrer(h.supervisor, absentee, "did not meet the attendance requirement");

            // aftercare, closure, and a reopening that keeps the history
            dvpp.cases().startAftercare(h.practitioner, completer);
            var closed = dvpp.cases().close(h.supervisor, completer, "aftercare finished");
            assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
            var reopened = dvpp.cases().reopen(h.supervisor, completer, "partner asked for more support");
            assertThat(reopened.status()).isEqualTo(CaseStatus.AFTERCARE);
            assertThat(reopened.history().subList(0, closed.history().size())).isEqualTo(closed.history());
            assertThat(reopened.history()).extracting(t -> t.to()).containsExactly(CaseStatus.SCREENING,
                    CaseStatus.ASSESSMENT, CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME, CaseStatus.COMPLETED,
                    CaseStatus.AFTERCARE, CaseStatus.CLOSED, CaseStatus.AFTERCARE);

            // partner support hears of every start, drop-out, exclusion, completion and rise in risk
            assertThat(dvpp.events().dispatchPending()).isPositive();
            Map<String, List<ProgrammeEvent>> byCase = feed.forPartnerSupport().stream()
                    .collect(Collectors.groupingBy(e -> e.caseId().value().toString()));
            for (int i = 0; i < 12; i++) {
                assertThat(targets(byCase, men.get(i))).as("man %d", i).contains("IN_PROGRAMME");
            }
            assertThat(targets(byCase, excluded)).contains("EXCLUDED");
            assertThat(targets(byCase, withdrawn)).contains("WITHDRAWN");
            assertThat(targets(byCase, absentee)).contains("RETURNED_TO_REFERRER");
            for (CaseId m : completed) {
                assertThat(targets(byCase, m)).contains("COMPLETED");
            }
            assertThat(byCase.get(risky.value().toString())).anySatisfy(e -> {
                assertThat(e).isInstanceOfSatisfying(RiskRaisedEvent.class, r -> assertThat(r.to())
                        .isEqualTo(org.dvpp.domain.safety.RiskLevel.HIGH));
            });
            assertThat(targets(byCase, thirteenth)).isEmpty();
            assertThat(feed.events()).anySatisfy(e -> {
                assertThat(e).isInstanceOf(DisengagementWarningEvent.class);
                assertThat(e.caseId()).isEqualTo(excluded);
            });
            // nothing sensitive travels in events
            for (ProgrammeEvent e : feed.events()) {
                assertThat(FrontDoorSecurityTest.dump(e)).doesNotContain("Jane", "Leeds", "assault", "threats");
            }
            // events of one case arrive in order
            for (List<ProgrammeEvent> stream : feed.events().stream()
                    .collect(Collectors.groupingBy(ProgrammeEvent::streamId)).values()) {
                assertThat(stream).extracting(ProgrammeEvent::sequence).isSorted();
            }

            // the funnel, computed in the database
            List<FunnelRow> funnel = dvpp.reports().funnel(h.manager, h.today().minusYears(1), h.today().plusDays(1));
            long referred = funnel.stream().mapToLong(FunnelRow::referred).sum();
            long started = funnel.stream().mapToLong(FunnelRow::started).sum();
            long done = funnel.stream().mapToLong(FunnelRow::completed).sum();
            assertThat(referred).isEqualTo(16);
            assertThat(started).isEqualTo(12);
            assertThat(done).isEqualTo(9);

            // the outcome report: raw figures only for administrators, published ones protected
            org.dvpp.storage.spi.OutcomeQuery q = org.dvpp.storage.spi.OutcomeQuery.of(h.today().minusYears(1),
                    h.today().plusDays(1), org.dvpp.storage.spi.ReportDimension.TOTAL);
            org.dvpp.reporting.PublishedReport raw = dvpp.reports().rawOutcomes(h.admin, q);
            assertThat(raw.raw()).isTrue();
            assertThat(raw.total().count(org.dvpp.reporting.Measure.REFERRED).value()).hasValue(16);
            assertThat(raw.total().count(org.dvpp.reporting.Measure.COMPLETED).value()).hasValue(9);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dvpp.reports().rawOutcomes(h.manager, q))
                    .isInstanceOf(DvppException.class);
            org.dvpp.reporting.PublishedReport published = dvpp.reports().outcomes(h.manager, q,
                    org.dvpp.reporting.DisclosurePolicy.DEFAULT);
            assertThat(published.raw()).isFalse();
            assertThat(published.total().count(org.dvpp.reporting.Measure.REFERRED).value()).hasValue(15);
            assertThat(published.total().count(org.dvpp.reporting.Measure.COMPLETED).suppressed()).isTrue();
        }
    }

    private static List<String> targets(Map<String, List<ProgrammeEvent>> byCase, CaseId c) {
        return byCase.getOrDefault(c.value().toString(), List.of()).stream()
                .filter(e -> e instanceof CaseStatusChangedEvent).map(e -> ((CaseStatusChangedEvent) e).to().name())
                .toList();
    }

    @Test
    void aListenerThatFailsThreeTimesStillGetsEveryEventOnceAndInOrder() throws Exception {
        RecordingListener flaky = new RecordingListener("flaky-crm", 3);
        try (Harness h = new Harness(flaky)) {
            CaseId a = h.readyMan();
            CaseId b = h.readyMan();
            GroupId g = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, g, a);
            h.dvpp.groups().allocate(h.manager, g, b);
            h.dvpp.cases().withdraw(h.practitioner, a, "changed his mind");
            for (int round = 0; round < 20 && flaky.events().size() < expectedEvents(h); round++) {
                h.dvpp.events().dispatchPending();
                h.clock.advance(Duration.ofMinutes(2)); // past the backoff
            }
            assertThat(flaky.deliveryAttempts()).isGreaterThan(flaky.events().size());
            assertThat(flaky.events()).hasSize(expectedEvents(h));
            assertThat(flaky.events().stream().map(ProgrammeEvent::id).distinct().count())
                    .isEqualTo(flaky.events().size());
            for (List<ProgrammeEvent> stream : flaky.events().stream()
                    .collect(Collectors.groupingBy(ProgrammeEvent::streamId)).values()) {
                assertThat(stream).extracting(ProgrammeEvent::sequence).isSorted();
            }
            List<String> aStates = flaky.events().stream()
                    .filter(e -> e.caseId().equals(a) && e instanceof CaseStatusChangedEvent)
                    .map(e -> ((CaseStatusChangedEvent) e).to().name()).toList();
            assertThat(aStates).containsExactly("SCREENING", "ASSESSMENT", "AWAITING_GROUP", "IN_PROGRAMME",
                    "WITHDRAWN");
        }
    }

    @Test
    void aFailingListenerNeverHoldsBackAnother() throws Exception {
        RecordingListener broken = new RecordingListener("broken-crm-sync", Integer.MAX_VALUE);
        RecordingListener partnerSupport = new RecordingListener("partner-support", 0);
        try (Harness h = new Harness(broken, partnerSupport)) {
            CaseId a = h.readyMan();
            GroupId g = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, g, a);
            h.dvpp.events().dispatchPending();
            // one pass: partner support has every event, although the other listener failed on each of its own
            assertThat(partnerSupport.events()).hasSize(1 + 3 + 1);
            assertThat(partnerSupport.forPartnerSupport()).anySatisfy(e ->
                    assertThat(e).isInstanceOfSatisfying(CaseStatusChangedEvent.class, c -> assertThat(c.to())
                            .isEqualTo(CaseStatus.IN_PROGRAMME)));
            assertThat(broken.events()).isEmpty();
            assertThat(broken.deliveryAttempts()).isPositive();
            // both see the same event ids: a listener drops duplicates by the event's own id
            h.clock.advance(Duration.ofMinutes(2));
            h.dvpp.events().dispatchPending();
            assertThat(partnerSupport.events()).hasSize(1 + 3 + 1);
        }
    }

    /** Per ready man: referral, 3 status changes to awaiting group, 1 start; plus one withdrawal. */
    private static int expectedEvents(Harness h) {
        return 2 * (1 + 3 + 1) + 1;
    }

    @Test
    void aFailedCallChangesNothing() throws Exception {
        try (Harness h = new Harness()) {
            CaseId c = h.readyMan();
            var before = h.get(c);
            assertThatThrownBy(() -> h.dvpp.cases().recordConsent(h.practitioner, c,
                    new Cases.ConsentInput("", h.today().plusDays(3), Set.of(), true)))
                    .isInstanceOf(org.dvpp.domain.InvalidInputException.class)
                    .hasMessageContaining("consent.formVersion").hasMessageContaining("consent.signedOn")
                    .hasMessageContaining("consent.scope");
            assertThat(h.get(c)).isEqualTo(before);
        }
    }
}
