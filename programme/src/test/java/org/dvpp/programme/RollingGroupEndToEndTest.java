package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;

/**
 * A rolling group on the 26-session curriculum, through the public API: men join at three entry points (sessions 1, 5
 * and 11), each register lists only the men due at it, progress counts from each man's own entry, and completion
 * follows the curriculum's rule over his own 26 sessions.
 */
class RollingGroupEndToEndTest {

    @Test
    void menJoiningAtThreeEntryPointsEachFollowTheirOwnPass() throws Exception {
        try (Harness h = new Harness()) {
            Dvpp dvpp = h.dvpp;
            GroupId group = dvpp.groups().create(h.manager, new Groups.NewGroup("Sutton Wednesday rolling",
                    "dvpp-rolling-26", GroupType.ROLLING, 12, h.facilitators(),
                    new DeliveryPattern(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), Duration.ofMinutes(150), 1),
                    h.today().plusDays(2), "sutton")).group().id();
            List<GroupSession> sessions = dvpp.groups().sessions(h.facilitator, group);
            assertThat(sessions).hasSize(52);

            // three men at the first module, before the group starts
            CaseId a = h.readyMan();
            CaseId a2 = h.readyMan();
            CaseId a3 = h.readyMan();
            for (CaseId m : List.of(a, a2, a3)) {
                Groups.Placement p = dvpp.groups().allocate(h.manager, group, m);
                assertThat(p.entrySession()).isEqualTo(1);
                assertThat(p.firstSession()).contains(sessions.get(0).scheduledStart().toLocalDate());
            }
            Map<CaseId, Integer> joinAt = new java.util.HashMap<>();
            CaseId b = null;
            CaseId c = null;
            List<CaseId> everyone = new ArrayList<>(List.of(a, a2, a3));
            for (GroupSession s : sessions.subList(0, 36)) {
                h.clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                List<CaseId> due = dvpp.groups().dueAt(h.facilitator, s.id());
                // who is due: A's three for meetings 1-26, B from meeting 5 to 30, C from meeting 11 to 36
                List<CaseId> expected = new ArrayList<>();
                if (s.sequence() <= 26) {
                    expected.addAll(List.of(a, a2, a3));
                }
                if (b != null && s.sequence() >= 5 && s.sequence() <= 30) {
                    expected.add(b);
                }
                if (c != null && s.sequence() >= 11 && s.sequence() <= 36) {
                    expected.add(c);
                }
                assertThat(due).as("due at meeting %d", s.sequence()).containsExactlyInAnyOrderElementsOf(expected);
                if (s.sequence() == 27) {
                    // a line for a man whose pass is over is refused, and nothing is written
                    List<Groups.RegisterLine> wrong = new ArrayList<>(lines(due, Map.of()));
                    wrong.add(present(a3));
                    assertThatThrownBy(() -> dvpp.groups().takeRegister(h.facilitator, s.id(), wrong))
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                                    .anySatisfy(v -> assertThat(v.rule()).isEqualTo("due-at-session")));
                }
                if (s.sequence() == 6) {
                    // B is due from his entry on: a register without him is refused
                    List<CaseId> withoutB = due.stream().filter(m -> !m.equals(joinAt.keySet().stream()
                            .filter(x -> joinAt.get(x) == 5).findFirst().orElseThrow())).toList();
                    assertThatThrownBy(() -> dvpp.groups().takeRegister(h.facilitator, s.id(),
                            lines(withoutB, Map.of()))).isInstanceOfSatisfying(InvalidInputException.class,
                                    e -> assertThat(e.violations()).anySatisfy(v ->
                                            assertThat(v.rule()).isEqualTo("every-man-listed")));
                }
                Map<CaseId, AttendanceStatus> absent = new java.util.HashMap<>();
                if (c != null && s.curriculumSession() == 22) {
                    absent.put(c, AttendanceStatus.UNEXCUSED_ABSENCE); // a required session he never makes up
                }
                if (s.curriculumSession() == 8) {
                    absent.put(a2, AttendanceStatus.EXCUSED_ABSENCE); // a missed session, not a required one
                }
                dvpp.groups().takeRegister(h.facilitator, s.id(), lines(due, absent));
                if (s.sequence() == 4) {
                    // after module 1: B joins and enters at the next module start, session 5
                    b = h.readyMan();
                    Groups.Placement p = dvpp.groups().allocate(h.manager, group, b);
                    assertThat(p.entrySession()).isEqualTo(5);
                    joinAt.put(b, 5);
                    everyone.add(b);
                }
                if (s.sequence() == 8) {
                    // mid-module: C waits for the next module start, session 11
                    c = h.readyMan();
                    assertThat(dvpp.groups().allocate(h.manager, group, c).entrySession()).isEqualTo(11);
                    joinAt.put(c, 11);
                    everyone.add(c);
                }
            }

