package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dvpp.curriculum.Registers.excused;
import static org.dvpp.curriculum.Registers.present;

import java.util.List;
import java.util.Set;
import org.dvpp.curriculum.internal.StrictJson;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Completion rules declared as all/any combinations, and the one-to-one-only pathway, in the JSON format. */
class CompletionCriteriaTest {

    /** The small curriculum with its fixed conditions cleared and the given criteria instead. */
    private static Curriculum withCriteria(String criteriaJson) {
        ObjectNode root = Fixtures.smallJson();
        ObjectNode completion = (ObjectNode) root.get("completion");
        completion.remove("minSessions");
        completion.remove("minHours");
        completion.remove("requiredSessions");
        completion.set("criteria", StrictJson.MAPPER.readTree(criteriaJson));
        return CurriculumJson.read(root.toString(), "test");
    }

    @Test
    void sessionsOrHoursIsMetByEitherAlternative() {
        // "3 sessions or 5 hours" (sessions are 120 minutes here)
        Curriculum c = withCriteria("{\"any\": [{\"minSessions\": 3}, {\"minHours\": 5}]}");
        assertThat(c.completion().minSessions()).isZero();

        Registers twoSessions = Registers.of(List.of(present(), present(), excused(), excused()));
        Progress p = twoSessions.progress(c);
        assertThat(p.completed()).isFalse();
        assertThat(p.unmet()).singleElement().asString().startsWith("any-of: none met")
                .contains("min-sessions: 2 of 3").contains("min-hours: 4 of 5");

        // a one-hour key-work one-to-one takes him to 5 hours: the second alternative is met, with only 2 sessions
        twoSessions.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 60, Set.of());
        assertThat(twoSessions.progress(c).completed()).isTrue();

        Registers threeSessions = Registers.of(List.of(present(), present(), present(), excused()));
        assertThat(threeSessions.progress(c).completed()).isTrue();
    }

    @Test
    void allOfAnAnyAndRequiredSessionsNeedsBoth() {
        Curriculum c = withCriteria("{\"all\": [{\"any\": [{\"minSessions\": 3}, {\"minHours\": 7}]},"
                + " {\"requiredSessions\": [4]}]}");
        Progress missedFour = Registers.of(List.of(present(), present(), present(), excused())).progress(c);
        assertThat(missedFour.unmet()).containsExactly("required-sessions: not yet attended or caught up [4]");
        Progress all = Registers.of(List.of(present(), present(), present(), present())).progress(c);
        assertThat(all.completed()).isTrue();
    }

    @Test
    void fixedConditionsStillHoldBesideCriteria() {
        // a rule that keeps minSessions 3 and adds "any of 8 hours or 2 one-to-ones" needs both
        ObjectNode root = Fixtures.smallJson();
        ((ObjectNode) root.get("completion")).set("criteria", StrictJson.MAPPER.readTree(
                "{\"any\": [{\"minHours\": 8}, {\"minOneToOnes\": 2}]}"));
        Curriculum c = CurriculumJson.read(root.toString(), "test");
        Registers r = Registers.of(List.of(present(), present(), present(), excused()));
        assertThat(r.progress(c).unmet()).hasSize(1).first().asString().startsWith("any-of");
        r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 30, Set.of());
        r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 30, Set.of());
        assertThat(r.progress(c).completed()).isTrue();
        assertThat(r.progress(c).oneToOnesAttended()).isEqualTo(2);
    }

    @Test
    void criteriaAndPathwaySurviveWritingAndReading() {
        Curriculum c = withCriteria("{\"all\": [{\"any\": [{\"minSessions\": 3}, {\"minHours\": 7}]},"
                + " {\"requiredSessions\": [1, 4]}]}").withOneToOnePathway(new OneToOnePathway(2, 60,
                new CompletionCriterion.MinOneToOnes(4)));
        Curriculum again = CurriculumJson.read(CurriculumJson.write(c), "round trip");
        assertThat(again).isEqualTo(c);
    }

    @Test
    void badCriteriaAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> withCriteria("{\"any\": [{\"minSessions\": 9}, {\"minHours\": 5}]}"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo("completion.criteria.any[0].minSessions");
                            assertThat(v.rule()).isEqualTo("achievable");
                        }));
        assertThatThrownBy(() -> withCriteria("{\"any\": [{\"minSessions\": 2, \"minHours\": 5}]}"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("completion.criteria.any[0]")));
        assertThatThrownBy(() -> withCriteria("{\"either\": []}"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.rule()).isEqualTo("unknown-property")));
        assertThatThrownBy(() -> withCriteria("{\"any\": []}"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("completion.criteria.any")));
        assertThatThrownBy(() -> withCriteria("{\"requiredSessions\": [5]}"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("completion.criteria.requiredSessions")));
    }

    @Test
    void oneToOnePathwayHasItsOwnRule() {
        ObjectNode root = Fixtures.smallJson();
        root.set("oneToOnePathway", StrictJson.MAPPER.readTree(
                "{\"everyWeeks\": 1, \"minutes\": 60, \"completion\": {\"all\": [{\"minOneToOnes\": 3},"
                        + " {\"requiredSessions\": [1]}]}}"));
        Curriculum c = CurriculumJson.read(root.toString(), "test");
        Registers r = new Registers();
        r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 60, Set.of());
        r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.UNEXCUSED_ABSENCE, 60, Set.of());
        r.oneToOne(OneToOneKind.CATCH_UP, AttendanceStatus.PRESENT, 60, Set.of(1));
        Progress p = Progress.ofOneToOnePathway(c, r.man, r.oneToOnes);
        assertThat(p.oneToOnesAttended()).isEqualTo(2);
        assertThat(p.unmet()).containsExactly("min-one-to-ones: 2 of 3 one-to-ones attended");
        r.oneToOne(OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, 60, Set.of());
        p = Progress.ofOneToOnePathway(c, r.man, r.oneToOnes);
        assertThat(p.completed()).isTrue();
        assertThat(p.totalTime().toMinutes()).isEqualTo(180);

        root.set("oneToOnePathway", StrictJson.MAPPER.readTree("{\"everyWeeks\": 0, \"minutes\": 60}"));
        assertThatThrownBy(() -> CurriculumJson.read(root.toString(), "test"))
                .isInstanceOfSatisfying(InvalidCurriculumException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.path()).isEqualTo("oneToOnePathway.completion")));
        assertThatThrownBy(() -> Progress.ofOneToOnePathway(Fixtures.small(GroupType.CLOSED), r.man, r.oneToOnes))
                .hasMessageContaining("no one-to-one-only pathway");
    }

    @Test
    void builtInsStillReadAndOnlyTheIntegratedOneOffersTheOneToOnePathway() {
        CurriculumCatalogue cat = CurriculumCatalogue.discover();
        assertThat(cat.get("dvpp-integrated-12").oneToOnePathway()).isPresent();
        assertThat(cat.get("dvpp-rolling-26").oneToOnePathway()).isEmpty();
        assertThat(cat.get("dvpp-rolling-26").completion().effective().unmet(
                new CompletionCriterion.Facts(Set.of(), java.time.Duration.ZERO, 0))).hasSize(3);
    }
}
