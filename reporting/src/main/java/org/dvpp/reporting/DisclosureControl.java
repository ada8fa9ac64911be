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
        return build(title, query, lines, policy, false);
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
        return build(title, query, lines, DisclosurePolicy.DEFAULT, true);
    }

    private static PublishedReport build(String title, OutcomeQuery q, List<OutcomeRow> lines, DisclosurePolicy p,
            boolean raw) {
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
        boolean[] hidden = raw ? new boolean[values.length] : Suppression.suppress(values, constraints, p.threshold());
        List<PublishedRow> out = new ArrayList<>();
        for (int i = 0; i <= lineCount; i++) {
            OutcomeRow r = i < lineCount ? rows.get(i) : total;
            Map<Measure, PublishedCount> counts = new EnumMap<>(Measure.class);
            for (int m = 0; m < width; m++) {
                int idx = i * width + m;
                counts.put(M[m], hidden[idx] ? new PublishedCount(OptionalLong.empty())
                        : new PublishedCount(OptionalLong.of(raw ? values[idx] : publishable(values[idx], p))));
            }
            out.add(new PublishedRow(r.key(), r.label(), counts, rates(r, counts, p, raw)));
        }
        PublishedRow totalRow = out.remove(out.size() - 1);
        return new PublishedReport(title, q.from(), q.toExclusive(), q.by(), q.hoursTarget(), p, raw, out, totalRow);
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
