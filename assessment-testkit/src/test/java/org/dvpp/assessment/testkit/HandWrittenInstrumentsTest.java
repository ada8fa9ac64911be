package org.dvpp.assessment.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentChecks;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.Polarity;
import org.dvpp.assessment.Range;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;

/**
 * Hand-written Java instruments with the faults the contract kit and the registry must catch: two items on a 1-5 scale
 * (total 2-10), scored as a sum, with configurable answer checking, bands and behaviour.
 */
class HandWrittenInstrumentsTest {

    enum Fault { NONE, ACCEPTS_ZERO, ACCEPTS_BETWEEN, ACCEPTS_MISSING, ACCEPTS_DECLINED, THROWS }

    static final List<AnswerType.Option> ONE_TO_FIVE = List.of(new AnswerType.Option(1, 1, "1"),
            new AnswerType.Option(2, 2, "2"), new AnswerType.Option(3, 3, "3"), new AnswerType.Option(4, 4, "4"),
            new AnswerType.Option(5, 5, "5"));
    static final List<Band> GOOD_BANDS = List.of(new Band("low", "Low", 2, 5, ""), new Band("high", "High", 6, 10, ""));

    record Scale(Fault fault, List<AnswerType.Option> options, List<Band> bands) implements Instrument {
        @Override
        public InstrumentDescriptor descriptor() {
            List<Item> items = List.of(new Item("Q1", "First question", new AnswerType.Choice(options), true, true, false,
                    Optional.empty()), new Item("Q2", "Second question", new AnswerType.Choice(options), true, true,
                    false, Optional.empty()));
            int lo = options.stream().mapToInt(AnswerType.Option::value).min().orElse(0) * 2;
            int hi = options.stream().mapToInt(AnswerType.Option::value).max().orElse(0) * 2;
            return new InstrumentDescriptor("agency-scale", "1", "Agency scale", Optional.empty(), items,
                    Optional.of(new Range(Fraction.of(lo), Fraction.of(hi))), "sum of Q1 and Q2", bands, List.of(),
                    List.of(), List.of(), "all items required", Polarity.LOWER_IS_BETTER, "the agency's own",
                    "the agency's own", Optional.empty());
        }

        @Override
        public ScoreResult score(Answers answers) {
            if (fault == Fault.THROWS) {
                throw new IllegalStateException("bug in the plugin");
            }
            List<Violation> v = new ArrayList<>();
            for (String k : answers.asMap().keySet()) {
                if (!k.equals("Q1") && !k.equals("Q2")) {
                    v.add(new Violation("answers." + k, "unknown-item", "no such item"));
                }
            }
            long total = 0;
            for (String id : List.of("Q1", "Q2")) {
                Answer a = answers.getOrNull(id);
                if (a == null) {
                    if (fault != Fault.ACCEPTS_MISSING) {
                        v.add(new Violation("answers." + id, "required", "required"));
                    }
                    continue;
                }
                if (a instanceof Answer.Declined && fault == Fault.ACCEPTS_DECLINED) {
                    continue; // counted as nothing: a declined answer the items do not allow, taken as zero
                }
                if (!(a instanceof Answer.Number n)) {
                    v.add(new Violation("answers." + id, "number", "a number"));
                    continue;
                }
                long x = n.value();
                boolean ok = options.stream().anyMatch(o -> o.value() == x)
                        || fault == Fault.ACCEPTS_ZERO && x == 0
                        || fault == Fault.ACCEPTS_BETWEEN && x > 1 && x < 5;
                if (!ok) {
                    v.add(new Violation("answers." + id, "option", "not an option"));
                }
                total += x;
            }
            if (!v.isEmpty()) {
                throw new InvalidAnswersException("agency-scale", v);
            }
            long t = total;
            Band b = bands.stream().filter(x -> x.contains(t)).findFirst().orElse(bands.get(0)); // sloppy on purpose
            return new ScoreResult("agency-scale", "1", Optional.empty(), Optional.of(Fraction.of(total)),
                    Optional.of(new ScoreResult.BandResult(b.code(), b.label(), b.action())), Map.of(), List.of(),
                    List.of(), List.of(), List.of(), "sum " + total + ", band " + b.code());
        }
    }

