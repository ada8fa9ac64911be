package org.dvpp.programme.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.Polarity;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.assessment.ScoreComparison;
import org.dvpp.assessment.ScoreDefinition;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.DvppException;
import org.dvpp.reporting.ChangeFigures;
import org.dvpp.reporting.ChangeRule;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ScorePair;
import org.dvpp.storage.spi.Transaction;

/**
 * Pre/post change per instrument for the outcome report, aggregated inside the report's transaction: scores are
 * encrypted at rest, so the database picks each referral's pairs ({@link ScorePair}) and this class decrypts nothing
 * itself, keeps no pair, and returns only sums per line, instrument and score. Totals are judged by the reliable change
 * index of the version both results were taken with; TOP-style days-of-use scores and the quality-of-life score are
 * scored again from the answers with that version.
 */
final class OutcomeChanges {
    /** The derived score whose change is reported beside days of use (TOP). */
    static final String QUALITY_OF_LIFE = "quality_of_life";

    private final InstrumentRegistry instruments;

    OutcomeChanges(InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    /** @return whether a score is reported from the answers */
    private static boolean fromAnswers(ScoreDefinition s) {
        return s.outcome() == ScoreDefinition.OutcomeRule.USE_DAYS || s.id().equals(QUALITY_OF_LIFE);
    }

    /** @return the instruments (any registered version) with a score reported from the answers */
    Set<String> withAnswers() {
        Set<String> ids = new HashSet<>();
        for (Instrument i : instruments.all()) {
            for (String v : instruments.versions(i.id())) {
                instruments.find(i.id(), v).ifPresent(x -> {
                    if (x.descriptor().subscales().stream().anyMatch(OutcomeChanges::fromAnswers)) {
                        ids.add(i.id());
                    }
                });
            }
        }
        return ids;
    }

    /** Sums for one line, instrument and score. */
    private static final class Acc {
        final String label;
        ChangeRule rule;
        long pairs;
        long improved;
        long deteriorated;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;

        Acc(String label, ChangeRule rule) {
            this.label = label;
            this.rule = rule;
        }

        void add(ChangeRule r, BigDecimal b, BigDecimal a, boolean up, boolean down) {
            if (rule == ChangeRule.NONE) {
                rule = r;
            }
            pairs++;
            improved += up ? 1 : 0;
            deteriorated += down ? 1 : 0;
            before = before.add(b);
            after = after.add(a);
        }
    }

    /** A line key, instrument and score: where one sum is kept. */
    private record Cell(String key, String instrumentId, String score) implements Comparable<Cell> {
        private static final java.util.Comparator<Cell> ORDER = java.util.Comparator.comparing(Cell::key)
                .thenComparing(Cell::instrumentId).thenComparing(Cell::score);

        @Override
        public int compareTo(Cell o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * What judging the pairs of one instrument version needs, worked out once per report: the instrument, its label,
     * whether totals are judged by reliable change, and the scores reported from the answers.
     */
    private static final class Plan {
        final Instrument instrument;
        final InstrumentDescriptor descriptor;
        final String name;
        final boolean judged;
        /** The scores reported from the answers, by id; empty when the version has none. */
        final Map<String, ScoreDefinition> fromAnswers = new LinkedHashMap<>();

        Plan(String id, Instrument instrument) {
            this.instrument = instrument;
            this.descriptor = instrument.descriptor();
            this.name = id.toUpperCase(Locale.ROOT);
            this.judged = descriptor.polarity() != Polarity.NEUTRAL && descriptor.reliability().isPresent();
            descriptor.subscales().stream().filter(OutcomeChanges::fromAnswers).forEach(s -> fromAnswers.put(s.id(), s));
        }
    }

    /**
     * @param tx the report's transaction
     * @param q the period and breakdown
     * @return the raw figures per line key, instrument and score, ordered by key, instrument and score
     */
    List<ChangeFigures> compute(Transaction tx, OutcomeQuery q) {
        Map<Cell, Acc> sums = new java.util.HashMap<>();
        Map<List<String>, Optional<Plan>> plans = new java.util.HashMap<>();
        tx.reports().scorePairs(q, withAnswers(), p -> add(sums, plan(plans, p), p));
        List<ChangeFigures> out = new ArrayList<>();
        new java.util.TreeMap<>(sums).forEach((c, a) -> out.add(new ChangeFigures(c.key(), c.instrumentId(), c.score(),
                a.label, a.rule, a.pairs, a.improved, a.deteriorated, a.before, a.after)));
        return out;
    }

    /** @return the plan of the pair's instrument version, made on its first pair (empty: no longer registered) */
    private Optional<Plan> plan(Map<List<String>, Optional<Plan>> plans, ScorePair p) {
        return plans.computeIfAbsent(List.of(p.instrumentId(), p.instrumentVersion()),
                k -> instruments.find(p.instrumentId(), p.instrumentVersion()).map(i -> new Plan(p.instrumentId(), i)));
    }

    private static void add(Map<Cell, Acc> sums, Optional<Plan> found, ScorePair p) {
        if (found.isEmpty()) {
            return; // a version no longer registered is never judged with another
        }
        Plan plan = found.get();
        InstrumentDescriptor d = plan.descriptor;
        if (p.before().isPresent() && p.after().isPresent()) {
            BigDecimal b = p.before().get();
            BigDecimal a = p.after().get();
            boolean judged = plan.judged;
            ReliableChange.Outcome o = judged ? ReliableChange.verdict(d, d.reliability().get(), a.subtract(b))
                    : ReliableChange.Outcome.NO_RELIABLE_CHANGE;
            acc(sums, p, ChangeFigures.TOTAL, plan.name + " total", judged ? ChangeRule.RELIABLE_CHANGE
                    : ChangeRule.NONE).add(judged ? ChangeRule.RELIABLE_CHANGE : ChangeRule.NONE, b, a,
                            o == ReliableChange.Outcome.RELIABLY_IMPROVED,
                            o == ReliableChange.Outcome.RELIABLY_DETERIORATED);
        }
        if (p.beforeAnswers().isEmpty() || p.afterAnswers().isEmpty() || plan.fromAnswers.isEmpty()) {
            return;
        }
        ScoreResult before;
        ScoreResult after;
        try {
            before = plan.instrument.score(Answers.parse(p.beforeAnswers()));
            after = plan.instrument.score(Answers.parse(p.afterAnswers()));
        } catch (DvppException unscorable) {
            return; // stored answers the version cannot score are not a pair
        }
        for (ScoreComparison.Change c : ScoreComparison.compare(d, before, after)) {
            ScoreDefinition s = plan.fromAnswers.get(c.scoreId());
            if (s == null || c.before().isEmpty() || c.after().isEmpty()) {
                continue;
            }
            BigDecimal b = decimal(c.before().get());
            BigDecimal a = decimal(c.after().get());
            if (s.outcome() == ScoreDefinition.OutcomeRule.USE_DAYS) {
                ScoreComparison.UseOutcome u = c.useOutcome().orElseThrow();
                if (u == ScoreComparison.UseOutcome.EXCLUDED_NOT_RECORDED
                        || u == ScoreComparison.UseOutcome.EXCLUDED_NOT_USING_AT_START) {
                    continue;
                }
                acc(sums, p, s.id(), plan.name + " " + s.label(), ChangeRule.DAYS_OF_USE).add(ChangeRule.DAYS_OF_USE,
                        b, a, u == ScoreComparison.UseOutcome.ABSTINENT || u == ScoreComparison.UseOutcome.REDUCED,
                        u == ScoreComparison.UseOutcome.INCREASED);
            } else {
                acc(sums, p, s.id(), plan.name + " " + s.label(), ChangeRule.DIRECTION).add(ChangeRule.DIRECTION,
                        b, a, a.compareTo(b) > 0, a.compareTo(b) < 0);
            }
        }
    }

    private static BigDecimal decimal(Fraction f) {
        return f.toBigDecimal(4);
    }

    private static Acc acc(Map<Cell, Acc> sums, ScorePair p, String score, String label, ChangeRule rule) {
        return sums.computeIfAbsent(new Cell(p.key(), p.instrumentId(), score), k -> new Acc(label, rule));
    }
}
