package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;

/**
 * A Java instrument built on {@link ScoringSupport} checks, bands and explains exactly as the engine does for the
 * same descriptor declared in JSON: the same violations (path and rule) for the same bad answers, the same total,
 * band, flags and explanation for good ones.
 */
class ScoringSupportTest {
    private static final Instrument JSON = InstrumentDefinitions.fromJson("{\"schemaVersion\":1,\"id\":\"acme-s\","
            + "\"version\":\"2\",\"title\":\"Acme S\",\"polarity\":\"LOWER_IS_BETTER\",\"source\":\"s\",\"licence\":\"l\","
            + "\"items\":["
            + "{\"id\":\"A\",\"label\":\"a\",\"type\":\"choice\",\"options\":[{\"value\":1,\"label\":\"x\"},"
            + "{\"value\":2,\"label\":\"y\"},{\"value\":3,\"points\":5,\"label\":\"z\"}]},"
            + "{\"id\":\"B\",\"label\":\"b\",\"type\":\"yesno\"},"
            + "{\"id\":\"C\",\"label\":\"c\",\"type\":\"integer\",\"min\":0,\"max\":4,\"declinable\":true},"
            + "{\"id\":\"N\",\"label\":\"n\",\"type\":\"text\",\"maxLength\":10,\"required\":false}],"
            + "\"total\":{\"method\":\"sum\"},"
            + "\"bands\":[{\"code\":\"lo\",\"label\":\"low\",\"min\":1,\"max\":4},"
            + "{\"code\":\"hi\",\"label\":\"high\",\"min\":5,\"max\":10}],"
            + "\"flags\":[{\"code\":\"b-yes\",\"label\":\"said yes to B\",\"when\":\"B == 1\"}]}", "acme-s.json");
    private static final ScoringSupport SUPPORT = ScoringSupport.of(JSON.descriptor());

    /** The same scoring written in Java on the support, as a plugin author would. */
    private static ScoreResult java(Answers answers) {
        ScoringSupport.Checked checked = SUPPORT.check(answers);
        return SUPPORT.result(checked, Fraction.of(checked.sum()),
                Long.valueOf(1).equals(checked.points().get("B")) ? Set.of("b-yes") : Set.of());
    }

    @Test
    void goodAnswersScoreBandFlagAndExplainAsTheEngineDoes() {
        for (String answers : List.of("A=1,B=no,C=0", "A=3,B=yes,C=4", "A=2,B=yes,C=3", "A=3,B=no,C=2,N=ok")) {
            ScoreResult engine = JSON.score(Answers.parse(answers));
            ScoreResult written = java(Answers.parse(answers));
            assertThat(written.total()).as(answers).isEqualTo(engine.total());
            assertThat(written.band()).as(answers).isEqualTo(engine.band());
            assertThat(written.flags()).as(answers).isEqualTo(engine.flags());
            assertThat(written.declinedItems()).as(answers).isEqualTo(engine.declinedItems());
            assertThat(written.explanation()).as(answers).startsWith("Acme S (acme-s 2): total ")
                    .contains(engine.band().map(b -> "band " + b.code()).orElse("total"));
        }
        assertThat(java(Answers.parse("A=3,B=yes,C=4")).explanation()).contains("FLAG b-yes");
    }

    @Test
    void badAnswersAreRefusedWithTheEnginesRulesAllAtOnce() {
        for (String answers : List.of("A=4,B=yes,C=1", "A=declined,B=yes,C=1", "A=1,B=maybe,C=1", "A=1,B=yes,C=5",
                "A=1,B=yes", "A=1,B=yes,C=1,Z=2", "A=1,B=yes,C=1,N=far too long a note", "A=0,C=-1,Q=1")) {
            List<Violation> engine = catchThrowableOfType(() -> JSON.score(Answers.parse(answers)),
                    InvalidAnswersException.class).violations();
            List<Violation> written = catchThrowableOfType(() -> java(Answers.parse(answers)),
                    InvalidAnswersException.class).violations();
            assertThat(written).as(answers).extracting(Violation::path, Violation::rule)
                    .containsExactlyInAnyOrderElementsOf(engine.stream()
                            .map(v -> org.assertj.core.groups.Tuple.tuple(v.path(), v.rule())).toList());
        }
    }

    @Test
    void aFlagTheDescriptorDoesNotHaveIsABug() {
        ScoringSupport.Checked checked = SUPPORT.check(Answers.parse("A=1,B=no,C=0"));
        assertThatThrownBy(() -> SUPPORT.result(checked, Fraction.of(1), Set.of("no-such-flag")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-flag");
        assertThat(SUPPORT.band(Fraction.of(9, 2)).orElseThrow().code()).isEqualTo("hi");
    }
}