    @Test
    void aWellBehavedScalePassesTheKitAndRegisters() {
        Scale s = new Scale(Fault.NONE, ONE_TO_FIVE, GOOD_BANDS);
        assertThat(InstrumentChecks.check(s)).isEmpty();
        assertThat(InstrumentRegistry.builder().add(s).build().find("agency-scale")).isPresent();
    }

    @Test
    void aScaleThatAcceptsZeroOnOneToFiveFailsTheKit() {
        assertThat(InstrumentChecks.check(new Scale(Fault.ACCEPTS_ZERO, ONE_TO_FIVE, GOOD_BANDS)))
                .anySatisfy(p -> assertThat(p).contains("answer 0 to Q1 was accepted"));
    }

    @Test
    void aScaleThatAcceptsAValueBetweenOptionsFailsTheKit() {
        List<AnswerType.Option> odd = List.of(new AnswerType.Option(1, 1, "1"), new AnswerType.Option(3, 3, "3"),
                new AnswerType.Option(5, 5, "5"));
        List<Band> bands = List.of(new Band("low", "Low", 2, 5, ""), new Band("high", "High", 6, 10, ""));
        assertThat(InstrumentChecks.check(new Scale(Fault.ACCEPTS_BETWEEN, odd, bands)))
                .anySatisfy(p -> assertThat(p).contains("answer 2 to Q1 was accepted"));
        assertThat(InstrumentChecks.check(new Scale(Fault.NONE, odd, bands))).isEmpty();
    }

    @Test
    void aScaleThatAcceptsAMissingRequiredItemOrNoAnswersFailsTheKit() {
        assertThat(InstrumentChecks.check(new Scale(Fault.ACCEPTS_MISSING, ONE_TO_FIVE, GOOD_BANDS)))
                .anySatisfy(p -> assertThat(p).contains("leaving out the required item Q1 was accepted without being reported as missing"))
                .anySatisfy(p -> assertThat(p).contains("an empty set of answers was accepted"));
    }

    @Test
    void aScaleThatAcceptsADeclinedAnswerWhereDecliningIsNotAllowedFailsTheKit() {
        assertThat(InstrumentChecks.check(new Scale(Fault.ACCEPTS_DECLINED, ONE_TO_FIVE, GOOD_BANDS)))
                .anySatisfy(p -> assertThat(p).contains("a declined answer to Q1 (which may not be declined) was "
                        + "accepted"));
    }

    @Test
    void anExceptionFromScoreIsAFailedCheckNotAnError() {
        assertThat(InstrumentChecks.check(new Scale(Fault.THROWS, ONE_TO_FIVE, GOOD_BANDS)))
                .isNotEmpty().anySatisfy(p -> assertThat(p).contains("bug in the plugin"));
    }

    @Test
    void aBandGapIsRefusedAtRegistrationNamingTheGap() {
        List<Band> gap = List.of(new Band("low", "Low", 2, 4, ""), new Band("high", "High", 7, 10, ""));
        assertThatThrownBy(() -> InstrumentRegistry.builder().add(new Scale(Fault.NONE, ONE_TO_FIVE, gap)))
                .isInstanceOf(InstrumentPluginException.class)
                .hasMessageContaining("agency-scale").hasMessageContaining("5–6").hasMessageContaining("no band");
    }

    @Test
    void overlappingOrShortBandsAreRefusedAtRegistration() {
        List<Band> overlap = List.of(new Band("low", "Low", 2, 6, ""), new Band("high", "High", 6, 10, ""));
        assertThatThrownBy(() -> InstrumentRegistry.builder().add(new Scale(Fault.NONE, ONE_TO_FIVE, overlap)))
                .isInstanceOf(InstrumentPluginException.class).hasMessageContaining("overlaps");
        List<Band> shortBands = List.of(new Band("low", "Low", 2, 5, ""), new Band("high", "High", 6, 9, ""));
        assertThatThrownBy(() -> InstrumentRegistry.builder().add(new Scale(Fault.NONE, ONE_TO_FIVE, shortBands)))
                .isInstanceOf(InstrumentPluginException.class).hasMessageContaining("highest band ends at 9");
    }
}
