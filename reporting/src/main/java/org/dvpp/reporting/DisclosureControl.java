package org.dvpp.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.dvpp.domain.Checks;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.reporting.internal.Suppression;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;

/**
 * The one way raw outcome figures become publishable (R-SDC-1..4). Counts of 1 to threshold-1 are hidden; so are the
 * cells that would let a hidden one be worked out from the agency total of its column or from the stage it splits
 * (screened = eligible + ineligible, assessed = suitable + unsuitable, starters = the sum of the hours bands); the rest
 * are rounded to the policy's base, totals computed from unrounded data and then rounded; percentages use the rounded
 * numerator and denominator; means and rates are withheld when their base is under the threshold or hidden.
 */
public final class DisclosureControl {
    private static final Measure[] M = Measure.values();

    private DisclosureControl() {
    }

    private static long[] counts(OutcomeRow r) {
        long[] v = new long[M.length];
        v[Measure.REFERRED.ordinal()] = r.referred();
        v[Measure.SCREENED.ordinal()] = r.screened();
        v[Measure.ELIGIBLE.ordinal()] = r.eligible();
        v[Measure.ASSESSED.ordinal()] = r.assessed();
        v[Measure.SUITABLE.ordinal()] = r.suitable();
        v[Measure.STARTED.ordinal()] = r.started();
        v[Measure.COMPLETED.ordinal()] = r.completed();
        v[Measure.INELIGIBLE.ordinal()] = r.exits().get(CaseStatus.INELIGIBLE);
        v[Measure.UNSUITABLE.ordinal()] = r.exits().get(CaseStatus.UNSUITABLE);
        v[Measure.WITHDRAWN.ordinal()] = r.exits().get(CaseStatus.WITHDRAWN);
        v[Measure.EXCLUDED.ordinal()] = r.exits().get(CaseStatus.EXCLUDED);
        v[Measure.RETURNED_TO_REFERRER.ordinal()] = r.exits().get(CaseStatus.RETURNED_TO_REFERRER);
        v[Measure.REACHED_HOURS_TARGET.ordinal()] = r.reachedHoursTarget();
        v[Measure.PARTNER_CONTACTED.ordinal()] = r.partnerContacted();
        v[Measure.RISK_RAISED.ordinal()] = r.riskRaised();
        v[Measure.RISK_LOWERED.ordinal()] = r.riskLowered();
        v[Measure.MARAC.ordinal()] = r.maracReferrals();
        for (int b = 0; b < OutcomeRow.HOURS_BANDS; b++) {
            v[Measure.HOURS_0_5.ordinal() + b] = r.hoursBands().get(b);
        }
        return v;
    }

    /** The additive links inside one line, as {total, parts...} in measure ordinals. */
    static List<int[]> lineConstraints() {
        List<int[]> c = new ArrayList<>();
        c.add(new int[] {Measure.SCREENED.ordinal(), Measure.ELIGIBLE.ordinal(), Measure.INELIGIBLE.ordinal()});
        c.add(new int[] {Measure.ASSESSED.ordinal(), Measure.SUITABLE.ordinal(), Measure.UNSUITABLE.ordinal()});
        int[] bands = new int[OutcomeRow.HOURS_BANDS + 1];
        bands[0] = Measure.STARTED.ordinal();
        for (int b = 0; b < OutcomeRow.HOURS_BANDS; b++) {
            bands[b + 1] = Measure.HOURS_0_5.ordinal() + b;
        }
        c.add(bands);
        return c;
    }

    /**
     * Protects a report for publication.
     *
     * @param title the title
     * @param query the query the rows answer
     * @param lines the raw rows of the breakdown
     * @param policy the policy
     * @return the publishable report
     */
    public static PublishedReport publish(String title, OutcomeQuery query, List<OutcomeRow> lines,
            DisclosurePolicy policy) {
        return build(title, query, lines, List.of(), policy, false);
    }

