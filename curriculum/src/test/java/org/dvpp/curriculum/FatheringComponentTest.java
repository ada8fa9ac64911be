package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dvpp.curriculum.internal.StrictJson;
import org.dvpp.domain.Violation;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The optional fathering component and the aftercare purpose in the JSON format, and progress with the component. */
class FatheringComponentTest {

    /** Six 120-minute sessions: core modules 1-2 and 3-4, fathering 5-6; core rule 3 sessions, sessions 1 required. */
    static ObjectNode withFathering(GroupType type, String fathering) {
        ObjectNode root = Fixtures.smallJson();
        root.put("groupType", type.name());
        ArrayNode sessions = (ArrayNode) root.get("sessions");
        for (int n = 5; n <= 6; n++) {
            ObjectNode s = (ObjectNode) StrictJson.MAPPER.readTree(CurriculumJson.write(Fixtures.small(type)))
                    .get("sessions").get(0);
            s.put("number", n);
            s.put("title", "Being a father " + (n - 4));
            sessions.add(s);
        }
        ((ArrayNode) root.get("modules")).add(StrictJson.MAPPER.readTree(
                "{\"id\": \"fathering\", \"title\": \"Fathering\", \"firstSession\": 5, \"lastSession\": 6}"));
        root.set("fathering", StrictJson.MAPPER.readTree(fathering));
        return root;
    }

