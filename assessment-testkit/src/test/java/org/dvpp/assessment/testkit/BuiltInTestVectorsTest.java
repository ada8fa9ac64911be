package org.dvpp.assessment.testkit;

import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.assessment.ScoreResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInTestVectorsTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();

    static List<BuiltInTestVectors.Vector> scoring() {
        return BuiltInTestVectors.scoring();
    }

    static List<BuiltInTestVectors.Invalid> invalid() {
        return BuiltInTestVectors.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoring")
    void scoresEveryPublishedVectorExactly(BuiltInTestVectors.Vector v) {
        ScoreResult r = REGISTRY.score(v.instrument(), Answers.parse(v.answers()));

        assertThat(r.instrumentId()).isEqualTo(v.instrument());
        assertThat(r.instrumentVersion()).isEqualTo(REGISTRY.get(v.instrument()).descriptor().version());
        if (v.total() == null) {
            assertThat(r.total()).isEmpty();
        } else {
            assertThat(r.total()).contains(Fraction.parse(v.total()));
        }
        if (v.band() != null) {
            assertThat(r.band()).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(v.band()));
        }
        for (String f : v.flags()) {
            assertThat(r.hasFlag(f)).as("flag %s raised", f).isTrue();
        }
        for (String f : v.noFlags()) {
            assertThat(r.hasFlag(f)).as("flag %s not raised", f).isFalse();
        }
        if (v.gate() != null) {
            assertThat(r.gate(v.gate())).hasValueSatisfying(g -> assertThat(g.met()).isEqualTo(v.gateMet()));
        }
        if (!v.subscales().isEmpty()) {
            Map<String, Fraction> expected = new LinkedHashMap<>();
            for (String kv : v.subscales().split(",")) {
                String[] p = kv.split("=");
                expected.put(p[0], Fraction.parse(p[1]));
            }
            assertThat(r.subscales()).containsAllEntriesOf(expected);
        }
        assertThat(r.explanation()).contains(v.instrument());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsEveryInvalidVectorNamingInstrumentItemAndRule(BuiltInTestVectors.Invalid v) {
        assertThatThrownBy(() -> REGISTRY.score(v.instrument(), Answers.parse(v.answers())))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.instrumentId()).isEqualTo(v.instrument());
                    assertThat(e.violations()).anySatisfy(x -> {
                        assertThat(x.path()).isEqualTo(v.instrument() + "." + v.item());
                        assertThat(x.rule()).isEqualTo(v.rule());
                    });
                    assertThat(e.getMessage()).contains(v.instrument()).contains(v.item());
                });
    }
}
