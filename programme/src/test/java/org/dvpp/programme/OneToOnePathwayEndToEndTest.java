package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.OneToOneKind;
import org.junit.jupiter.api.Test;

/**
 * A man on the one-to-one-only pathway of the integrated curriculum, through the public API: no group place, weekly
 * one-to-ones by the pathway's cadence, a missed week raises an alert, and the pathway's own rule (12 one-to-ones and
 * 12 hours) decides completion.
 */
class OneToOnePathwayEndToEndTest {

    @Test
    void aOneToOneOnlyPathwayRunsToCompletion() throws Exception {
        try (Harness h = new Harness()) {
            Dvpp dvpp = h.dvpp;
            CaseId man = h.readyMan();
            assertThat(dvpp.pathways().startOneToOne(h.supervisor, man, "dvpp-integrated-12").status())
                    .isEqualTo(CaseStatus.IN_PROGRAMME);
            assertThat(h.get(man).group()).isEmpty();
            assertThat(dvpp.completion().progress(h.practitioner, man).unmet())
                    .contains("min-one-to-ones: 0 of 12 one-to-ones attended");

            // week 1 held, week 2 not held (he did not come), weeks 3 to 14 held (one of them a catch-up of session 1)
            for (int week = 0; week < 14; week++) {
                if (week > 0) {
                    h.clock.advance(Duration.ofDays(7));
                }
                AttendanceStatus status = week == 1 ? AttendanceStatus.UNEXCUSED_ABSENCE : AttendanceStatus.PRESENT;
                OneToOneKind kind = week == 5 ? OneToOneKind.CATCH_UP : OneToOneKind.KEY_WORK;
                dvpp.groups().recordOneToOne(h.practitioner, man, new Groups.OneToOneInput(h.today(),
                        Duration.ofHours(1), kind, status, week == 5 ? Set.of(1) : Set.of()));
                if (week == 2) {
                    List<Pathways.ExpectedOneToOne> expected = dvpp.pathways().expectedOneToOnes(h.practitioner, man);
                    assertThat(expected).extracting(Pathways.ExpectedOneToOne::state).containsExactly(
                            Pathways.ExpectedOneToOne.State.HELD, Pathways.ExpectedOneToOne.State.MISSED,
                            Pathways.ExpectedOneToOne.State.HELD);
                    assertThat(dvpp.alerts().current(h.practitioner)).filteredOn(a -> a.kind()
                            == Alert.Kind.ONE_TO_ONE_MISSED).singleElement().satisfies(a -> {
                                assertThat(a.relatedCase()).contains(man.value());
                                assertThat(a.raisedOn()).isEqualTo(expected.get(1).until());
                            });
                }
                if (week == 3) {
                    // the alert is news until the next period ends: that one was held
                    assertThat(dvpp.alerts().current(h.practitioner)).noneMatch(a -> a.kind()
                            == Alert.Kind.ONE_TO_ONE_MISSED);
                }
                if (week == 11) {
                    // 11 attended so far: not yet
                    assertThatThrownBy(() -> dvpp.completion().complete(h.practitioner, man))
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(
                                    e.failedGuard()).isEqualTo(Guard.COMPLETION_RULE_MET));
                }
            }
            Progress p = dvpp.completion().progress(h.practitioner, man);
            assertThat(p.oneToOnesAttended()).isEqualTo(13);
            assertThat(p.oneToOneTime()).isEqualTo(Duration.ofHours(13));
            assertThat(p.coveredSessions()).containsExactly(1);
            assertThat(p.completed()).isTrue();
            assertThat(dvpp.completion().complete(h.practitioner, man).status()).isEqualTo(CaseStatus.COMPLETED);
        }
    }

    @Test
    void aCurriculumWithoutAOneToOnePathwayIsRefusedAndNothingChanges() throws Exception {
        try (Harness h = new Harness()) {
            CaseId man = h.readyMan();
            assertThatThrownBy(() -> h.dvpp.pathways().startOneToOne(h.supervisor, man, "dvpp-rolling-26"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> {
                                assertThat(v.path()).isEqualTo("curriculumId");
                                assertThat(v.rule()).isEqualTo("has-one-to-one-pathway");
                            }));
            assertThat(h.get(man).status()).isEqualTo(CaseStatus.AWAITING_GROUP);
            CaseId notReady = h.refer();
            assertThatThrownBy(() -> h.dvpp.pathways().startOneToOne(h.supervisor, notReady, "dvpp-integrated-12"))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void aGroupPlaceExpectsTheCurriculumsOneToOnesBesideTheGroup() throws Exception {
        try (Harness h = new Harness()) {
            CaseId man = h.readyMan();
            var group = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, group, man);
            h.clock.advance(Duration.ofDays(7 * 3 + 2)); // three weeks after the first meeting, none held
            List<Pathways.ExpectedOneToOne> expected = h.dvpp.pathways().expectedOneToOnes(h.practitioner, man);
            assertThat(expected).hasSize(3).extracting(Pathways.ExpectedOneToOne::state)
                    .containsExactly(Pathways.ExpectedOneToOne.State.MISSED, Pathways.ExpectedOneToOne.State.MISSED,
                            Pathways.ExpectedOneToOne.State.DUE);
        }
    }
}
