package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Definition files come from agencies and may be malformed or hostile: each case is refused with a precise path. */
class HostileJsonTest {

    private static Violation refused(String json) {
        InvalidCurriculumException e = catchThrowableOfType(InvalidCurriculumException.class,
                () -> CurriculumJson.read(json, "hostile.json"));
        assertThat(e).as("expected refusal").isNotNull();
        return e.violations().get(0);
    }

    @Test
    void refusesAnUnknownProperty() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 1).put("colour", "red");
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("unknown-property");
        assertThat(v.path()).isEqualTo("sessions[1].colour");
        assertThat(v.message()).contains("'colour'", "durationMinutes");
    }

    @Test
    void ignoresTypeHintsAndRefusesThemAsUnknownProperties() {
        ObjectNode json = Fixtures.smallJson();
        json.put("@class", "java.lang.ProcessBuilder");
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("unknown-property");
        assertThat(v.path()).isEqualTo("@class");
    }

    @Test
    void refusesADuplicateKey() {
        String json = Fixtures.smallJson().toString().replaceFirst("\"version\":\"1.0.0\"",
                "\"version\":\"1.0.0\",\"version\":\"2.0.0\"");
        Violation v = refused(json);
        assertThat(v.rule()).isEqualTo("duplicate-key");
        assertThat(v.message()).contains("version");
    }

    @Test
    void refusesAMissingProperty() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 2).remove("theme");
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("required");
        assertThat(v.path()).isEqualTo("sessions[2].theme");
        assertThat(v.message()).contains("sessions[2].theme");
    }

    @Test
    void refusesAnExplicitNull() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 0).putNull("title");
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("required");
        assertThat(v.path()).isEqualTo("sessions[0].title");
    }

    @Test
    void refusesAStringWhereANumberBelongs() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 0).put("durationMinutes", "120");
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("type");
        assertThat(v.path()).isEqualTo("sessions[0].durationMinutes");
    }

    @Test
    void refusesAFractionWhereAWholeNumberBelongs() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 0).put("durationMinutes", 119.5);
        Violation v = refused(json.toString());
        assertThat(v.path()).isEqualTo("sessions[0].durationMinutes");
    }

    @Test
    void refusesAnUnknownGroupType() {
        ObjectNode json = Fixtures.smallJson();
        json.put("groupType", "OPEN");
        Violation v = refused(json.toString());
        assertThat(v.path()).isEqualTo("groupType");
        assertThat(v.message()).contains("CLOSED", "ROLLING");
    }

    @Test
    void refusesDeepNesting() {
        ObjectNode json = Fixtures.smallJson();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String text = json.toString().replaceFirst("\"materials\":\\[\\]", "\"materials\":" + deep);
        Violation v = refused(text);
        assertThat(v.rule()).isEqualTo("limits");
        assertThat(v.message()).contains("nesting");
    }

    @Test
    void refusesAnOverlongString() {
        ObjectNode json = Fixtures.smallJson();
        json.put("summary", "x".repeat(100_000));
        Violation v = refused(json.toString());
        assertThat(v.rule()).isEqualTo("limits");
    }

    @Test
    void refusesAnOverlongNumber() {
        String text = Fixtures.smallJson().toString().replaceFirst("\"durationMinutes\":120",
                "\"durationMinutes\":" + "9".repeat(2_000));
        Violation v = refused(text);
        assertThat(v.rule()).isEqualTo("limits");
    }

    @Test
    void refusesTrailingContent() {
        Violation v = refused(Fixtures.smallJson().toString() + " {}");
        assertThat(v.rule()).isEqualTo("trailing-content");
    }

    @Test
    void refusesMalformedJson() {
        Violation v = refused("{\"id\": ");
        assertThat(v.rule()).isEqualTo("syntax");
    }
}