    private static List<Violation> violations(ObjectNode root) {
        try {
            CurriculumJson.read(root.toString(), "test");
        } catch (InvalidCurriculumException e) {
            return e.violations();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void aFatheringModuleIsReadWrittenAndKeptOutOfTheEntryPoints() {
        Curriculum c = CurriculumJson.read(withFathering(GroupType.ROLLING,
                "{\"module\": \"fathering\", \"completion\": {\"requiredSessions\": [5, 6]}}").toString(), "test");
        assertThat(c.fathering()).hasValueSatisfying(f -> assertThat(f.module()).isEqualTo("fathering"));
        assertThat(c.fatheringSessions()).containsExactly(5, 6);
        assertThat(c.entryPoints()).containsExactly(1, 3);
        assertThat(CurriculumJson.read(CurriculumJson.write(c), "again")).isEqualTo(c);
        // a file without one has none, and is a programme
        Curriculum plain = CurriculumJson.read(Fixtures.smallJson().toString(), "plain");
        assertThat(plain.fathering()).isEmpty();
        assertThat(plain.fatheringSessions()).isEmpty();
        assertThat(plain.purpose()).isEqualTo(Curriculum.Purpose.PROGRAMME);
    }

    @Test
    void eachBrokenRuleOfTheComponentIsNamedWithItsPath() {
        assertThat(violations(withFathering(GroupType.CLOSED, "{\"module\": \"fathers\", \"completion\": "
                + "{\"minSessions\": 1}}"))).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fathering.module", "exists"));
        assertThat(violations(withFathering(GroupType.CLOSED, "{\"module\": \"fathering\", \"completion\": "
                + "{\"all\": [{\"requiredSessions\": [2]}, {\"minSessions\": 3}, {\"minOneToOnes\": 1}]}}")))
                .extracting(Violation::path, Violation::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fathering.completion.all[0].requiredSessions", "in-scope"),
                        org.assertj.core.groups.Tuple.tuple("fathering.completion.all[1].minSessions", "achievable"),
                        org.assertj.core.groups.Tuple.tuple("fathering.completion.all[2].minOneToOnes", "achievable"));
        assertThat(violations(withFathering(GroupType.CLOSED, "{\"module\": \"fathering\"}")))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fathering.completion", "required"));
        assertThat(violations(withFathering(GroupType.CLOSED, "{\"module\": \"fathering\", \"completion\": "
                + "{\"minSessions\": 1}, \"parents\": true}"))).extracting(Violation::rule)
                .containsExactly("unknown-property");
        assertThat(violations(withFathering(GroupType.CLOSED, "{\"module\": 5, \"completion\": {\"minSessions\": 1}}")))
                .extracting(Violation::path).containsExactly("fathering.module");
        // the curriculum's own rule must be met without the fathering sessions
        ObjectNode requires = withFathering(GroupType.CLOSED, "{\"module\": \"fathering\", \"completion\": "
                + "{\"minSessions\": 1}}");
        ((ObjectNode) requires.get("completion")).putArray("requiredSessions").add(1).add(6);
        ((ObjectNode) requires.get("completion")).put("minSessions", 5);
        assertThat(violations(requires)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("completion.minSessions", "achievable"),
                org.assertj.core.groups.Tuple.tuple("completion.requiredSessions", "not-fathering-session"));
        assertThat(violations(requires)).extracting(Violation::message).anySatisfy(m ->
                assertThat(m).contains("4 sessions outside the fathering component"));
        // the component cannot be every session
        ObjectNode whole = Fixtures.smallJson();
        whole.set("modules", StrictJson.MAPPER.readTree(
                "[{\"id\": \"fathering\", \"title\": \"All\", \"firstSession\": 1, \"lastSession\": 4}]"));
        ((ObjectNode) whole.get("completion")).putArray("requiredSessions");
        ((ObjectNode) whole.get("completion")).put("minSessions", 0);
        ((ObjectNode) whole.get("completion")).put("minHours", 0);
        whole.set("fathering", StrictJson.MAPPER.readTree("{\"module\": \"fathering\", \"completion\": "
                + "{\"minSessions\": 1}}"));
        assertThat(violations(whole)).extracting(Violation::rule).containsExactly("not-every-session");
        // a fathering module that claims sessions far beyond the last is refused as a module, quickly
        ObjectNode huge = withFathering(GroupType.CLOSED, "{\"module\": \"fathering\", \"completion\": "
                + "{\"minSessions\": 1}}");
        ((ObjectNode) ((ArrayNode) huge.get("modules")).get(2)).put("lastSession", Integer.MAX_VALUE);
        assertThat(violations(huge)).extracting(Violation::path).contains("modules[2].lastSession");
    }

    @Test
    void anAftercareCurriculumIsMarkedAndHasNoFatheringOrOneToOnePathway() {
        ObjectNode root = Fixtures.smallJson();
        root.put("purpose", "AFTERCARE");
        Curriculum c = CurriculumJson.read(root.toString(), "aftercare");
        assertThat(c.isAftercare()).isTrue();
        assertThat(CurriculumJson.read(CurriculumJson.write(c), "again")).isEqualTo(c);
        root.put("purpose", "RELAPSE");
        assertThat(violations(root)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("purpose", "allowed-value"));
        ObjectNode both = withFathering(GroupType.CLOSED, "{\"module\": \"fathering\", \"completion\": "
                + "{\"minSessions\": 1}}");
        both.put("purpose", "AFTERCARE");
        both.set("oneToOnePathway", StrictJson.MAPPER.readTree(
                "{\"everyWeeks\": 1, \"minutes\": 60, \"completion\": {\"minOneToOnes\": 3}}"));
        assertThat(violations(both)).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("fathering", "not-in-aftercare"),
                org.assertj.core.groups.Tuple.tuple("oneToOnePathway", "not-in-aftercare"));
    }

    @Test
    void theComponentCountsOnlyForAParentAndHasItsOwnRule() {
        Curriculum c = CurriculumJson.read(withFathering(GroupType.CLOSED,
                "{\"module\": \"fathering\", \"completion\": {\"requiredSessions\": [5, 6]}}").toString(), "test");
        // present at 1, 2, 3 and 5; absent (unexcused) at 4 and 6
        Registers r = Registers.of(List.of(Registers.present(), Registers.present(), Registers.present(),
                Registers.unexcused(), Registers.present(), Registers.unexcused()));
        Progress father = Progress.of(c, r.man, r.sessions, r.attendance, r.oneToOnes, true);
        assertThat(father.delivered()).isEqualTo(6);
        assertThat(father.coveredSessions()).containsExactly(1, 2, 3, 5);
        // the core rule (3 sessions, 6 hours, session 1) is met without the fathering sessions; the component's is not
        assertThat(father.unmet()).containsExactly("fathering required-sessions: not yet attended or caught up [6]");
        assertThat(father.fathering()).hasValueSatisfying(f -> {
            assertThat(f.applies()).isTrue();
            assertThat(f.covered()).containsExactly(5);
            assertThat(f.groupTime().toMinutes()).isEqualTo(120);
            assertThat(f.met()).isFalse();
        });
        // a catch-up of session 6 meets it
        r.oneToOne(org.dvpp.domain.group.OneToOneKind.CATCH_UP, AttendanceStatus.PRESENT, 60, Set.of(6));
        assertThat(Progress.of(c, r.man, r.sessions, r.attendance, r.oneToOnes, true).completed()).isTrue();

        // not a parent: the fathering meetings, and lines at them, are left out of every figure
        Progress other = Progress.of(c, r.man, r.sessions, r.attendance, r.oneToOnes, false);
        assertThat(other.delivered()).isEqualTo(4);
        assertThat(other.unexcusedAbsences()).isEqualTo(1);
        assertThat(other.groupTime().toMinutes()).isEqualTo(360);
        assertThat(other.coveredSessions()).containsExactly(1, 2, 3);
        assertThat(other.completed()).isTrue();
        assertThat(other.fathering()).hasValueSatisfying(f -> {
            assertThat(f.applies()).isFalse();
            assertThat(f.sessions()).containsExactly(5, 6);
            assertThat(f.covered()).isEmpty();
        });
        // the five-argument form is the same as a man who is not a parent
        assertThat(Progress.of(c, r.man, r.sessions, r.attendance, r.oneToOnes)).isEqualTo(other);

        // the core rule for a father is judged on the core sessions only: fathering sessions do not make up for them
        Registers few = Registers.of(List.of(Registers.present(), Registers.present(), Registers.excused(),
                Registers.excused(), Registers.present(), Registers.present()));
        Progress p = Progress.of(c, few.man, few.sessions, few.attendance, few.oneToOnes, true);
        assertThat(p.coveredSessions()).hasSize(4);
        assertThat(p.unmet()).containsExactly("min-sessions: 2 of 3 sessions covered", "min-hours: 4 of 6 hours");
        // a curriculum without a component has no fathering progress
        assertThat(Registers.of(List.of(Registers.present())).progress(Fixtures.small(GroupType.CLOSED)).fathering())
                .isEmpty();
        assertThatThrownBy(() -> Progress.of(c, r.man, null, r.attendance, r.oneToOnes, true))
                .hasMessageContaining("sessions");
    }
}
