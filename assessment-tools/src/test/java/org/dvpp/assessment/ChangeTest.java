package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reliable change (INSTRUMENTS.md section 11) and raw change between two results (TOP, readiness ruler). */
class ChangeTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();

    private static BigDecimal six(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RCI-1 [V suddengains], 10.5, 0.931, 2.758124, 3.900577, 7.645131",
        "RCI-2 [V suddengains], 6.396073, 0.931, 1.680111, 2.376036, 4.657030"})
    void computesThePublishedJacobsonTruaxFigures(String name, String sd, String r, String se, String sdiff,
            String rcv) {
        ReliableChange.Figures f = ReliableChange.figures(ReliabilityParameters.jacobsonTruax(new BigDecimal(sd),
                new BigDecimal(r), name));

        assertThat(six(f.standardError())).isEqualByComparingTo(se);
        assertThat(six(f.standardErrorOfDifference())).isEqualByComparingTo(sdiff);
        assertThat(six(f.reliableChangeValue())).isEqualByComparingTo(rcv);
    }

    private static ScoreResult phq(String answers) {
        return REGISTRY.score("phq-9", Answers.parse(answers));
    }

    @Test
    void aFallOfSixOnPhq9IsAReliableImprovementWithTheNhsFixedValue() {
        ScoreResult before = phq("Q1=2,Q2=2,Q3=2,Q4=2,Q5=2,Q6=2,Q7=2,Q8=2,Q9=0"); // 16
        ScoreResult after = phq("Q1=1,Q2=1,Q3=1,Q4=1,Q5=1,Q6=1,Q7=2,Q8=2,Q9=0"); // 10
        ScoreResult slightly = phq("Q1=1,Q2=1,Q3=1,Q4=1,Q5=1,Q6=2,Q7=2,Q8=2,Q9=0"); // 11

        ReliableChange.Result r = ReliableChange.assess(REGISTRY.get("phq-9"), before, after);

        assertThat(r.change()).isEqualTo(Fraction.of(-6));
        assertThat(r.outcome()).isEqualTo(ReliableChange.Outcome.RELIABLY_IMPROVED);
        assertThat(ReliableChange.assess(REGISTRY.get("phq-9"), before, slightly).outcome())
                .isEqualTo(ReliableChange.Outcome.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.assess(REGISTRY.get("phq-9"), after, before).outcome())
                .isEqualTo(ReliableChange.Outcome.RELIABLY_DETERIORATED);
    }

    @Test
    void comparesTheUnroundedIndexWithZAndMindsPolarity() {
        // RCI-1 figures: S_diff 3.900577, so RCV = 7.645; a change of 8 is reliable, 7 is not
        ReliabilityParameters p = ReliabilityParameters.jacobsonTruax(new BigDecimal("10.5"), new BigDecimal("0.931"),
                "RCI-1");
        InstrumentDescriptor audit = REGISTRY.get("audit").descriptor();
        ScoreResult a20 = REGISTRY.score("audit", Answers.parse("Q1=4,Q2=4,Q3=4,Q4=4,Q5=4,Q6=0,Q7=0,Q8=0,Q9=0,Q10=0"));
        ScoreResult a12 = REGISTRY.score("audit", Answers.parse("Q1=4,Q2=4,Q3=4,Q4=0,Q5=0,Q6=0,Q7=0,Q8=0,Q9=0,Q10=0"));
        ScoreResult a13 = REGISTRY.score("audit", Answers.parse("Q1=4,Q2=4,Q3=4,Q4=1,Q5=0,Q6=0,Q7=0,Q8=0,Q9=0,Q10=0"));

        ReliableChange.Result improved = ReliableChange.assess(audit, a20, a12, p);
        ReliableChange.Result within = ReliableChange.assess(audit, a20, a13, p);

        assertThat(improved.outcome()).isEqualTo(ReliableChange.Outcome.RELIABLY_IMPROVED);
        assertThat(improved.index().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-2.05");
        assertThat(within.outcome()).isEqualTo(ReliableChange.Outcome.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.assess(audit, a20, a12, p.withZ(ReliabilityParameters.Z_90)).outcome())
                .isEqualTo(ReliableChange.Outcome.RELIABLY_IMPROVED);
        assertThat(improved.explanation()).contains("RCI").contains("1.96").contains("lower is better");
    }

    @Test
    void higherIsBetterInstrumentsImproveWhenTheyRise() {
        InstrumentDescriptor urica = REGISTRY.get("urica").descriptor();
        ReliabilityParameters p = ReliabilityParameters.jacobsonTruax(new BigDecimal("1"), new BigDecimal("0.8"),
                "configured");
        ScoreResult low = REGISTRY.score("urica", Answers.parse(all32(1)));
        ScoreResult high = REGISTRY.score("urica", Answers.parse(uricaReady()));

        assertThat(ReliableChange.assess(urica, low, high, p).outcome())
                .isEqualTo(ReliableChange.Outcome.RELIABLY_IMPROVED);
    }

    @Test
    void refusesResultsOfAnotherInstrumentOrWithoutPublishedFigures() {
        ScoreResult p = phq("Q1=0,Q2=0,Q3=0,Q4=0,Q5=0,Q6=0,Q7=0,Q8=0,Q9=0");
        ScoreResult g = REGISTRY.score("gad-7", Answers.parse("Q1=0,Q2=0,Q3=0,Q4=0,Q5=0,Q6=0,Q7=0"));

        assertThatThrownBy(() -> ReliableChange.assess(REGISTRY.get("phq-9"), p, g))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gad-7");
        ScoreResult a = REGISTRY.score("audit", Answers.parse("Q1=0,Q2=0,Q3=0,Q4=0,Q5=0,Q6=0,Q7=0,Q8=0,Q9=0,Q10=0"));
        assertThatThrownBy(() -> ReliableChange.assess(REGISTRY.get("audit"), a, a))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("supply SD and reliability");
        assertThatThrownBy(() -> ReliabilityParameters.jacobsonTruax(BigDecimal.TEN, BigDecimal.ONE, "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 0 and 1");
    }

    private static ScoreComparison.Change change(String id, List<ScoreComparison.Change> changes) {
        return changes.stream().filter(c -> c.scoreId().equals(id)).findFirst().orElseThrow();
    }

    private static List<ScoreComparison.Change> top(String start, String review) {
        Instrument top = REGISTRY.get("top");
        return ScoreComparison.compare(top.descriptor(), top.score(Answers.parse(start)),
                top.score(Answers.parse(review)));
    }

    @Test
    void topFourCrackStoppedIsAbstinent() {
        var c = change("crack_days", top("CRA_W1=3,CRA_W2=3,CRA_W3=3,CRA_W4=3", "CRA_W1=0,CRA_W2=0,CRA_W3=0,CRA_W4=0"));
        assertThat(c.before()).contains(Fraction.of(12));
        assertThat(c.useOutcome()).contains(ScoreComparison.UseOutcome.ABSTINENT);
    }

    @Test
    void topFiveAlcoholDownElevenDaysIsReduced() {
        var c = change("alcohol_days", top("ALC_W1=5,ALC_W2=5,ALC_W3=5,ALC_W4=5", "ALC_W1=3,ALC_W2=2,ALC_W3=2,ALC_W4=2"));
        assertThat(c.delta()).contains(Fraction.of(-11));
        assertThat(c.useOutcome()).contains(ScoreComparison.UseOutcome.REDUCED);
    }

    @Test
    void topSixNotUsingAtStartIsExcluded() {
        var c = change("opiates_days", top("OPI_W1=0,OPI_W2=0,OPI_W3=0,OPI_W4=0", "OPI_W1=0,OPI_W2=0,OPI_W3=0,OPI_W4=0"));
        assertThat(c.useOutcome()).contains(ScoreComparison.UseOutcome.EXCLUDED_NOT_USING_AT_START);
    }

    @Test
    void topEightQualityOfLifeDeltaWithoutSignificance() {
        var c = change("quality_of_life", top("QOL=6", "QOL=12"));
        assertThat(c.delta()).contains(Fraction.of(6));
        assertThat(c.useOutcome()).isEmpty();
    }

    @Test
    void topNineDeclinedIsRecordedAndExcludedNotZero() {
        Instrument top = REGISTRY.get("top");
        ScoreResult declined = top.score(Answers.parse("ALC_W1=NA,ALC_W2=99,ALC_W3=na,ALC_W4=declined"));

        assertThat(declined.declinedItems()).containsExactly("ALC_W1", "ALC_W2", "ALC_W3", "ALC_W4");
        assertThat(declined.subscales()).doesNotContainKey("alcohol_days");
        var c = change("alcohol_days", top("ALC_W1=NA,ALC_W2=NA,ALC_W3=NA,ALC_W4=NA",
                "ALC_W1=1,ALC_W2=1,ALC_W3=1,ALC_W4=1"));
        assertThat(c.useOutcome()).contains(ScoreComparison.UseOutcome.EXCLUDED_NOT_RECORDED);
    }

    @Test
    void topSevenNoInjectingNoSharing() {
        ScoreResult r = REGISTRY.score("top", Answers.parse(
                "INJ_W1=0,INJ_W2=0,INJ_W3=0,INJ_W4=0,SHARE_NEEDLE=n,SHARE_PARA=n"));
        assertThat(r.subscales()).containsEntry("injecting_days", Fraction.ZERO);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void readinessRulerFourReportsRawChangeOnly() {
        Instrument rr = REGISTRY.get("readiness-ruler");
        var changes = ScoreComparison.compare(rr.descriptor(), rr.score(Answers.parse("IMP=3")),
                rr.score(Answers.parse("IMP=8")));
        assertThat(change("importance", changes).delta()).contains(Fraction.of(5));
        assertThat(change("confidence", changes).delta()).isEmpty();
        assertThatThrownBy(() -> ReliableChange.assess(rr.descriptor(), rr.score(Answers.parse("IMP=3")),
                rr.score(Answers.parse("IMP=8")), ReliabilityParameters.fixedChange(BigDecimal.ONE, "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no total");
    }

    static String all32(int v) {
        StringBuilder b = new StringBuilder();
        for (int q = 1; q <= 32; q++) {
            b.append(q > 1 ? "," : "").append('Q').append(q).append('=').append(v);
        }
        return b.toString();
    }

    static String uricaReady() {
        List<Integer> pc = List.of(1, 5, 11, 13, 23, 26, 29);
        StringBuilder b = new StringBuilder();
        for (int q = 1; q <= 32; q++) {
            b.append(q > 1 ? "," : "").append('Q').append(q).append('=').append(pc.contains(q) ? 1 : 5);
        }
        return b.toString();
    }
}
