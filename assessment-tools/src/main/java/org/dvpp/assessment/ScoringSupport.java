package org.dvpp.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.internal.engine.ItemChecker;
import org.dvpp.domain.Checks;

/**
 * The declarative engine's answer checking, banding and explanation, for an instrument written in Java: its
 * {@code score} method checks the answers with {@link #check}, computes its total from the points (its own rule), and
 * builds the result with {@link #result}, so that its errors carry the same rule codes and messages as every
 * JSON-declared instrument ({@code unknown-item}, {@code allowed-values}, {@code declined-not-allowed},
 * {@code answer-type}, {@code max-length}, {@code required}) and its explanation reads the same way.
 *
 * <pre>{@code
 * private final ScoringSupport support = ScoringSupport.of(descriptor);
 *
 * public ScoreResult score(Answers answers) {
 *     ScoringSupport.Checked checked = support.check(answers);   // throws InvalidAnswersException
 *     Fraction total = Fraction.of(checked.sum());
 *     return support.result(checked, total, checked.points().get("E1") == 0 ? Set.of("denies-responsibility") : Set.of());
 * }
 * }</pre>
 *
 * <p>Every item the descriptor declares as required must be answered (or declined, where declining is allowed); an
 * instrument with skip logic leaves out the items it does not ask before checking.
 *
 * @since 0.3
 */
public final class ScoringSupport {
    private final InstrumentDescriptor descriptor;
    private final ItemChecker checker;

    private ScoringSupport(InstrumentDescriptor descriptor) {
        this.descriptor = descriptor;
        this.checker = new ItemChecker(descriptor);
    }

    /**
     * @param descriptor the instrument's descriptor (build it once, in the instrument's constructor)
     * @return the checks prepared for it
     */
    public static ScoringSupport of(InstrumentDescriptor descriptor) {
        Checks.required(descriptor, "descriptor");
        return new ScoringSupport(descriptor);
    }

    /**
     * What a set of answers came to, item by item.
     *
     * @param points each answered item's points (an option's points, yes/no points, or the number given), in the
     *     descriptor's order
     * @param declined the items declined
     * @param missing the items not answered
     */
    @org.dvpp.domain.Classified
    public record Checked(@org.dvpp.domain.Sensitive(org.dvpp.domain.DataClass.P1) Map<String, Long> points,
            Set<String> declined, Set<String> missing) {
        /** Copies the parts. */
        public Checked {
            points = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
            declined = Set.copyOf(declined);
            missing = Set.copyOf(missing);
        }

        /** @return the sum of the points of the items the descriptor marks as scored */
        public long sum() {
            return points.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param answers the answers
     * @return each answered item's points, and the declined and missing items
     * @throws InvalidAnswersException naming every unknown item, disallowed answer and unanswered required item at once
     */
    public Checked check(Answers answers) {
        Checks.required(answers, "answers");
        ItemChecker.Result r = checker.check(answers);
        Map<String, Long> scored = new java.util.LinkedHashMap<>();
        r.points().forEach((item, p) -> {
            if (descriptor.item(item).map(Item::scored).orElse(false)) {
                scored.put(item, p);
            }
        });
        return new Checked(scored, r.declined(), r.missing());
    }

    /**
     * @param total a total
     * @return the band it falls in (a fractional total by its value rounded half up, as the engine bands it); empty
     *     when the instrument has no bands
     * @throws IllegalStateException if the bands leave it out (the registry refuses bands with gaps, so this is a bug)
     */
    public Optional<Band> band(Fraction total) {
        Checks.required(total, "total");
        if (descriptor.bands().isEmpty()) {
            return Optional.empty();
        }
        long t = total.isInteger() ? total.numerator() : total.roundHalfUp();
        return Optional.of(descriptor.bands().stream().filter(b -> b.contains(t)).findFirst().orElseThrow(() ->
                new IllegalStateException(descriptor.id() + ": no band holds the total " + t)));
    }

    /**
     * Builds the result as the engine does: the total, its band, the flags raised, the missing and declined items,
     * and an explanation naming the instrument and version, the total with the descriptor's {@code totalHow}, the
     * band and each flag with its rule.
     *
     * @param checked what {@link #check} returned for these answers
     * @param total the total, by the instrument's own rule
     * @param raisedFlags the codes of the descriptor's flags that the answers raise
     * @return the result
     * @throws IllegalArgumentException if a code is not one of the descriptor's flags
     */
    public ScoreResult result(Checked checked, Fraction total, Set<String> raisedFlags) {
        Checks.required(checked, "checked");
        Checks.required(total, "total");
        Checks.required(raisedFlags, "raisedFlags");
        StringBuilder why = new StringBuilder(ItemChecker.prefix(descriptor)).append("total ")
                .append(total.isInteger() ? Long.toString(total.numerator()) : total.toDecimal(4)).append(" = ")
                .append(descriptor.totalHow());
        Optional<Band> band = band(total);
        band.ifPresent(b -> why.append(ItemChecker.bandText(b)));
        List<ScoreResult.RaisedFlag> flags = new ArrayList<>();
        for (String code : raisedFlags) {
            if (descriptor.flags().stream().noneMatch(f -> f.code().equals(code))) {
                throw new IllegalArgumentException(descriptor.id() + " has no flag " + code);
            }
        }
        for (RuleDefinition f : descriptor.flags()) {
            if (raisedFlags.contains(f.code())) {
                flags.add(new ScoreResult.RaisedFlag(f.code(), f.label()));
                why.append(ItemChecker.flagText(f));
            }
        }
        why.append('.');
        return new ScoreResult(descriptor.id(), descriptor.version(), descriptor.profile(), Optional.of(total),
                band.map(b -> new ScoreResult.BandResult(b.code(), b.label(), b.action())), Map.of(), flags,
                List.of(), List.copyOf(checked.missing()), List.copyOf(checked.declined()), why.toString());
    }
}
