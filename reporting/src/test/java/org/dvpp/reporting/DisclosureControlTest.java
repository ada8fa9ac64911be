package org.dvpp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

    /** Random pre/post figures for the given lines on two scores, large and small counts mixed. */
    static List<ChangeFigures> randomChanges(Random rnd, List<String> keys) {
        List<ChangeFigures> out = new ArrayList<>();
        for (String k : keys) {
            for (String score : List.of("total", "alcohol_days")) {
                int pairs = rnd.nextInt(rnd.nextBoolean() ? 14 : 45);
                int improved = rnd.nextInt(pairs + 1);
                int deteriorated = rnd.nextInt(pairs - improved + 1);
                out.add(new ChangeFigures(k, score.equals("total") ? "phq-9" : "top", score,
                        score.equals("total") ? "PHQ-9 total" : "TOP alcohol days", score.equals("total")
                                ? ChangeRule.RELIABLE_CHANGE : ChangeRule.DAYS_OF_USE, pairs, improved, deteriorated,
                        BigDecimal.valueOf(15L * pairs), BigDecimal.valueOf(11L * pairs)));
            }
        }
        return out;
    }

    @Test
    void item34_prePostChangeCellsAreSuppressedZeroOrRoundedAndNoHiddenOneCanBeWorkedOut() {
        Random rnd = new Random(3434);
        DisclosurePolicy p = DisclosurePolicy.DEFAULT;
        int hiddenChecked = 0;
        for (int run = 0; run < 150; run++) {
            int n = 2 + rnd.nextInt(2);
            List<OutcomeRow> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(randomRow(rnd, "k" + i, 60));
                keys.add("k" + i);
            }
            rows.removeIf(r -> r.referred() == 0);
            keys.removeIf(k -> rows.stream().noneMatch(r -> r.key().equals(k)));
            if (rows.isEmpty()) {
                continue;
            }
            List<ChangeFigures> raw = randomChanges(rnd, keys);
            PublishedReport r = DisclosureControl.publish("t", Q, rows, raw, p);
            for (String score : List.of("total", "alcohol_days")) {
                // the table as an attacker sees it: lines then the total, each pairs = improved + unchanged + worse
                int w = 4;
                List<PublishedRow> lines = new ArrayList<>(r.rows());
                lines.add(r.total());
                long[] v = new long[lines.size() * w];
                boolean[] hidden = new boolean[v.length];
                List<int[]> cons = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    String key = i < r.rows().size() ? lines.get(i).key() : null;
                    ChangeFigures f = key == null ? null : raw.stream().filter(x -> x.key().equals(key)
                            && x.scoreId().equals(score)).findFirst().orElseThrow();
                    PublishedChange c = lines.get(i).changes().stream().filter(x -> x.scoreId().equals(score))
                            .findFirst().orElseThrow();
                    PublishedCount[] cells = {c.pairs(), c.improved(), c.unchanged(), c.deteriorated()};
                    for (int m = 0; m < w; m++) {
                        hidden[i * w + m] = cells[m].suppressed();
                        cells[m].value().ifPresent(x -> {
                            assertThat(x % p.rounding()).isZero();
                            assertThat(x == 0 || x >= p.threshold()).isTrue();
                        });
                    }
                    if (f != null) {
                        long[] exact = {f.pairs(), f.improved(), f.unchanged(), f.deteriorated()};
                        for (int m = 0; m < w; m++) {
                            v[i * w + m] = exact[m];
                            if (exact[m] > 0 && exact[m] < p.threshold()
                                    || exact[m] == 0 && m > 0 && f.pairs() > 0 && f.pairs() < p.threshold()) {
                                assertThat(cells[m].suppressed()).as("run %d %s line %d cell %d", run, score, i, m)
                                        .isTrue();
                            }
                        }
                        if (f.pairs() < p.threshold()) {
                            assertThat(c.meanChange()).as("mean over %d pairs", f.pairs()).isEmpty();
                            assertThat(c.improvedShare()).isEmpty();
                        } else if (!c.pairs().suppressed()) {
                            assertThat(c.meanChange()).isPresent();
                        }
                    }
                    cons.add(new int[] {i * w, i * w + 1, i * w + 2, i * w + 3});
                }
                int total = lines.size() - 1;
                for (int m = 0; m < w; m++) {
                    for (int i = 0; i < total; i++) {
                        v[total * w + m] += v[i * w + m];
                    }
                }
                if (total > 1) {
                    for (int m = 0; m < w; m++) {
                        int[] c = new int[total + 1];
                        c[0] = total * w + m;
                        for (int i = 0; i < total; i++) {
                            c[i + 1] = i * w + m;
                        }
                        cons.add(c);
                    }
                }
                long hiddenCount = 0;
                for (boolean b : hidden) {
                    hiddenCount += b ? 1 : 0;
                }
                if (hiddenCount == 0 || hiddenCount > 9) {
                    continue; // the exhaustive solver is for small attacks
                }
                Map<Integer, Set<Long>> feasible = solve(v, hidden, cons, p.threshold());
                for (int i = 0; i < v.length; i++) {
                    if (hidden[i]) {
                        hiddenChecked++;
                        assertThat(feasible.get(i)).as("run %d %s cell %d of %s", run, score, i, Arrays.toString(v))
                                .hasSizeGreaterThan(1);
                    }
                }
            }
        }
        assertThat(hiddenChecked).as("hidden change cells attacked").isGreaterThan(100);
    }

    @Test
    void item34_aZeroAmongFewerPeopleThanTheThresholdIsSuppressedAndAZeroAmongManyIsShown() {
        Map<CaseStatus, Long> noExits = new EnumMap<>(CaseStatus.class);
        OutcomeRow.EXIT_STATUSES.forEach(x -> noExits.put(x, 0L));
        Long[] bands = new Long[OutcomeRow.HOURS_BANDS];
        Arrays.fill(bands, 0L);
        bands[0] = 20L;
        List<Long> b = List.of(bands);
        // few referrals: every zero in the line says "none of these four"
        OutcomeRow few = new OutcomeRow("few", "few", 4, 4, 4, 4, 4, 0, 0, noExits, 0, Duration.ZERO, 0, 0, 0, 0, 0, 0,
                0, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
        // many referrals and starters: a zero is just a zero
        OutcomeRow many = new OutcomeRow("many", "many", 60, 50, 40, 30, 25, 20, 0, noExits, 0,
                Duration.ofHours(40), 10, 12, 30, 0, 0, 0, 0, b);
        PublishedReport r = DisclosureControl.publish("t", Q, List.of(few, many), DisclosurePolicy.DEFAULT);
        PublishedRow f = r.rows().get(0);
        PublishedRow m = DisclosureControl.publish("t", Q, List.of(many), DisclosurePolicy.DEFAULT).rows().get(0);
        assertThat(f.count(Measure.STARTED).suppressed()).as("STARTED among 4").isTrue();
        for (Measure x : List.of(Measure.COMPLETED, Measure.WITHDRAWN, Measure.MARAC)) {
            assertThat(f.count(x).suppressed()).as("%s among 4", x).isTrue();
            assertThat(m.count(x).value()).as("%s among 60", x).hasValue(0);
            // beside the small line, a zero total and a zero line would give its zero away: one of them is hidden
            assertThat(r.rows().get(1).count(x).suppressed() || r.total().count(x).suppressed()).as("%s", x).isTrue();
        }
        // a zero whose own base is small discloses even in a large line: 5 screened, none eligible
        OutcomeRow screened = new OutcomeRow("s", "s", 40, 5, 0, 0, 0, 0, 0, Map.of(CaseStatus.INELIGIBLE, 5L,
                CaseStatus.UNSUITABLE, 0L, CaseStatus.WITHDRAWN, 0L, CaseStatus.EXCLUDED, 0L,
                CaseStatus.RETURNED_TO_REFERRER, 0L), 0, Duration.ZERO, 0, 0, 0, 0, 0, 0, 0,
                List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
        PublishedRow s = DisclosureControl.publish("t", Q, List.of(screened), DisclosurePolicy.DEFAULT).rows().get(0);
        assertThat(s.count(Measure.ELIGIBLE).suppressed()).isTrue();
        assertThat(s.count(Measure.MARAC).value()).as("a zero among 40 referrals").hasValue(0);
        // raw figures keep their zeros
        assertThat(DisclosureControl.raw("t", Q, List.of(few)).rows().get(0).count(Measure.COMPLETED).value())
                .hasValue(0);
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
