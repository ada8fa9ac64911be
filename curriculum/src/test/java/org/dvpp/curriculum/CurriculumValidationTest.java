package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One test per kind of defect: each is refused with the JSON path, the rule and a precise message. */
class CurriculumValidationTest {

    private static Violation onlyViolation(ObjectNode json) {
        InvalidCurriculumException e = catchThrowableOfType(InvalidCurriculumException.class,
                () -> CurriculumJson.read(json.toString(), "test.json"));
        assertThat(e).as("expected the definition to be refused").isNotNull();
        assertThat(e.source()).isEqualTo("test.json");
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void theUnbrokenFixtureIsValid() {
        assertThat(CurriculumJson.read(Fixtures.smallJson().toString(), "ok.json").sessionCount()).isEqualTo(4);
    }

    @Test
    void refusesAGapInSessionNumbers() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 2).put("number", 5);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[2].number");
        assertThat(v.rule()).isEqualTo("sequence");
        assertThat(v.message()).contains("expected 3", "found 5");
    }

    @Test
    void refusesADuplicateSessionNumber() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 2).put("number", 2);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[2].number");
        assertThat(v.rule()).isEqualTo("unique");
        assertThat(v.message()).contains("session number 2 is used twice", "sessions[1]");
    }

    @Test
    void refusesAZeroDuration() {
        ObjectNode json = Fixtures.smallJson();
        ObjectNode s = Fixtures.sessionNode(json, 1);
        s.put("durationMinutes", 0);
        s.set("exercises", json.arrayNode());
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[1].durationMinutes");
        assertThat(v.rule()).isEqualTo("positive");
    }

    @Test
    void refusesANegativeExerciseDuration() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) Fixtures.sessionNode(json, 0).get("exercises").get(0)).put("minutes", -5);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[0].exercises[0].minutes");
        assertThat(v.rule()).isEqualTo("positive");
    }

    @Test
    void refusesASessionLongerThanTheBookedSlot() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 3).put("durationMinutes", 150);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[3].durationMinutes");
        assertThat(v.rule()).isEqualTo("fits-slot");
    }

    @Test
    void refusesExercisesThatDoNotFitTheSession() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) Fixtures.sessionNode(json, 0).get("exercises").get(0)).put("minutes", 121);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[0].exercises");
        assertThat(v.rule()).isEqualTo("fits-session");
    }

    @Test
    void refusesModulesThatLeaveASessionUncovered() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.moduleNode(json, 1).put("lastSession", 3);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("modules");
        assertThat(v.rule()).isEqualTo("covers-all-sessions");
        assertThat(v.message()).contains("sessions [4]");
    }

    @Test
    void refusesOverlappingModulesNamingBoth() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.moduleNode(json, 1).put("firstSession", 2);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("modules[1]");
        assertThat(v.rule()).isEqualTo("no-overlap");
        assertThat(v.message()).contains("second", "first", "session 2");
    }

    @Test
    void refusesAModuleBeyondTheLastSession() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.moduleNode(json, 1).put("lastSession", 9);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("modules[1].lastSession");
        assertThat(v.rule()).isEqualTo("range");
    }

    @Test
    void refusesARollingCurriculumWithoutModules() {
        ObjectNode json = Fixtures.smallJson();
        json.put("groupType", "ROLLING");
        json.set("modules", json.arrayNode());
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("modules");
        assertThat(v.message()).contains("rolling");
    }

    @Test
    void refusesACompletionRuleNeedingMoreSessionsThanExist() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) json.get("completion")).put("minSessions", 5);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("completion.minSessions");
        assertThat(v.rule()).isEqualTo("achievable");
    }

    @Test
    void refusesACompletionRuleNeedingMoreHoursThanCanBeDelivered() {
        ObjectNode json = Fixtures.smallJson();
        // 4 x 2 h group + 4 weekly 1 h one-to-ones = 12 h at most
        ((ObjectNode) json.get("completion")).put("minHours", 13);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("completion.minHours");
        assertThat(v.rule()).isEqualTo("achievable");
        assertThat(v.message()).contains("12 hours 0 minutes");
    }

    @Test
    void acceptsACompletionRuleAtExactlyTheHoursThatCanBeDelivered() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) json.get("completion")).put("minHours", 12);
        assertThat(CurriculumJson.read(json.toString(), "edge.json").completion().minHours()).isEqualTo(12);
    }

    @Test
    void refusesARequiredSessionThatDoesNotExist() {
        ObjectNode json = Fixtures.smallJson();
        ((ArrayNode) json.get("completion").get("requiredSessions")).add(7);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("completion.requiredSessions");
        assertThat(v.rule()).isEqualTo("exists");
        assertThat(v.message()).contains("7");
    }

    @Test
    void refusesAZeroWarningThreshold() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) json.get("completion")).put("warnAfterConsecutiveUnexcused", 0);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("completion.warnAfterConsecutiveUnexcused");
    }

    @Test
    void refusesABadId() {
        ObjectNode json = Fixtures.smallJson();
        json.put("id", "Has Spaces");
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("id");
        assertThat(v.rule()).isEqualTo("id-format");
    }

    @Test
    void refusesABlankTitle() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 0).put("title", "  ");
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("sessions[0].title");
        assertThat(v.rule()).isEqualTo("not-blank");
    }

    @Test
    void refusesAOneToOneCadenceWithNoLength() {
        ObjectNode json = Fixtures.smallJson();
        ((ObjectNode) json.get("oneToOne")).put("minutes", 0);
        ((ObjectNode) json.get("completion")).put("minHours", 0);
        Violation v = onlyViolation(json);
        assertThat(v.path()).isEqualTo("oneToOne.minutes");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ObjectNode json = Fixtures.smallJson();
        Fixtures.sessionNode(json, 1).put("title", "");
        ((ObjectNode) json.get("completion")).put("minSessions", 99);
        InvalidCurriculumException e = catchThrowableOfType(InvalidCurriculumException.class,
                () -> CurriculumJson.read(json.toString(), "two.json"));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("sessions[1].title", "completion.minSessions");
        assertThat(e.getMessage()).startsWith("two.json: ");
    }
}
