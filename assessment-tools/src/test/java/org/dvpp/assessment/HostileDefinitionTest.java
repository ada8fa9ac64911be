package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed and hostile definition files fail with a clear error naming the JSON path, never a half-built instrument. */
class HostileDefinitionTest {
    private static final String HEAD = "\"schemaVersion\":1,\"id\":\"x\",\"version\":\"1\",\"title\":\"t\","
            + "\"polarity\":\"NEUTRAL\",\"source\":\"s\",\"licence\":\"l\",";
    private static final String ITEMS = "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"choice\",\"options\":"
            + "[{\"value\":0,\"label\":\"n\"},{\"value\":1,\"label\":\"y\"}]},{\"id\":\"B\",\"label\":\"b\","
            + "\"type\":\"yesno\"}]";

    private static InvalidDefinitionException rejected(String json) {
        try {
            InstrumentDefinitions.fromJson(json, "hostile.json");
        } catch (InvalidDefinitionException e) {
            assertThat(e.source()).isEqualTo("hostile.json");
            assertThat(e.getMessage()).contains("hostile.json");
            return e;
        }
        throw new AssertionError("definition was accepted: " + json);
    }

    private static void assertViolation(String json, String path, String rule) {
        InvalidDefinitionException e = rejected(json);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule).as(e.getMessage())
                .contains(org.assertj.core.groups.Tuple.tuple(path, rule));
    }

    @Test
    void acceptsTheBaseDefinition() {
        Instrument i = InstrumentDefinitions.fromJson("{" + HEAD + ITEMS + ",\"total\":{\"method\":\"sum\"}}", "ok");
        assertThat(i.descriptor().totalRange()).contains(new Range(Fraction.ZERO, Fraction.of(2)));
    }

    private static final String WIDE = "\"items\":[{\"id\":\"W\",\"label\":\"w\",\"type\":\"integer\",\"min\":0,"
            + "\"max\":1000000}]";

    @Test
    void rejectsAFormulaWhoseRangeOverflowsExactArithmetic() {
        // found by fuzzing: the range analysis threw ArithmeticException (long overflow) out of fromJson
        assertViolation("{" + HEAD + WIDE + ",\"derived\":[{\"id\":\"D\",\"label\":\"d\",\"formula\":\"W*W*W*W\"}]}",
                "$.derived[0].formula", "overflow");
        assertViolation("{" + HEAD + WIDE + ",\"total\":{\"method\":\"formula\",\"formula\":"
                + "\"999999999999 * 999999999999 * W\"}}", "$.total.formula", "overflow");
    }

    @Test
    void refusesAnswersThatOverflowAConditionWithATypedError() {
        // found by fuzzing: a flag's arithmetic overflowed while scoring, as an untyped ArithmeticException
        Instrument i = InstrumentDefinitions.fromJson("{" + HEAD + WIDE + ",\"total\":{\"method\":\"sum\"},"
                + "\"flags\":[{\"code\":\"f\",\"label\":\"f\",\"when\":\"W*W*W*W > 1\"}]}", "ok");
        assertThat(i.score(Answers.builder().put("W", 1000).build()).flags()).hasSize(1);
        assertThatThrownBy(() -> i.score(Answers.builder().put("W", 1_000_000).build()))
                .isInstanceOf(InvalidAnswersException.class)
                .satisfies(e -> assertThat(((InvalidAnswersException) e).violations()).extracting(Violation::rule)
                        .containsExactly("overflow"));
    }

    @Test
    void rejectsAnUnknownPropertyWithItsPath() {
        assertViolation("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"yesno\",\"colour\":1}]}",
                "$.items[0].colour", "unknown-property");
    }

    @Test
    void rejectsADuplicateJsonKey() {
        InvalidDefinitionException e = rejected("{" + HEAD + "\"id\":\"y\"," + ITEMS + "}");
        assertThat(e.violations().get(0).rule()).isEqualTo("duplicate-key");
        assertThat(e.violations().get(0).path()).isEqualTo("$.id");
    }

    @Test
    void rejectsADuplicateItemId() {
        assertViolation("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"yesno\"},"
                + "{\"id\":\"A\",\"label\":\"b\",\"type\":\"yesno\"}]}", "$.items[1].id", "unique");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0|2|2|$.bands[1].min|no-gap",
        "0|1|1|2|$.bands[1].min|no-overlap",
        "1|1|2|2|$.bands[0].min|covers-range",
        "0|0|1|1|$.bands[1].max|covers-range"})
    void rejectsBandsWithGapsOverlapsOrThatMissTheRange(int min0, int max0, int min1, int max1, String path,
            String rule) {
        assertViolation("{" + HEAD + ITEMS + ",\"total\":{\"method\":\"sum\"},\"bands\":[{\"code\":\"a\",\"label\":"
                + "\"a\",\"min\":" + min0 + ",\"max\":" + max0 + "},{\"code\":\"b\",\"label\":\"b\",\"min\":" + min1
                + ",\"max\":" + max1 + "}]}", path, rule);
    }

    @Test
    void rejectsAFormulaNamingAnUndefinedItem() {
        InvalidDefinitionException e = rejected("{" + HEAD + ITEMS + ",\"total\":{\"method\":\"formula\","
                + "\"formula\":\"A + Z9\"}}");
        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo("$.total.formula");
            assertThat(v.message()).contains("'Z9'");
        });
    }

    @Test
    void rejectsAFlagThatIsNotACondition() {
        assertViolation("{" + HEAD + ITEMS + ",\"flags\":[{\"code\":\"f\",\"label\":\"f\",\"when\":\"A + 1\"}]}",
                "$.flags[0].when", "formula");
    }

    @Test
    void rejectsSkipLogicReadingALaterItem() {
        assertViolation("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"yesno\",\"askedWhen\":"
                + "\"isYes(B)\"},{\"id\":\"B\",\"label\":\"b\",\"type\":\"yesno\"}]}", "$.items[0].askedWhen",
                "formula");
    }

    @Test
    void rejectsDeepJsonNesting() {
        String deep = "[".repeat(200) + "]".repeat(200);
        InvalidDefinitionException e = rejected("{" + HEAD + ITEMS + ",\"bands\":" + deep + "}");
        assertThat(e.violations().get(0).rule()).isEqualTo("limits");
        assertThat(e.violations().get(0).message()).containsIgnoringCase("nesting");
    }

    @Test
    void rejectsDeeplyNestedFormulas() {
        String f = "(".repeat(100) + "A" + ")".repeat(100);
        assertViolation("{" + HEAD + ITEMS + ",\"total\":{\"method\":\"formula\",\"formula\":\"" + f + "\"}}",
                "$.total.formula", "formula");
    }

    @Test
    void rejectsAHugeString() {
        InvalidDefinitionException e = rejected("{" + HEAD.replace("\"t\"", "\"" + "x".repeat(20_001) + "\"")
                + ITEMS + "}");
        assertThat(e.violations().get(0).rule()).isEqualTo("limits");
        assertThat(e.violations().get(0).path()).isEqualTo("$.title");
    }

    @Test
    void rejectsALongTitleBelowTheStreamLimit() {
        assertViolation("{" + HEAD.replace("\"t\"", "\"" + "x".repeat(5_000) + "\"") + ITEMS + "}", "$.title",
                "max-length");
    }

    @Test
    void rejectsAHugeNumber() {
        InvalidDefinitionException e = rejected("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":"
                + "\"choice\",\"options\":[{\"value\":0,\"label\":\"n\"},{\"value\":" + "9".repeat(40)
                + ",\"label\":\"y\"}]}]}");
        assertThat(e.violations().get(0).path()).startsWith("$.items[0].options[1]");
    }

    @Test
    void rejectsAnIntOverflow() {
        InvalidDefinitionException e = rejected("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":"
                + "\"choice\",\"options\":[{\"value\":0,\"label\":\"n\"},{\"value\":99999999999,\"label\":\"y\"}]}]}");
        assertThat(e.violations().get(0).path()).isEqualTo("$.items[0].options[1].value");
    }

    @Test
    void rejectsPolymorphicTypeHints() {
        InvalidDefinitionException e = rejected("{\"@class\":\"java.lang.ProcessBuilder\"," + HEAD + ITEMS + "}");
        assertThat(e.violations().get(0).rule()).isEqualTo("unknown-property");
    }

    @Test
    void rejectsTrailingContentAndNonObjects() {
        assertThat(rejected("{" + HEAD + ITEMS + "} {}").violations()).isNotEmpty();
        assertThat(rejected("[1,2]").violations()).isNotEmpty();
        assertThat(rejected("").violations()).isNotEmpty();
        assertThat(rejected("null").violations()).isNotEmpty();
    }

    @Test
    void aNumberWrittenAsAStringIsNotCoerced() {
        InvalidDefinitionException e = rejected("{" + HEAD.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\"")
                + ITEMS + "}");
        assertThat(e.violations().get(0).rule()).isEqualTo("type");
        assertThat(e.violations().get(0).path()).isEqualTo("$.schemaVersion");
        InvalidDefinitionException v = rejected("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":"
                + "\"choice\",\"options\":[{\"value\":\"15\",\"label\":\"n\"}]}]}");
        assertThat(v.violations().get(0).rule()).isEqualTo("type");
        assertThat(v.violations().get(0).path()).isEqualTo("$.items[0].options[0].value");
    }

    @Test
    void anEmptyOrNullDocumentIsAClearErrorWithTheSameRuleAsACurriculum() {
        for (String doc : new String[] {"", "  ", "null"}) {
            Violation v = rejected(doc).violations().get(0);
            assertThat(v.rule()).isEqualTo("required");
            assertThat(v.message()).contains("empty or null");
        }
        assertThat(rejected("{").violations().get(0).rule()).isEqualTo("syntax");
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnce() {
        InvalidDefinitionException e = rejected("{\"schemaVersion\":1,\"items\":[{\"type\":\"yesno\"}]}");
        assertThat(e.violations()).extracting(Violation::path).contains("$.id", "$.version", "$.title", "$.source",
                "$.licence", "$.polarity", "$.items[0].id", "$.items[0].label");
    }

    @Test
    void rejectsAnUnsupportedSchemaVersion() {
        assertViolation("{" + HEAD.replace("\"schemaVersion\":1", "\"schemaVersion\":2") + ITEMS + "}",
                "$.schemaVersion", "supported-version");
    }

    @Test
    void rejectsDuplicateOptionValuesAndBadItemTypes() {
        assertViolation("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"choice\",\"options\":"
                + "[{\"value\":0,\"label\":\"n\"},{\"value\":0,\"label\":\"y\"}]}]}", "$.items[0].options[1].value",
                "unique");
        assertViolation("{" + HEAD + "\"items\":[{\"id\":\"A\",\"label\":\"a\",\"type\":\"slider\"}]}",
                "$.items[0].type", "allowed-values");
    }

    @Test
    void rejectsAMissingResource() {
        assertThatThrownBy(() -> InstrumentDefinitions.fromResource(getClass(), "/META-INF/none.json"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("/META-INF/none.json");
    }
}
