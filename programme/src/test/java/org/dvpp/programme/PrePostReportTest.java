package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.reporting.ChangeRule;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedChange;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ReportDimension;
import org.junit.jupiter.api.Test;

/** Pre/post change per instrument in the outcome report, through the front door, with the built-in instruments. */
class PrePostReportTest {

    /** PHQ-9 answers adding up to a total (each item 0 to 3). */
    private static Map<String, String> phq9(int total) {
        Map<String, String> a = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            int v = Math.min(3, Math.max(0, total - 3 * (i - 1)));
            a.put("Q" + i, Integer.toString(v));
        }
        return a;
    }

    /** TOP answers: alcohol days in each of four weeks and quality of life. */
    private static Map<String, String> top(int daysPerWeek, int qol) {
        Map<String, String> a = new HashMap<>();
        for (int w = 1; w <= 4; w++) {
            a.put("ALC_W" + w, Integer.toString(daysPerWeek));
        }
        a.put("QOL", Integer.toString(qol));
        return a;
    }

    private static PublishedChange change(PublishedReport r, String instrument, String score) {
        return r.total().changes().stream().filter(c -> c.instrumentId().equals(instrument)
                && c.scoreId().equals(score)).findFirst().orElseThrow();
    }

    @Test
    void meanChangeAndReliableChangeSharesPerInstrumentAreReportedAndProtected() throws Exception {
        try (Harness h = new Harness()) {
            // intake and end PHQ-9 totals for twelve men: six improve by 6 or more (reliable), two worsen by 6 or
            // more, four change by less than 6
            int[][] phq = {{20, 10}, {18, 12}, {15, 9}, {24, 6}, {12, 3}, {21, 14}, {5, 11}, {6, 15}, {10, 8},
                {9, 12}, {14, 14}, {7, 4}};
            // TOP: alcohol days per week and quality of life at intake and end
            int[][] tops = {{3, 0, 8, 14}, {2, 1, 10, 9}, {0, 2, 12, 12}, {5, 5, 6, 10}, {1, 3, 9, 9}, {4, 0, 7, 15},
                {2, 2, 11, 10}, {6, 1, 5, 12}, {1, 0, 14, 16}, {3, 4, 8, 6}, {2, 0, 10, 13}, {7, 7, 4, 4}};
            List<CaseId> men = new ArrayList<>();
            for (int i = 0; i < phq.length; i++) {
                CaseId c = h.refer();
                men.add(c);
                h.dvpp.assessments().record(h.practitioner, c, new Assessments.NewAssessment("phq-9",
                        TimePoint.INTAKE, h.today(), phq9(phq[i][0])));
                h.dvpp.assessments().record(h.practitioner, c, new Assessments.NewAssessment("top",
                        TimePoint.INTAKE, h.today(), top(tops[i][0], tops[i][2])));
            }
            // a facilitator's account is not his own, and is left out
            h.dvpp.assessments().record(h.practitioner, men.get(0), new Assessments.NewAssessment("phq-9",
                    TimePoint.END, h.today(), phq9(27), org.dvpp.domain.casework.Informant.FACILITATOR));
            h.clock.advance(Duration.ofDays(90));
            for (int i = 0; i < phq.length; i++) {
                h.dvpp.assessments().record(h.practitioner, men.get(i), new Assessments.NewAssessment("phq-9",
                        TimePoint.END, h.today(), phq9(phq[i][1])));
                h.dvpp.assessments().record(h.practitioner, men.get(i), new Assessments.NewAssessment("top",
                        TimePoint.END, h.today(), top(tops[i][1], tops[i][3])));
            }
            OutcomeQuery q = OutcomeQuery.of(h.today().minusYears(1), h.today().plusDays(1), ReportDimension.TOTAL);

            PublishedReport raw = h.dvpp.reports().rawOutcomes(h.admin, q);
            PublishedChange p = change(raw, "phq-9", "total");
            assertThat(p.rule()).isEqualTo(ChangeRule.RELIABLE_CHANGE);
            assertThat(p.pairs().value()).hasValue(12);
            assertThat(p.improved().value()).hasValue(6);
            assertThat(p.deteriorated().value()).hasValue(2);
            assertThat(p.unchanged().value()).hasValue(4);
            int before = 0;
            int after = 0;
            for (int[] x : phq) {
                before += x[0];
                after += x[1];
            }
            assertThat(p.meanChange()).hasValue(BigDecimal.valueOf(after - before).divide(BigDecimal.valueOf(12), 2,
                    java.math.RoundingMode.HALF_UP));
            assertThat(p.improvedShare()).hasValue(new BigDecimal("50.0"));

            // TOP alcohol: men using at intake (11 of 12); fewer days for 6 (abstinent or reduced), more for 2
            PublishedChange alcohol = change(raw, "top", "alcohol_days");
            assertThat(alcohol.rule()).isEqualTo(ChangeRule.DAYS_OF_USE);
            assertThat(alcohol.pairs().value()).hasValue(11);
            assertThat(alcohol.improved().value()).hasValue(6);
            assertThat(alcohol.deteriorated().value()).hasValue(2);
            PublishedChange qol = change(raw, "top", "quality_of_life");
            assertThat(qol.rule()).isEqualTo(ChangeRule.DIRECTION);
            assertThat(qol.pairs().value()).hasValue(12);
            assertThat(qol.improved().value()).hasValue(6);
            assertThat(qol.deteriorated().value()).hasValue(3);

            // published: counts rounded or suppressed, the mean shown over 12 pairs, shares withheld as their
            // numerators are hidden
            PublishedReport pub = h.dvpp.reports().outcomes(h.manager, q, DisclosurePolicy.DEFAULT);
            PublishedChange pp = change(pub, "phq-9", "total");
            assertThat(pp.pairs().value()).hasValue(10);
            assertThat(pp.improved().suppressed()).isTrue();
            assertThat(pp.deteriorated().suppressed()).isTrue();
            assertThat(pp.improvedShare()).isEmpty();
            assertThat(pp.meanChange()).isEqualTo(p.meanChange());
            // with a threshold above the pairs, the means are withheld too
            PublishedChange strict = change(h.dvpp.reports().outcomes(h.manager, q, DisclosurePolicy.DEFAULT
                    .withThreshold(13)), "phq-9", "total");
            assertThat(strict.pairs().suppressed()).isTrue();
            assertThat(strict.meanChange()).isEmpty();
            assertThat(strict.meanBefore()).isEmpty();
        }
    }
}
