package org.dvpp.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Sensitive;

/**
 * Reliable change between two results of one instrument (Jacobson &amp; Truax 1991): SE = SD·√(1−r),
 * S_diff = SE·√2, RCI = (post − pre) / S_diff, reliable when |RCI| &gt; z. With a fixed reliable-change value (NHS
 * Talking Therapies style) a change of at least that many points is reliable. The instrument's polarity says whether a
 * fall or a rise is an improvement.
 *
 * <p>Arithmetic is exact where it can be and uses 34 significant digits for the square roots; values are compared
 * unrounded and rounded only for display.
 *
 * @since 0.1
 */
public final class ReliableChange {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ReliableChange() {
    }

    /** The verdict. */
    public enum Outcome {
        /** Changed reliably in the better direction. */
        RELIABLY_IMPROVED,
        /** The change is within measurement error. */
        NO_RELIABLE_CHANGE,
        /** Changed reliably in the worse direction. */
        RELIABLY_DETERIORATED
    }

    /**
     * The Jacobson–Truax figures for a pair of SD and reliability.
     *
     * @param standardError SE = SD·√(1−r)
     * @param standardErrorOfDifference S_diff = SE·√2
     * @param reliableChangeValue RCV = z·S_diff, the smallest reliable change in raw points
     */
    @Classified
    public record Figures(BigDecimal standardError, BigDecimal standardErrorOfDifference,
            BigDecimal reliableChangeValue) {
        /** Refuses nulls. */
        public Figures {
            Objects.requireNonNull(standardError, "standardError");
            Objects.requireNonNull(standardErrorOfDifference, "standardErrorOfDifference");
            Objects.requireNonNull(reliableChangeValue, "reliableChangeValue");
        }
    }

