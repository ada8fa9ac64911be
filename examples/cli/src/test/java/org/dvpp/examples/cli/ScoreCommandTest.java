package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.testkit.BuiltInTestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<BuiltInTestVectors.Vector> scoring() {
        return BuiltInTestVectors.scoring();
    }

    static List<BuiltInTestVectors.Invalid> invalid() {
        return BuiltInTestVectors.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoring")
    void scoresEveryPublishedVectorAsJson(BuiltInTestVectors.Vector v) {
        CliRun run = CliRun.of("score", v.instrument(), "--answers", v.answers(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("instrumentId").asString()).isEqualTo(v.instrument());
        assertThat(r.get("instrumentVersion").asString()).isNotBlank();
        assertThat(r.get("explanation").asString()).contains(v.instrument());
        assertThat(r.has("subscales")).isTrue();
        assertThat(r.get("flags").isArray()).isTrue();
        if (v.total() == null) {
            assertThat(r.get("total").isNull()).isTrue();
        } else {
            Fraction expected = Fraction.parse(v.total());
            assertThat(r.get("totalExact").asString()).isEqualTo(expected.toString());
            assertThat(r.get("total").decimalValue()).isEqualByComparingTo(new BigDecimal(expected.toDecimal(4)));
        }
        if (v.band() != null) {
            assertThat(r.get("band").get("code").asString()).isEqualTo(v.band());
            assertThat(r.get("band").get("label").asString()).isNotBlank();
        }
        List<String> flags = r.get("flags").valueStream().map(f -> f.get("code").asString()).toList();
        assertThat(flags).containsAll(v.flags());
        v.noFlags().forEach(f -> assertThat(flags).doesNotContain(f));
        if (v.gate() != null) {
            JsonNode gate = r.get("gates").valueStream().filter(g -> g.get("code").asString().equals(v.gate()))
                    .findFirst().orElseThrow();
            assertThat(gate.get("met").asBoolean()).isEqualTo(v.gateMet());
        }
        if (!v.subscales().isEmpty()) {
            for (String kv : v.subscales().split(",")) {
                String[] p = kv.split("=");
                assertThat(r.get("subscales").get(p[0]).decimalValue())
                        .isEqualByComparingTo(new BigDecimal(Fraction.parse(p[1]).toDecimal(4)));
                assertThat(r.get("subscalesExact").get(p[0]).asString()).isEqualTo(Fraction.parse(p[1]).toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsInvalidAnswersWithExitCode2NamingItemAndRule(BuiltInTestVectors.Invalid v) {
        CliRun run = CliRun.of("score", v.instrument(), "--answers", v.answers(), "--json");

        // with --json the error is JSON too, on standard output
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        var error = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).get("error");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(error.get("violations")).anySatisfy(x -> {
            assertThat(x.get("path").asString()).contains(v.instrument() + "." + v.item());
            assertThat(x.get("rule").asString()).isEqualTo(v.rule());
        });

        CliRun text = CliRun.of("score", v.instrument(), "--answers", v.answers());
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains(v.instrument() + "." + v.item()).contains("[" + v.rule() + "]");
    }

    @Test
    void printsAReadableResultWithoutJson() {
        CliRun run = CliRun.of("score", "audit", "--answers", "Q1=4,Q2=1,Q3=2,Q4=3,Q5=3,Q6=1,Q7=4,Q8=2,Q9=2,Q10=2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("audit 1.0.0: total 24, band IV (possible dependence)");
    }

    @Test
    void unknownInstrumentExitsWith2ListingKnownOnes() {
        CliRun run = CliRun.of("score", "no-such-tool", "--answers", "Q1=1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-tool").contains("audit").contains("phq-9");
    }

    @Test
    void malformedAnswerListExitsWith2() {
        CliRun run = CliRun.of("score", "audit", "--answers", "Q1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ITEM=VALUE");
    }
}