    /**
     * Protects a report with its pre/post change figures for publication. Each score's table (lines by pairs,
     * improved, unchanged, deteriorated, and the total line) is protected like the outcome counts: small counts
     * suppressed, zeros suppressed among fewer pairs than the threshold, secondary suppression over the line's split and
     * the column totals, the rest rounded; means and shares withheld when the pairs are under the threshold.
     *
     * @param title the title
     * @param query the query the rows answer
     * @param lines the raw rows of the breakdown
     * @param changes the raw pre/post figures, per line key, instrument and score
     * @param policy the policy
     * @return the publishable report
     * @since 0.3
     */
    public static PublishedReport publish(String title, OutcomeQuery query, List<OutcomeRow> lines,
            List<ChangeFigures> changes, DisclosurePolicy policy) {
        return build(title, query, lines, changes, policy, false);
    }

    /**
     * The report with its pre/post figures, without protection, for roles allowed to see raw figures.
     *
     * @param title the title
     * @param query the query
     * @param lines the raw rows
     * @param changes the raw pre/post figures
     * @return the unprotected report, marked raw
     * @since 0.3
     */
    public static PublishedReport raw(String title, OutcomeQuery query, List<OutcomeRow> lines,
            List<ChangeFigures> changes) {
        return build(title, query, lines, changes, DisclosurePolicy.DEFAULT, true);
    }

    /**
     * The same report without protection, for roles the access policy allows to see raw figures. Never publish it.
     *
     * @param title the title
     * @param query the query the rows answer
     * @param lines the raw rows
     * @return the unprotected report, marked raw
     */
    public static PublishedReport raw(String title, OutcomeQuery query, List<OutcomeRow> lines) {
        return build(title, query, lines, List.of(), DisclosurePolicy.DEFAULT, true);
    }

