package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.Violation;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.MaracStatus;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.AuditAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11, part 10: MARAC referrals as records, and reads of risk events and the sharing register. */
class SafetyRecordsTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    @Test
    void aMaracReferralIsRecordedWithItsCriteriaThenItsMeetingOutcomeAndActions() {
        CaseId c = h.refer();
        var referral = h.dvpp.safety().referToMarac(h.practitioner, c, new Safety.MaracInput(h.today(), Set.of(
                MaracCriterion.VISIBLE_HIGH_RISK, MaracCriterion.POTENTIAL_ESCALATION), Optional.of(h.today()
                        .plusDays(10))));
        assertThat(referral.status()).isEqualTo(MaracStatus.REFERRED);
        assertThat(referral.criteria()).containsExactlyInAnyOrder(MaracCriterion.VISIBLE_HIGH_RISK,
                MaracCriterion.POTENTIAL_ESCALATION);
        // at least one criterion
        assertThat(catchThrowableOfType(() -> h.dvpp.safety().referToMarac(h.practitioner, c, new Safety.MaracInput(
                h.today(), Set.of(), Optional.empty())), InvalidInputException.class)).isNotNull();
        h.clock.advance(Duration.ofDays(10));
        var heard = h.dvpp.safety().recordMaracOutcome(ActingUser.of(org.dvpp.domain.UserId.random(), h.agency, Role.SAFEGUARDING_LEAD), referral.id(),
                new Safety.MaracOutcomeInput(h.today(), "safety plan agreed; police marker on her address", List.of(
                        "IDVA to contact her within 24 hours", "probation to review licence conditions")));
        assertThat(heard.status()).isEqualTo(MaracStatus.HEARD);
        assertThat(heard.meetingOn()).contains(h.today());
        // the outcome and actions are P0: the practitioner who referred sees the referral, not what was decided
        assertThat(h.dvpp.safety().maracReferrals(h.practitioner, c)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MaracStatus.HEARD);
            assertThat(m.outcome()).isEmpty();
            assertThat(m.actions()).isEmpty();
        });
        assertThat(h.dvpp.safety().maracReferrals(h.partnerSupport, c)).singleElement().satisfies(m -> {
            assertThat(m.outcome()).hasValueSatisfying(o -> assertThat(o).contains("safety plan"));
            assertThat(m.actions()).hasSize(2);
        });
        // a meeting before the referral is refused
        assertThat(catchThrowableOfType(() -> h.dvpp.safety().recordMaracOutcome(h.supervisor, referral.id(),
                new Safety.MaracOutcomeInput(h.today().minusDays(30), "x", List.of())), InvalidInputException.class)
                .violations()).extracting(Violation::rule).containsExactly("after-referral");
        assertThatThrownBy(() -> h.dvpp.safety().recordMaracOutcome(h.supervisor, org.dvpp.domain.RecordId.random(),
                new Safety.MaracOutcomeInput(h.today(), "x", List.of()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.safety().maracReferrals(h.facilitator, c)).isInstanceOf(
                AccessDeniedException.class);
    }

    @Test
    void riskEventsAndTheSharingRegisterAreReadBackForAuthorisedRolesWithP0Withheld() {
        CaseId c = h.refer();
        h.dvpp.safety().recordRiskEvent(h.practitioner, c, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                h.clock.instant(), RiskLevel.MEDIUM, Set.of(), Optional.empty(), "said he follows her to work"));
        h.dvpp.safety().recordSharing(h.practitioner, c, new Safety.SharingInput(h.today(), SharingRecipient.POLICE,
                "Met Police", "the disclosure", "risk to her", LawfulBasis.VITAL_INTERESTS));
        assertThat(h.dvpp.safety().riskEvents(h.supervisor, c)).singleElement().satisfies(e -> {
            assertThat(e.summary()).contains("follows her");
            assertThat(e.levelAfter()).isEqualTo(RiskLevel.MEDIUM);
        });
        assertThat(h.dvpp.safety().riskEvents(h.practitioner, c)).singleElement().satisfies(e ->
                assertThat(e.summary()).isEqualTo("[withheld]"));
        assertThat(h.dvpp.safety().sharingRegister(h.partnerSupport, c)).singleElement().satisfies(e ->
                assertThat(e.why()).isEqualTo("risk to her"));
        assertThat(h.dvpp.safety().sharingRegister(h.practitioner, c)).singleElement().satisfies(e -> {
            assertThat(e.recipientName()).isEqualTo("Met Police");
            assertThat(e.what()).isEqualTo("[withheld]");
        });
        // every read that returned P0 is audited
        assertThat(h.audit(h.agency)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.READ);
            assertThat(a.actor()).isEqualTo(h.supervisor.id());
            assertThat(a.purpose()).contains("safety.riskEvents").contains("summary");
        });
        assertThatThrownBy(() -> h.dvpp.safety().riskEvents(h.facilitator, c)).isInstanceOf(
                AccessDeniedException.class);
    }
}
