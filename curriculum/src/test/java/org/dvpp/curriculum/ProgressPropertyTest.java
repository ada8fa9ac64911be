package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ProgressPropertyTest {
    private static final Curriculum TWELVE = CurriculumCatalogue.discover().get("dvpp-integrated-12");

    /** A one-to-one in a generated pattern. */
    record One(OneToOneKind kind, AttendanceStatus status, int minutes, Set<Integer> catchUps) {
    }

    /** A man's generated record: register marks (curriculum session i+1) and one-to-ones. */
    record Pattern(List<Registers.Mark> marks, List<One> ones) {
        Registers registers() {
            Registers r = Registers.of(marks);
            for (One o : ones) {
                r.oneToOne(o.kind(), o.status(), o.minutes(), o.kind() == OneToOneKind.CATCH_UP ? o.catchUps() : Set.of());
            }
            return r;
        }
    }

    private static Gen<Registers.Mark> marks() {
        Gen<Registers.Mark> present = integers().between(1, 120).map(m -> new Registers.Mark(AttendanceStatus.PRESENT, m));
        Gen<Registers.Mark> late = integers().between(1, 120).map(m -> new Registers.Mark(AttendanceStatus.LATE, m));
        return Generate.frequency(List.of(Pair.of(6, present), Pair.of(2, late),
                Pair.of(1, Generate.constant(new Registers.Mark(AttendanceStatus.EXCUSED_ABSENCE, 0))),
                Pair.of(2, Generate.constant(new Registers.Mark(AttendanceStatus.UNEXCUSED_ABSENCE, 0))),
                Pair.of(1, Generate.constant(new Registers.Mark(null, 0)))));
    }

    private static Gen<One> ones() {
        return Generate.pick(List.of(OneToOneKind.values())).zip(Generate.pick(List.of(AttendanceStatus.values())),
                integers().between(15, 240), lists().of(integers().between(1, 14)).ofSizeBetween(0, 3),
                (kind, status, minutes, catchUps) -> new One(kind, status, minutes, new HashSet<>(catchUps)));
    }

    private static Gen<Pattern> patterns() {
        Gen<Pattern> any = lists().of(marks()).ofSizeBetween(0, 12)
                .zip(lists().of(ones()).ofSizeBetween(0, 14), Pattern::new);
        // men who come nearly every week and keep their one-to-ones: completion decisions are made here
        Gen<Registers.Mark> mostlyPresent = Generate.frequency(List.of(
                Pair.of(10, Generate.constant(new Registers.Mark(AttendanceStatus.PRESENT, 120))), Pair.of(2, marks())));
        Gen<One> keyWork = integers().between(45, 90)
                .map(m -> new One(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, m, Set.of()));
        Gen<Pattern> engaged = lists().of(mostlyPresent).ofSize(12)
                .zip(lists().of(Generate.frequency(List.of(Pair.of(3, keyWork), Pair.of(1, ones()))))
                        .ofSizeBetween(8, 14), Pattern::new);
        return Generate.frequency(List.of(Pair.of(1, any), Pair.of(2, engaged)));
    }

    @Test
    void creditedHoursAndSessionsNeverExceedWhatWasDelivered() {
        qt().withExamples(500).withFixedSeed(21L).forAll(patterns())
                .checkAssert(ProgressPropertyTest::creditNeverExceedsDelivery);
    }

    private static void creditNeverExceedsDelivery(Pattern pattern) {
        Registers r = pattern.registers();
        Progress p = r.progress(TWELVE);
        Duration deliveredGroup = r.sessions.stream().map(GroupSession::duration).reduce(Duration.ZERO, Duration::plus);
        Duration deliveredOneToOne = r.oneToOnes.stream()
                .filter(o -> o.kind() == OneToOneKind.KEY_WORK || o.kind() == OneToOneKind.CATCH_UP)
                .map(o -> o.duration()).reduce(Duration.ZERO, Duration::plus);
        Set<Integer> deliveredNumbers = new HashSet<>();
        r.sessions.forEach(s -> deliveredNumbers.add(s.curriculumSession()));

        assertThat(p.delivered()).isEqualTo(r.sessions.size());
        assertThat(p.attended()).isLessThanOrEqualTo(p.delivered());
        assertThat(p.attended() + p.excusedAbsences() + p.unexcusedAbsences() + p.registerMissing().size())
                .isEqualTo(p.delivered());
        assertThat(p.groupTime()).isLessThanOrEqualTo(deliveredGroup);
        assertThat(p.oneToOneTime()).isLessThanOrEqualTo(deliveredOneToOne);
        assertThat(p.totalTime()).isLessThanOrEqualTo(deliveredGroup.plus(deliveredOneToOne));
        assertThat(p.coveredSessions()).isSubsetOf(deliveredNumbers);
        assertThat(p.coveredSessions().size()).isLessThanOrEqualTo(p.delivered());
        assertThat(p.caughtUpSessions()).isSubsetOf(p.missedSessions());
    }

    @Test
    void moreAttendanceNeverUncompletesAMan() {
        int[] completedBefore = {0};
        int examples = 500;
        qt().withExamples(examples).withFixedSeed(22L)
                .forAll(patterns(), marks(), lists().of(integers().between(0, 11)).ofSizeBetween(0, 12), ones())
                .checkAssert((pattern, seed, upgraded, extra) -> {
                    if (moreAttendanceKeepsCompletion(pattern, seed, upgraded, extra)) {
                        completedBefore[0]++;
                    }
                });
        // the property means nothing unless many generated men complete before the change
        assertThat(completedBefore[0]).as("men complete before the change").isGreaterThanOrEqualTo(examples / 20);
    }

    /** Returns whether he had completed before the change. */
    private static boolean moreAttendanceKeepsCompletion(Pattern pattern, Registers.Mark upgradeSeed,
            List<Integer> upgraded, One extra) {
        Progress before = pattern.registers().progress(TWELVE);

        // more attendance: some marks become attended with at least as much time, and one more one-to-one
        List<Registers.Mark> marks = new ArrayList<>(pattern.marks());
        for (int i : upgraded) {
            if (i < marks.size()) {
                Registers.Mark m = marks.get(i);
                int minutes = Math.max(m.status() != null && m.status().attended() ? m.minutes() : 1,
                        Math.max(1, upgradeSeed.minutes()));
                marks.set(i, new Registers.Mark(AttendanceStatus.PRESENT, Math.min(120, minutes)));
            }
        }
        List<One> ones = new ArrayList<>(pattern.ones());
        ones.add(extra);
        Progress after = new Pattern(marks, ones).registers().progress(TWELVE);

        assertThat(after.totalTime()).isGreaterThanOrEqualTo(before.totalTime());
        assertThat(after.coveredSessions()).containsAll(before.coveredSessions());
        if (before.completed()) {
            assertThat(after.completed()).as("was complete with %s, not after %s", before, after).isTrue();
        }
        return before.completed();
    }
}