    private static PublishedReport build(String title, OutcomeQuery q, List<OutcomeRow> lines,
            List<ChangeFigures> changeFigures, DisclosurePolicy p, boolean raw) {
        Checks.required(q, "query");
        Checks.required(p, "policy");
        List<OutcomeRow> rows = List.copyOf(Checks.required(lines, "lines"));
        OutcomeRow total = sum(rows);
        int width = M.length;
        int lineCount = rows.size();
        // cells: line i, measure m at i * width + m; the total line after the lines
        long[] values = new long[(lineCount + 1) * width];
        for (int i = 0; i < lineCount; i++) {
            System.arraycopy(counts(rows.get(i)), 0, values, i * width, width);
        }
        System.arraycopy(counts(total), 0, values, lineCount * width, width);
        List<int[]> constraints = new ArrayList<>();
        for (int i = 0; i <= lineCount; i++) {
            for (int[] c : lineConstraints()) {
                int[] shifted = new int[c.length];
                for (int k = 0; k < c.length; k++) {
                    shifted[k] = i * width + c[k];
                }
                constraints.add(shifted);
            }
        }
        if (lineCount > 1) {
            for (int m = 0; m < width; m++) {
                int[] c = new int[lineCount + 1];
                c[0] = lineCount * width + m;
                for (int i = 0; i < lineCount; i++) {
                    c[i + 1] = i * width + m;
                }
                constraints.add(c);
            }
        }
        boolean[] zeroDiscloses = new boolean[values.length];
        for (int i = 0; i <= lineCount; i++) {
            for (int m = 0; m < width; m++) {
                zeroDiscloses[i * width + m] = zeroDiscloses(values, i * width, M[m], p.threshold());
            }
        }
        boolean[] hidden = raw ? new boolean[values.length]
                : Suppression.suppress(values, constraints, p.threshold(), zeroDiscloses);
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> keys.add(r.key()));
        Map<String, List<PublishedChange>> changes = changes(keys, Checks.required(changeFigures, "changes"), p, raw);
        List<PublishedRow> out = new ArrayList<>();
        for (int i = 0; i <= lineCount; i++) {
            OutcomeRow r = i < lineCount ? rows.get(i) : total;
            Map<Measure, PublishedCount> counts = new EnumMap<>(Measure.class);
            for (int m = 0; m < width; m++) {
                int idx = i * width + m;
                counts.put(M[m], hidden[idx] ? new PublishedCount(OptionalLong.empty())
                        : new PublishedCount(OptionalLong.of(raw ? values[idx] : publishable(values[idx], p))));
            }
            out.add(new PublishedRow(r.key(), r.label(), counts, rates(r, counts, p, raw),
                    changes.getOrDefault(i < lineCount ? r.key() : TOTAL_KEY, List.of())));
        }
        PublishedRow totalRow = out.remove(out.size() - 1);
        return new PublishedReport(title, q.from(), q.toExclusive(), q.by(), q.hoursTarget(), p, raw, out, totalRow);
    }

    private static final String TOTAL_KEY = "\u0000TOTAL";

    /**
     * The zero rule (R-SDC-1: 0 is shown only where a zero cannot itself disclose): a zero count discloses when the
     * people it is a part of, or any larger group it is nested in, number 1 to threshold-1: "none of these four
     * completed" says it of each of them.
     */
    static boolean zeroDiscloses(long[] values, int offset, Measure m, int threshold) {
        for (java.util.Optional<Measure> b = m.base(); b.isPresent(); b = b.get().base()) {
            long base = values[offset + b.get().ordinal()];
            if (base > 0 && base < threshold) {
                return true;
            }
        }
        long line = values[offset + Measure.REFERRED.ordinal()];
        return m != Measure.REFERRED && line > 0 && line < threshold;
    }

    /**
     * Protects the pre/post figures: one table per score (the report's lines and the total line by pairs, improved,
     * unchanged and deteriorated).
     *
     * @return per line key (the total line under {@link #TOTAL_KEY}) its published changes, in score order
     */
    private static Map<String, List<PublishedChange>> changes(List<String> keys, List<ChangeFigures> figures,
            DisclosurePolicy p, boolean raw) {
        Map<String, Map<String, ChangeFigures>> byScore = new java.util.TreeMap<>();
        for (ChangeFigures f : figures) {
            if (!keys.contains(f.key())) {
                continue; // a line with no referral cannot have pairs
            }
            byScore.computeIfAbsent(f.instrumentId() + "\u0000" + f.scoreId(), x -> new java.util.HashMap<>())
                    .merge(f.key(), f, (a, b) -> a.plus(b, a.key()));
        }
        Map<String, List<PublishedChange>> out = new java.util.HashMap<>();
        int lines = keys.size();
        for (Map<String, ChangeFigures> table : byScore.values()) {
            ChangeFigures any = table.values().iterator().next();
            List<ChangeFigures> line = new ArrayList<>();
            ChangeFigures total = new ChangeFigures(TOTAL_KEY, any.instrumentId(), any.scoreId(), any.label(),
                    any.rule(), 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
            for (String k : keys) {
                ChangeFigures f = table.getOrDefault(k, new ChangeFigures(k, any.instrumentId(), any.scoreId(),
                        any.label(), any.rule(), 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
                line.add(f);
                total = total.plus(f, TOTAL_KEY);
            }
            line.add(total);
            int w = 4;
            long[] v = new long[line.size() * w];
            boolean[] zeroDiscloses = new boolean[v.length];
            List<int[]> cons = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                ChangeFigures f = line.get(i);
                v[i * w] = f.pairs();
                v[i * w + 1] = f.improved();
                v[i * w + 2] = f.unchanged();
                v[i * w + 3] = f.deteriorated();
                for (int k = 1; k < w; k++) {
                    zeroDiscloses[i * w + k] = f.pairs() > 0 && f.pairs() < p.threshold();
                }
                cons.add(new int[] {i * w, i * w + 1, i * w + 2, i * w + 3});
            }
            if (lines > 1) {
                for (int m = 0; m < w; m++) {
                    int[] c = new int[lines + 1];
                    c[0] = lines * w + m;
                    for (int i = 0; i < lines; i++) {
                        c[i + 1] = i * w + m;
                    }
                    cons.add(c);
                }
            }
            boolean[] hidden = raw ? new boolean[v.length] : Suppression.suppress(v, cons, p.threshold(),
                    zeroDiscloses);
            for (int i = 0; i < line.size(); i++) {
                ChangeFigures f = line.get(i);
                PublishedCount[] c = new PublishedCount[w];
                for (int m = 0; m < w; m++) {
                    int idx = i * w + m;
                    c[m] = hidden[idx] ? new PublishedCount(OptionalLong.empty())
                            : new PublishedCount(OptionalLong.of(raw ? v[idx] : publishable(v[idx], p)));
                }
                boolean ok = f.pairs() > 0 && (raw || f.pairs() >= p.threshold() && !c[0].suppressed());
                boolean judged = f.rule() != ChangeRule.NONE;
                BigDecimal n = BigDecimal.valueOf(Math.max(1, f.pairs()));
                out.computeIfAbsent(f.key(), x -> new ArrayList<>()).add(new PublishedChange(f.instrumentId(),
                        f.scoreId(), f.label(), f.rule(), c[0], c[1], c[2], c[3],
                        ok ? Optional.of(f.sumBefore().divide(n, 2, RoundingMode.HALF_UP)) : Optional.empty(),
                        ok ? Optional.of(f.sumAfter().divide(n, 2, RoundingMode.HALF_UP)) : Optional.empty(),
                        ok ? Optional.of(f.sumAfter().subtract(f.sumBefore()).divide(n, 2, RoundingMode.HALF_UP))
                                : Optional.empty(),
                        share(c[1], c[0], ok && judged), share(c[3], c[0], ok && judged)));
            }
        }
        return out;
    }

    private static Optional<BigDecimal> share(PublishedCount n, PublishedCount d, boolean ok) {
        if (!ok || n.suppressed() || d.suppressed() || d.value().getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100L * n.value().getAsLong()).divide(
                BigDecimal.valueOf(d.value().getAsLong()), 1, RoundingMode.HALF_UP));
    }

    /**
     * @param value a visible count (0 or at least the threshold)
     * @param p the policy
     * @return the count rounded to the nearest multiple of the base; a non-zero count that would round below the
     *     threshold goes up to the first multiple at or above it, so no published count is ever under the threshold
     */
    static long publishable(long value, DisclosurePolicy p) {
        long r = round(value, p.rounding());
        if (value > 0 && r < p.threshold()) {
            r = (p.threshold() + p.rounding() - 1) / p.rounding() * p.rounding();
        }
        return r;
    }

    /**
     * Protects a one-way table of counts (how many men gave each answer, say) for publication: counts from 1 to under
     * the threshold are suppressed, and so many more as keep any of them from being worked out from the total (the
     * total is the sum of the categories, which must partition the population); the rest, and the total, are rounded
     * to the policy's base (a count above zero never publishes under the threshold).
     *
     * @param counts category to its count, in the order to publish
     * @param policy the disclosure policy
     * @return category to its published count, in the same order, then the key {@code TOTAL} for the total
     */
    public static Map<String, PublishedCount> publishDistribution(Map<String, Long> counts, DisclosurePolicy policy) {
        Checks.required(counts, "counts");
        Checks.required(policy, "policy");
        List<String> keys = new ArrayList<>(counts.keySet());
        long[] v = new long[keys.size() + 1];
        int[] constraint = new int[keys.size() + 1];
        constraint[0] = 0;
        for (int i = 0; i < keys.size(); i++) {
            v[i + 1] = counts.get(keys.get(i));
            v[0] += v[i + 1];
            constraint[i + 1] = i + 1;
        }
        boolean[] hidden = Suppression.suppress(v, List.<int[]>of(constraint), policy.threshold());
        Map<String, PublishedCount> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), hidden[i + 1] ? new PublishedCount(OptionalLong.empty())
                    : new PublishedCount(OptionalLong.of(publishable(v[i + 1], policy))));
        }
        out.put("TOTAL", hidden[0] ? new PublishedCount(OptionalLong.empty())
                : new PublishedCount(OptionalLong.of(publishable(v[0], policy))));
        return out;
    }

    /**
     * @param value a count
     * @param base the rounding base
     * @return the count rounded to the nearest multiple of base (halves up)
     */
    public static long round(long value, int base) {
        return (value + base / 2) / base * base;
    }

    private static Map<Rate, Optional<BigDecimal>> rates(OutcomeRow r, Map<Measure, PublishedCount> c,
            DisclosurePolicy p, boolean raw) {
        Map<Rate, Optional<BigDecimal>> out = new EnumMap<>(Rate.class);
        boolean startersOk = raw || r.started() >= p.threshold() && !c.get(Measure.STARTED).suppressed();
        out.put(Rate.COMPLETION_RATE, percent(c, Measure.COMPLETED, Measure.STARTED, startersOk));
        out.put(Rate.HOURS_TARGET_SHARE, percent(c, Measure.REACHED_HOURS_TARGET, Measure.STARTED, startersOk));
        out.put(Rate.PARTNER_CONTACT_SHARE, percent(c, Measure.PARTNER_CONTACTED, Measure.STARTED, startersOk));
        Duration h = r.starterHours();
        out.put(Rate.MEAN_HOURS, startersOk && r.started() > 0
                ? Optional.of(BigDecimal.valueOf(h.toMinutes()).divide(BigDecimal.valueOf(60L * r.started()), 1,
                        RoundingMode.HALF_UP)) : Optional.empty());
        out.put(Rate.MEAN_DAYS_TO_START, startersOk && r.started() > 0
                ? Optional.of(BigDecimal.valueOf(r.daysToStart()).divide(BigDecimal.valueOf(r.started()), 1,
                        RoundingMode.HALF_UP)) : Optional.empty());
        out.put(Rate.ATTENDANCE_RATE, startersOk && r.sessionsRecorded() > 0
                ? Optional.of(BigDecimal.valueOf(100L * r.sessionsAttended()).divide(
                        BigDecimal.valueOf(r.sessionsRecorded()), 1, RoundingMode.HALF_UP)) : Optional.empty());
        return out;
    }

    private static Optional<BigDecimal> percent(Map<Measure, PublishedCount> c, Measure num, Measure den, boolean ok) {
        PublishedCount n = c.get(num);
        PublishedCount d = c.get(den);
        if (!ok || n.suppressed() || d.suppressed() || d.value().getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100L * n.value().getAsLong()).divide(
                BigDecimal.valueOf(d.value().getAsLong()), 1, RoundingMode.HALF_UP));
    }

    /** @return the agency-wide line: the sum of the lines (they partition the referrals) */
    static OutcomeRow sum(List<OutcomeRow> rows) {
        long[] a = new long[17];
        Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
        OutcomeRow.EXIT_STATUSES.forEach(s -> exits.put(s, 0L));
        Duration hours = Duration.ZERO;
        Long[] bands = new Long[OutcomeRow.HOURS_BANDS];
        java.util.Arrays.fill(bands, 0L);
        for (OutcomeRow r : rows) {
            long[] v = {r.referred(), r.screened(), r.eligible(), r.assessed(), r.suitable(), r.started(),
                r.completed(), r.reachedHoursTarget(), r.sessionsAttended(), r.sessionsRecorded(), r.daysToStart(),
                r.partnerContacted(), r.riskRaised(), r.riskLowered(), r.maracReferrals()};
            for (int i = 0; i < v.length; i++) {
                a[i] += v[i];
            }
            r.exits().forEach((s, n) -> exits.merge(s, n, Long::sum));
            hours = hours.plus(r.starterHours());
            for (int b = 0; b < bands.length; b++) {
                bands[b] += r.hoursBands().get(b);
            }
        }
        return new OutcomeRow("TOTAL", "All", a[0], a[1], a[2], a[3], a[4], a[5], a[6], exits, a[7], hours, a[8],
                a[9], a[10], a[11], a[12], a[13], a[14], List.of(bands));
    }
}
