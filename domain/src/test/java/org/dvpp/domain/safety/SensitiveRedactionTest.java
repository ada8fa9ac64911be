package org.dvpp.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.junit.jupiter.api.Test;

/** Sensitive values must never reach a log line through toString(). */
class SensitiveRedactionTest {
    private static final String MARKER = "Zq7-CANARY-Jane-Doe";

    @Test
    void personAtRiskPrintsNoneOfHerDetails() {
        ContactDetails details = new ContactDetails(MARKER, Optional.of(LocalDate.parse("1990-02-03")),
                "07700 900" + MARKER, "1 " + MARKER + " Road", "only call on " + MARKER);
        PersonAtRisk p = new PersonAtRisk(PersonAtRiskId.random(), AgencyId.random(), ParticipantId.random(),
                Relationship.EX_PARTNER, details, false, PartnerSupportStatus.OFFERED, 0);
        assertThat(p.toString()).doesNotContain(MARKER).doesNotContain("1990");
        assertThat(details.toString()).doesNotContain(MARKER);
    }

    @Test
    void riskEventsAndSharingEntriesRedactTheirFreeText() {
        RiskEvent e = new RiskEvent(RiskEventId.random(), AgencyId.random(), CaseId.random(),
                RiskEventKind.PARTNER_REPORT, Instant.EPOCH, RiskLevel.MEDIUM, RiskLevel.HIGH,
                Set.of(MaracCriterion.PROFESSIONAL_JUDGEMENT), MARKER, UserId.random());
        assertThat(e.toString()).doesNotContain(MARKER).contains("HIGH");
        assertThat(e.isRise()).isTrue();
        InformationSharingEntry s = new InformationSharingEntry(SharingEntryId.random(), AgencyId.random(),
                CaseId.random(), LocalDate.parse("2026-01-05"), SharingRecipient.MARAC, "Merton MARAC", MARKER,
                MARKER, LawfulBasis.SAFEGUARDING, UserId.random());
        assertThat(s.toString()).doesNotContain(MARKER);
    }
}
