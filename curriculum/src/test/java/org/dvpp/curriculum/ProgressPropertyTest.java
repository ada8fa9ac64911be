package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;

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

    @Provide
    Arbitrary<Registers.Mark> marks() {
        Arbitrary<Registers.Mark> present = Arbitraries.integers().between(1, 120)
                .map(m -> new Registers.Mark(AttendanceStatus.PRESENT, m));
        Arbitrary<Registers.Mark> late = Arbitraries.integers().between(1, 120)
                .map(m -> new Registers.Mark(AttendanceStatus.LATE, m));
        return Arbitraries.frequencyOf(
                Tuple.of(6, present), Tuple.of(2, late),
                Tuple.of(1, Arbitraries.just(new Registers.Mark(AttendanceStatus.EXCUSED_ABSENCE, 0))),
                Tuple.of(2, Arbitraries.just(new Registers.Mark(AttendanceStatus.UNEXCUSED_ABSENCE, 0))),
                Tuple.of(1, Arbitraries.just(new Registers.Mark(null, 0))));
    }

    @Provide
    Arbitrary<One> ones() {
        return Combinators.combine(Arbitraries.of(OneToOneKind.class), Arbitraries.of(AttendanceStatus.class),
                        Arbitraries.integers().between(15, 240), Arbitraries.integers().between(1, 14).set().ofMaxSize(3))
                .as(One::new);
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        Arbitrary<Pattern> any = Combinators.combine(marks().list().ofMinSize(0).ofMaxSize(12), ones().list().ofMaxSize(14))
                .as(Pattern::new);
        // men who come nearly every week and keep their one-to-ones: completion decisions are made here
        Arbitrary<Registers.Mark> mostlyPresent = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(new Registers.Mark(AttendanceStatus.PRESENT, 120))), Tuple.of(2, marks()));
        Arbitrary<One> keyWork = Arbitraries.integers().between(45, 90)
                .map(m -> new One(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, m, Set.of()));
        Arbitrary<Pattern> engaged = Combinators.combine(mostlyPresent.list().ofSize(12),
                        Arbitraries.frequencyOf(Tuple.of(3, keyWork), Tuple.of(1, ones())).list().ofMinSize(8).ofMaxSize(14))
                .as(Pattern::new);
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(2, engaged));
    }

    @Property(tries = 500)
    void creditedHoursAndSessionsNeverExceedWhatWasDelivered(@ForAll("patterns") Pattern pattern) {
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

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void moreAttendanceNeverUncompletesAMan(@ForAll("patterns") Pattern pattern,
            @ForAll("marks") Registers.Mark upgradeSeed, @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 11) Integer> upgraded,
            @ForAll("ones") One extra) {
        Progress before = pattern.registers().progress(TWELVE);
        // the property means nothing unless many generated men complete before the change
        Statistics.label("completed before").collect(before.completed())
                .coverage(c -> c.check(true).percentage(pc -> pc >= 5.0));

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
    }
}
