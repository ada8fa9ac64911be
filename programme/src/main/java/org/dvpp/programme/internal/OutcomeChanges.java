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

    /**
     * @param tx the report's transaction
     * @param q the period and breakdown
     * @return the raw figures per line key, instrument and score, ordered by key, instrument and score
     */
    List<ChangeFigures> compute(Transaction tx, OutcomeQuery q) {
        Map<String, Acc> sums = new java.util.TreeMap<>();
        tx.reports().scorePairs(q, withAnswers(), p -> add(sums, p));
        List<ChangeFigures> out = new ArrayList<>();
        sums.forEach((k, a) -> {
            String[] part = k.split("\u0000", -1);
            out.add(new ChangeFigures(part[0], part[1], part[2], a.label, a.rule, a.pairs, a.improved,
                    a.deteriorated, a.before, a.after));
        });
        return out;
    }

    private void add(Map<String, Acc> sums, ScorePair p) {
        Optional<Instrument> found = instruments.find(p.instrumentId(), p.instrumentVersion());
        if (found.isEmpty()) {
            return; // a version no longer registered is never judged with another
        }
        InstrumentDescriptor d = found.get().descriptor();
        String name = p.instrumentId().toUpperCase(Locale.ROOT);
        if (p.before().isPresent() && p.after().isPresent()) {
            BigDecimal b = p.before().get();
            BigDecimal a = p.after().get();
            boolean judged = d.polarity() != Polarity.NEUTRAL && d.reliability().isPresent();
            ReliableChange.Outcome o = judged ? ReliableChange.verdict(d, d.reliability().get(), a.subtract(b))
                    : ReliableChange.Outcome.NO_RELIABLE_CHANGE;
            acc(sums, p, ChangeFigures.TOTAL, name + " total", judged ? ChangeRule.RELIABLE_CHANGE : ChangeRule.NONE)
                    .add(judged ? ChangeRule.RELIABLE_CHANGE : ChangeRule.NONE, b, a,
                            o == ReliableChange.Outcome.RELIABLY_IMPROVED,
                            o == ReliableChange.Outcome.RELIABLY_DETERIORATED);
        }
        if (p.beforeAnswers().isEmpty() || p.afterAnswers().isEmpty()
                || d.subscales().stream().noneMatch(OutcomeChanges::fromAnswers)) {
            return;
        }
        ScoreResult before;
        ScoreResult after;
        try {
            before = found.get().score(Answers.parse(p.beforeAnswers()));
            after = found.get().score(Answers.parse(p.afterAnswers()));
        } catch (DvppException unscorable) {
            return; // stored answers the version cannot score are not a pair
        }
        Map<String, ScoreDefinition> defs = new LinkedHashMap<>();
        d.subscales().forEach(s -> defs.put(s.id(), s));
        for (ScoreComparison.Change c : ScoreComparison.compare(d, before, after)) {
            ScoreDefinition s = defs.get(c.scoreId());
            if (s == null || !fromAnswers(s) || c.before().isEmpty() || c.after().isEmpty()) {
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
                acc(sums, p, s.id(), name + " " + s.label(), ChangeRule.DAYS_OF_USE).add(ChangeRule.DAYS_OF_USE, b,
                        a, u == ScoreComparison.UseOutcome.ABSTINENT || u == ScoreComparison.UseOutcome.REDUCED,
                        u == ScoreComparison.UseOutcome.INCREASED);
            } else {
                acc(sums, p, s.id(), name + " " + s.label(), ChangeRule.DIRECTION).add(ChangeRule.DIRECTION, b, a,
                        a.compareTo(b) > 0, a.compareTo(b) < 0);
            }
        }
    }

    private static BigDecimal decimal(Fraction f) {
        return f.toBigDecimal(4);
    }

    private static Acc acc(Map<String, Acc> sums, ScorePair p, String score, String label, ChangeRule rule) {
        return sums.computeIfAbsent(p.key() + "\u0000" + p.instrumentId() + "\u0000" + score,
                k -> new Acc(label, rule));
    }
}