            // each man's own entry point and position
            List<Groups.Member> members = dvpp.groups().members(h.manager, group);
            assertThat(members).extracting(Groups.Member::entrySession).containsExactly(1, 1, 1, 5, 11);
            assertThat(members).allSatisfy(m -> {
                assertThat(m.meetingsInPass()).isEqualTo(26);
                assertThat(m.meetingsDelivered()).isEqualTo(26);
            });

            // progress counts from his entry: B never missed sessions 1 to 4 of the group
            Progress pb = dvpp.completion().progress(h.practitioner, b);
            assertThat(pb.delivered()).isEqualTo(26);
            assertThat(pb.attended()).isEqualTo(26);
            assertThat(pb.registerMissing()).isEmpty();
            assertThat(pb.missedSessions()).isEmpty();
            assertThat(pb.coveredSessions()).hasSize(26);
            assertThat(pb.completed()).isTrue();
            Progress pa2 = dvpp.completion().progress(h.practitioner, a2);
            assertThat(pa2.missedSessions()).containsExactly(8);
            assertThat(pa2.completed()).isTrue(); // 25 of the 22 needed, 62.5 of 60 hours, 5, 22 and 25 attended
            Progress pc = dvpp.completion().progress(h.practitioner, c);
            assertThat(pc.delivered()).isEqualTo(26);
            assertThat(pc.unmet()).containsExactly("required-sessions: not yet attended or caught up [22]");

            // completion follows the rule for his own sessions
            for (CaseId m : List.of(a, a2, a3, b)) {
                assertThat(dvpp.completion().complete(h.practitioner, m).status()).isEqualTo(CaseStatus.COMPLETED);
            }
            final CaseId cFinal = c;
            assertThatThrownBy(() -> dvpp.completion().complete(h.practitioner, cFinal))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            e -> assertThat(e.failedGuard()).isEqualTo(Guard.COMPLETION_RULE_MET));
            assertThat(dvpp.groups().members(h.manager, group)).filteredOn(m -> m.caseId().equals(a))
                    .singleElement().satisfies(m -> assertThat(m.status().name()).isEqualTo("ENDED"));
        }
    }

    @Test
    void aRollingGroupRefusesAManWhenNoFullPassIsLeftInItsSchedule() throws Exception {
        try (Harness h = new Harness()) {
            GroupId group = h.dvpp.groups().create(h.manager, new Groups.NewGroup("Kingston rolling",
                    "dvpp-rolling-26", GroupType.ROLLING, 12, h.facilitators(),
                    new DeliveryPattern(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), Duration.ofMinutes(150), 1),
                    h.today().plusDays(2), "kingston")).group().id();
            List<GroupSession> sessions = h.dvpp.groups().sessions(h.manager, group);
            // the schedule holds two passes; after meeting 27 no module start has 26 meetings ahead of it
            h.clock.set(sessions.get(27).scheduledStart().minusDays(1).toInstant(ZoneOffset.UTC));
            CaseId late = h.readyMan();
            assertThatThrownBy(() -> h.dvpp.groups().allocate(h.manager, group, late))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.rule()).isEqualTo("entry-point-ahead")));
            assertThat(h.get(late).status()).isEqualTo(CaseStatus.AWAITING_GROUP);
        }
    }

    private static Groups.RegisterLine present(CaseId m) {
        return new Groups.RegisterLine(m, AttendanceStatus.PRESENT, Optional.empty());
    }

    private static List<Groups.RegisterLine> lines(List<CaseId> due, Map<CaseId, AttendanceStatus> absent) {
        List<Groups.RegisterLine> out = new ArrayList<>();
        for (CaseId m : due) {
            out.add(new Groups.RegisterLine(m, absent.getOrDefault(m, AttendanceStatus.PRESENT), Optional.empty()));
        }
        return out;
    }
}
