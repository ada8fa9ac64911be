package org.dvpp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.reporting.internal.Suppression;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    private static final OutcomeQuery Q = OutcomeQuery.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
            ReportDimension.AREA);

    /** A random but internally consistent line: stages nested, screened and assessed split exactly. */
    static OutcomeRow randomRow(Random rnd, String key, int scale) {
        long referred = rnd.nextInt(scale + 1);
        long screened = rnd.nextInt((int) referred + 1);
        long eligible = rnd.nextInt((int) screened + 1);
        long assessed = rnd.nextInt((int) eligible + 1);
        long suitable = rnd.nextInt((int) assessed + 1);
        long started = rnd.nextInt((int) suitable + 1);
        long completed = rnd.nextInt((int) started + 1);
        Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
        exits.put(CaseStatus.INELIGIBLE, screened - eligible);
        exits.put(CaseStatus.UNSUITABLE, assessed - suitable);
        exits.put(CaseStatus.WITHDRAWN, (long) rnd.nextInt((int) (suitable - started + (started - completed)) + 1));
        exits.put(CaseStatus.EXCLUDED, 0L);
        exits.put(CaseStatus.RETURNED_TO_REFERRER, (long) rnd.nextInt((int) (referred - screened) + 1));
        Long[] bands = new Long[OutcomeRow.HOURS_BANDS];
        Arrays.fill(bands, 0L);
        for (int i = 0; i < started; i++) {
            bands[rnd.nextInt(bands.length)]++;
        }
        long reached = 0;
        for (int b = 6; b < bands.length; b++) {
            reached += bands[b];
        }
        return new OutcomeRow(key, key, referred, screened, eligible, assessed, suitable, started, completed, exits,
                reached, Duration.ofHours(20 * started), 10 * started, 12 * started, 30 * started,
                rnd.nextInt((int) started + 1), rnd.nextInt((int) referred + 1), rnd.nextInt((int) referred + 1),
                rnd.nextInt((int) referred + 1), List.of(bands));
    }

    @Test
    void item34_everyPublishedCellIsSuppressedZeroOrARoundedCountAtOrAboveTheThreshold() {
        Random rnd = new Random(34);
        for (int run = 0; run < 300; run++) {
            int threshold = 8 + rnd.nextInt(8);
            DisclosurePolicy policy = DisclosurePolicy.DEFAULT.withThreshold(threshold);
            List<OutcomeRow> rows = new ArrayList<>();
            for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) {
                rows.add(randomRow(rnd, "area" + i, rnd.nextBoolean() ? 15 : 60));
            }
            PublishedReport r = DisclosureControl.publish("t", Q, rows, policy);
            List<PublishedRow> all = new ArrayList<>(r.rows());
            all.add(r.total());
            for (PublishedRow row : all) {
                for (Measure m : Measure.values()) {
                    PublishedCount c = row.count(m);
                    if (!c.suppressed()) {
                        long v = c.value().getAsLong();
                        assertThat(v == 0 || v >= threshold && v % 5 == 0)
                                .as("run %d %s %s = %d (threshold %d)", run, row.key(), m, v, threshold).isTrue();
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                OutcomeRow raw = rows.get(i);
                PublishedRow pub = r.rows().get(i);
                if (raw.started() < threshold) {
                    for (Rate rate : Rate.values()) {
                        assertThat(pub.rate(rate)).as("%s under the threshold", rate).isEmpty();
                    }
                }
                if (raw.started() > 0 && raw.started() < threshold) {
                    assertThat(pub.count(Measure.STARTED).suppressed()).isTrue();
                }
            }
        }
    }

    @Test
    void item34_meansAndRatesAreWithheldUnderTheThresholdAndShownAtIt() {
        Random rnd = new Random(7);
        OutcomeRow small;
        do {
            small = randomRow(rnd, "a", 60);
        } while (small.started() < 10 || small.completed() < 10);
        PublishedRow shown = DisclosureControl.publish("t", Q, List.of(small), DisclosurePolicy.DEFAULT).total();
        assertThat(shown.rate(Rate.MEAN_HOURS)).isPresent();
        assertThat(shown.rate(Rate.COMPLETION_RATE)).isPresent();
        PublishedRow withheld = DisclosureControl.publish("t", Q, List.of(small),
                DisclosurePolicy.DEFAULT.withThreshold((int) small.started() + 1)).total();
        assertThat(withheld.rate(Rate.MEAN_HOURS)).isEmpty();
        assertThat(withheld.rate(Rate.MEAN_DAYS_TO_START)).isEmpty();
        assertThat(withheld.rate(Rate.COMPLETION_RATE)).isEmpty();
    }

    @Test
    void item34_thePolicyCannotBeWeakerThanTheNhsDigitalRule() {
        assertThatThrownBy(() -> new DisclosurePolicy(7, 5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new DisclosurePolicy(10, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rounding");
        assertThat(DisclosurePolicy.DEFAULT).isEqualTo(new DisclosurePolicy(10, 5));
    }

    // ------------------------------------------------------------- solver check

    /**
     * Small tables of lines x (stage, part, part) with the stage split exactly into its parts and a total line, passed
     * through the suppression; an attacker who knows every visible value exactly (stronger than the rounded values
     * published) and that a primary-suppressed count lies in 1..threshold-1 searches every integer solution: each
     * hidden cell must have at least two feasible values.
     */
    @Test
    void item34_noSuppressedCellCanBeRecoveredFromPublishedTotals() {
        Random rnd = new Random(2034);
        int threshold = 10;
        int checkedHidden = 0;
        for (int run = 0; run < 400; run++) {
            int lines = 2 + rnd.nextInt(2);
            int width = 3;
            long[] v = new long[(lines + 1) * width];
            for (int i = 0; i < lines; i++) {
                long a = rnd.nextInt(rnd.nextBoolean() ? 12 : 30);
                long b = rnd.nextInt(rnd.nextBoolean() ? 12 : 30);
                v[i * width] = a + b;
                v[i * width + 1] = a;
                v[i * width + 2] = b;
            }
            for (int m = 0; m < width; m++) {
                for (int i = 0; i < lines; i++) {
                    v[lines * width + m] += v[i * width + m];
                }
            }
            List<int[]> cons = new ArrayList<>();
            for (int i = 0; i <= lines; i++) {
                cons.add(new int[] {i * width, i * width + 1, i * width + 2});
            }
            for (int m = 0; m < width; m++) {
                int[] c = new int[lines + 1];
                c[0] = lines * width + m;
                for (int i = 0; i < lines; i++) {
                    c[i + 1] = i * width + m;
                }
                cons.add(c);
            }
            boolean[] hidden = Suppression.suppress(v, cons, threshold);
            for (int i = 0; i < v.length; i++) {
                if (v[i] > 0 && v[i] < threshold) {
                    assertThat(hidden[i]).as("primary cell %d", i).isTrue();
                }
            }
            Map<Integer, Set<Long>> feasible = solve(v, hidden, cons, threshold);
            for (int i = 0; i < v.length; i++) {
                if (hidden[i]) {
                    checkedHidden++;
                    assertThat(feasible.get(i)).as("run %d: cell %d (value %d) of %s hidden %s", run, i, v[i],
                            Arrays.toString(v), Arrays.toString(hidden)).hasSizeGreaterThan(1);
                }
            }
        }
        assertThat(checkedHidden).as("the tables had hidden cells to attack").isGreaterThan(200);
    }

    private static Map<Integer, Set<Long>> solve(long[] v, boolean[] hidden, List<int[]> cons, int threshold) {
        List<Integer> unknown = new ArrayList<>();
        long[] lo = new long[v.length];
        long[] hi = new long[v.length];
        long cap = Arrays.stream(v).max().orElse(0) * 2 + 20;
        for (int i = 0; i < v.length; i++) {
            if (hidden[i]) {
                unknown.add(i);
                // the attacker can tell a primary (1..t-1) from a complement only by guessing, so both ranges
                // are searched; the weakest honest assumption is [0, cap]
                lo[i] = 0;
                hi[i] = cap;
            } else {
                lo[i] = v[i];
                hi[i] = v[i];
            }
        }
        Map<Integer, Set<Long>> seen = new java.util.HashMap<>();
        unknown.forEach(u -> seen.put(u, new HashSet<>()));
        long[] cur = v.clone();
        boolean[] assigned = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            assigned[i] = !hidden[i];
        }
        dfs(0, unknown, cur, assigned, lo, hi, cons, seen);
        return seen;
    }

    private static boolean dfs(int k, List<Integer> unknown, long[] cur, boolean[] assigned, long[] lo, long[] hi,
            List<int[]> cons, Map<Integer, Set<Long>> seen) {
        if (seen.values().stream().allMatch(s -> s.size() > 1)) {
            return true;
        }
        if (k == unknown.size()) {
            for (int u : unknown) {
                seen.get(u).add(cur[u]);
            }
            return false;
        }
        int x = unknown.get(k);
        for (long val = lo[x]; val <= hi[x]; val++) {
            cur[x] = val;
            assigned[x] = true;
            if (consistent(cur, assigned, lo, hi, cons) && dfs(k + 1, unknown, cur, assigned, lo, hi, cons, seen)) {
                return true;
            }
            assigned[x] = false;
        }
        return false;
    }

    private static boolean consistent(long[] cur, boolean[] assigned, long[] lo, long[] hi, List<int[]> cons) {
        for (int[] c : cons) {
            long minParts = 0;
            long maxParts = 0;
            for (int k = 1; k < c.length; k++) {
                minParts += assigned[c[k]] ? cur[c[k]] : lo[c[k]];
                maxParts += assigned[c[k]] ? cur[c[k]] : hi[c[k]];
            }
            long tLo = assigned[c[0]] ? cur[c[0]] : lo[c[0]];
            long tHi = assigned[c[0]] ? cur[c[0]] : hi[c[0]];
            if (maxParts < tLo || minParts > tHi) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aOneWayTableNeverPublishesASmallCountNorLetsAHiddenOneBeWorkedOutFromTheTotal() {
        Random random = new Random(20261203L);
        DisclosurePolicy policy = DisclosurePolicy.DEFAULT;
        int withHidden = 0;
        for (int round = 0; round < 500; round++) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            int cells = 2 + random.nextInt(8);
            for (int c = 0; c < cells; c++) {
                counts.put("c" + c, (long) (random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(12)));
            }
            Map<String, PublishedCount> out = DisclosureControl.publishDistribution(counts, policy);
            assertThat(out.keySet()).containsExactlyElementsOf(java.util.stream.Stream.concat(counts.keySet().stream(),
                    java.util.stream.Stream.of("TOTAL")).toList());
            long hidden = out.values().stream().filter(PublishedCount::suppressed).count();
            // one hidden cell would be the total minus the others
            assertThat(hidden).as("%s", counts).isNotEqualTo(1);
            if (hidden > 0) {
                withHidden++;
            }
            counts.forEach((k, v) -> {
                PublishedCount p = out.get(k);
                if (v > 0 && v < policy.threshold()) {
                    assertThat(p.suppressed()).as("%s = %d", k, v).isTrue();
                }
                p.value().ifPresent(x -> {
                    assertThat(x % policy.rounding()).isZero();
                    assertThat(x == 0 || x >= policy.threshold()).isTrue();
                    assertThat(Math.abs(x - v)).isLessThanOrEqualTo(policy.rounding());
                });
            });
        }
        assertThat(withHidden).as("the property is not vacuous").isGreaterThan(100);
    }
}
