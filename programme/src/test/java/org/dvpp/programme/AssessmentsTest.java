package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.safety.RiskLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentsTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private static Map<String, String> phq9(int each) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            m.put("Q" + i, Integer.toString(each));
        }
        return m;
    }

    @Test
    void anAssessmentIsScoredStoredWithItsVersionAndCheckedAgainstItsWindow() {
        CaseId c = h.refer();
        var recorded = h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.INTAKE, h.today(), phq9(2)));
        assertThat(recorded.result().total().orElseThrow().roundHalfUp()).isEqualTo(18);
        assertThat(recorded.result().band().orElseThrow().code()).isEqualTo("moderately-severe");
        assertThat(recorded.window().within()).isTrue();
        var stored = h.dvpp.assessments().list(h.practitioner, c);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.instrumentId()).isEqualTo("phq-9");
            assertThat(r.instrumentVersion()).isEqualTo(recorded.result().instrumentVersion());
            assertThat(r.answers()).containsEntry("Q9", "2");
            assertThat(r.bandCode()).contains("moderately-severe");
        });
        // a mid-point measure before he has started is flagged, not refused
        var early = h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.MID_POINT, h.today(), phq9(1)));
        assertThat(early.window().within()).isFalse();
    }

    @Test
    void anInvalidAnswerNamesTheItemAndStoresNothing() {
        CaseId c = h.refer();
        Map<String, String> answers = phq9(1);
        answers.put("Q9", "7");
        InvalidInputException e = catchThrowableOfType(() -> h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.INTAKE, h.today(), answers)),
                InvalidInputException.class);
        assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).contains("Q9"));
        assertThat(h.dvpp.assessments().list(h.practitioner, c)).isEmpty();
    }

    @Test
    void aDashOfFourteenOrMoreRaisesRiskAndTellsPartnerSupport() throws Exception {
        RecordingListener feed = new RecordingListener("partner-support", 0);
        try (Harness local = new Harness(feed)) {
            CaseId c = local.refer();
            Map<String, String> dash = new HashMap<>();
            for (int i = 1; i <= 24; i++) {
                dash.put("Q" + i, i <= 14 ? "yes" : "no");
            }
            local.dvpp.assessments().record(local.practitioner, c,
                    new Assessments.NewAssessment("dash-ric", TimePoint.AD_HOC, local.today(), dash));
            assertThat(local.dvpp.safety().currentRisk(local.practitioner, c)).isEqualTo(RiskLevel.HIGH);
            local.dvpp.events().dispatchPending();
            assertThat(feed.forPartnerSupport()).anySatisfy(e -> {
                assertThat(e).isInstanceOfSatisfying(org.dvpp.programme.events.RiskRaisedEvent.class, r ->
                        assertThat(r.maracCriteria()).contains(org.dvpp.domain.safety.MaracCriterion.VISIBLE_HIGH_RISK));
            });
        }
    }

    @Test
    void reliableChangeComparesIntakeWithTheEnd() {
        CaseId c = h.refer();
        h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.INTAKE, h.today(), phq9(2)));
        h.clock.advance(Duration.ofDays(90));
        h.dvpp.assessments().record(h.practitioner, c,
                new Assessments.NewAssessment("phq-9", TimePoint.END, h.today(), phq9(0)));
        ReliableChange.Result change = h.dvpp.assessments().change(h.practitioner, c, "phq-9", TimePoint.INTAKE,
                TimePoint.END);
        assertThat(change.outcome()).isEqualTo(ReliableChange.Outcome.RELIABLY_IMPROVED);
        assertThat(change.before().roundHalfUp()).isEqualTo(18);
        assertThat(change.after().roundHalfUp()).isZero();
    }

    @Test
    void facilitatorsCannotReadAssessmentAnswers() {
        CaseId c = h.refer();
        assertThat(catchThrowableOfType(() -> h.dvpp.assessments().list(h.facilitator, c),
                AccessDeniedException.class)).isNotNull();
        assertThat(List.of(Permission.ASSESS)).contains(catchThrowableOfType(
                () -> h.dvpp.assessments().list(h.facilitator, c), AccessDeniedException.class).permission());
    }
}