    /**
     * The verdict for one pair of results.
     *
     * @param instrumentId the instrument
     * @param before the earlier total
     * @param after the later total
     * @param change after − before, exact
     * @param index the RCI (change / S_diff), when SD and reliability were used
     * @param reliableChangeValue the smallest reliable change in raw points
     * @param outcome the verdict
     * @param explanation how it was reached, in plain language
     */
    @Classified
    public record Result(String instrumentId, @Sensitive(DataClass.P1) Fraction before,
            @Sensitive(DataClass.P1) Fraction after, @Sensitive(DataClass.P1) Fraction change,
            @Sensitive(DataClass.P1) Optional<BigDecimal> index, BigDecimal reliableChangeValue,
            @Sensitive(DataClass.P1) Outcome outcome, @Sensitive(DataClass.P1) String explanation) {
        /** Refuses nulls. */
        public Result {
            Objects.requireNonNull(instrumentId, "instrumentId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(reliableChangeValue, "reliableChangeValue");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * @param parameters SD and reliability (not a fixed value)
     * @return SE, S_diff and RCV
     */
    public static Figures figures(ReliabilityParameters parameters) {
        if (parameters.sd().isEmpty() || parameters.reliability().isEmpty()) {
            throw new InvalidInputException("reliability", "sd-and-r",
                    "the Jacobson-Truax figures need an SD and a reliability coefficient");
        }
        BigDecimal se = parameters.sd().get().multiply(BigDecimal.ONE.subtract(parameters.reliability().get()).sqrt(MC),
                MC);
        BigDecimal sdiff = se.multiply(TWO.sqrt(MC), MC);
        return new Figures(se, sdiff, parameters.z().multiply(sdiff, MC));
    }

    /**
     * Assesses change with the instrument's own published parameters.
     *
     * @param instrument the instrument both results come from
     * @param before the earlier result
     * @param after the later result
     * @return the verdict
     * @throws InvalidInputException if the instrument publishes no parameters (pass your own with
     *     {@link #assess(InstrumentDescriptor, ScoreResult, ScoreResult, ReliabilityParameters)}), or the results do not
     *     match it
     */
    public static Result assess(Instrument instrument, ScoreResult before, ScoreResult after) {
        InstrumentDescriptor d = instrument.descriptor();
        ReliabilityParameters p = d.reliability().orElseThrow(() -> new InvalidInputException("reliability",
                "required", "instrument " + d.id() + " publishes no reliability figures; supply SD and reliability"));
        return assess(d, before, after, p);
    }

    /**
     * Assesses change with given parameters.
     *
     * @param instrument the instrument's descriptor (for its id, version and polarity)
     * @param before the earlier result
     * @param after the later result
     * @param parameters SD and reliability, or a fixed change
     * @return the verdict
     * @throws InvalidInputException if the results are of another instrument or version, have no total, or the
     *     instrument has no direction of improvement
     */
    public static Result assess(InstrumentDescriptor instrument, ScoreResult before, ScoreResult after,
            ReliabilityParameters parameters) {
        for (ScoreResult r : new ScoreResult[] {before, after}) {
            if (!r.instrumentId().equals(instrument.id()) || !r.instrumentVersion().equals(instrument.version())) {
                throw new InvalidInputException("result.instrumentId", "same-instrument",
                        "reliable change needs two results of " + instrument.id() + " " + instrument.version()
                                + "; got " + r.instrumentId() + " " + r.instrumentVersion());
            }
        }
        if (instrument.polarity() == Polarity.NEUTRAL) {
            throw new InvalidInputException("instrument.polarity", "directional",
                    "instrument " + instrument.id() + " has no better direction, so change cannot improve or worsen");
        }
        Fraction pre = before.total().orElseThrow(() -> noTotal(instrument));
        Fraction post = after.total().orElseThrow(() -> noTotal(instrument));
        Fraction change = post.minus(pre);
        BigDecimal exactChange = BigDecimal.valueOf(change.numerator())
                .divide(BigDecimal.valueOf(change.denominator()), MC);
        boolean reliable;
        Optional<BigDecimal> index;
        BigDecimal rcv;
        String how;
        if (parameters.fixedChangePoints().isPresent()) {
            rcv = parameters.fixedChangePoints().get();
            reliable = exactChange.abs().compareTo(rcv) >= 0;
            index = Optional.empty();
            how = "a change of at least " + rcv.toPlainString() + " points counts as reliable (" + parameters.provenance()
                    + ")";
        } else {
            Figures f = figures(parameters);
            rcv = f.reliableChangeValue();
            BigDecimal rci = exactChange.divide(f.standardErrorOfDifference(), MC);
            index = Optional.of(rci);
            reliable = rci.abs().compareTo(parameters.z()) > 0;
            how = "RCI = change / S_diff = " + change.toDecimal(2) + " / " + display(f.standardErrorOfDifference())
                    + " = " + display(rci) + "; reliable when |RCI| > " + parameters.z().toPlainString()
                    + " (SD " + parameters.sd().get().toPlainString() + ", r " + parameters.reliability().get()
                            .toPlainString() + ", " + parameters.provenance() + ")";
        }
        Outcome outcome;
        if (!reliable) {
            outcome = Outcome.NO_RELIABLE_CHANGE;
        } else {
            boolean fell = change.numerator() < 0;
            boolean better = instrument.polarity() == Polarity.LOWER_IS_BETTER ? fell : !fell;
            outcome = better ? Outcome.RELIABLY_IMPROVED : Outcome.RELIABLY_DETERIORATED;
        }
        String direction = instrument.polarity() == Polarity.LOWER_IS_BETTER ? "lower is better" : "higher is better";
        String explanation = instrument.id() + " total went from " + pre.toDecimal(2) + " to " + post.toDecimal(2)
                + " (change " + change.toDecimal(2) + "; " + direction + "). " + how + ". Verdict: "
                + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
        return new Result(instrument.id(), pre, post, change, index, rcv, outcome, explanation);
    }

    /**
     * The verdict for a change given as a number, as {@link #assess(InstrumentDescriptor, ScoreResult, ScoreResult,
     * ReliabilityParameters)} reaches it (for aggregate reports, over totals as stored).
     *
     * @param instrument the instrument's descriptor (for its polarity)
     * @param parameters SD and reliability, or a fixed change
     * @param change after minus before
     * @return the verdict
     * @throws InvalidInputException if the instrument has no direction of improvement
     * @since 0.3
     */
    public static Outcome verdict(InstrumentDescriptor instrument, ReliabilityParameters parameters,
            BigDecimal change) {
        Objects.requireNonNull(change, "change");
        if (instrument.polarity() == Polarity.NEUTRAL) {
            throw new InvalidInputException("instrument.polarity", "directional",
                    "instrument " + instrument.id() + " has no better direction, so change cannot improve or worsen");
        }
        boolean reliable;
        if (parameters.fixedChangePoints().isPresent()) {
            reliable = change.abs().compareTo(parameters.fixedChangePoints().get()) >= 0;
        } else {
            BigDecimal rci = change.divide(figures(parameters).standardErrorOfDifference(), MC);
            reliable = rci.abs().compareTo(parameters.z()) > 0;
        }
        if (!reliable) {
            return Outcome.NO_RELIABLE_CHANGE;
        }
        boolean fell = change.signum() < 0;
        boolean better = instrument.polarity() == Polarity.LOWER_IS_BETTER ? fell : !fell;
        return better ? Outcome.RELIABLY_IMPROVED : Outcome.RELIABLY_DETERIORATED;
    }

    private static String display(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static InvalidInputException noTotal(InstrumentDescriptor d) {
        return new InvalidInputException("result.total", "has-total",
                "instrument " + d.id() + " has no total, so reliable change does not apply; compare its scores instead");
    }
}
