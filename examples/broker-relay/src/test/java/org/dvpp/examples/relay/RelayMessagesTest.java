package org.dvpp.examples.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.EventId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import org.dvpp.programme.events.ConsentChangedEvent;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.events.ReferralReceivedEvent;
import org.dvpp.programme.events.RiskRaisedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The message format, for every event type, without a broker. */
class RelayMessagesTest {
    private static final AgencyId AGENCY = AgencyId.random();
    private static final CaseId CASE = CaseId.random();
    private static final Instant AT = Instant.parse("2026-03-02T21:00:00Z");

    /** One of each permitted event type, with the fields its data must carry. */
    private static final Map<ProgrammeEvent, Set<String>> SAMPLES = Map.of(
            new ReferralReceivedEvent(EventId.random(), AGENCY, CASE, 1, AT, false, ParticipantId.random(),
                    ReferralId.random(), ReferralSource.COURT, 1),
            Set.of("participant", "referral", "source", "episode"),
            new CaseStatusChangedEvent(EventId.random(), AGENCY, CASE, 7, AT, true, ParticipantId.random(), 2,
                    CaseStatus.IN_PROGRAMME, CaseStatus.WITHDRAWN, "withdraw"),
            Set.of("participant", "episode", "from", "to", "command"),
            new RiskRaisedEvent(EventId.random(), AGENCY, CASE, 3, AT, true, RiskEventId.random(), RiskLevel.MEDIUM,
                    RiskLevel.HIGH, Set.of(MaracCriterion.VISIBLE_HIGH_RISK, MaracCriterion.POTENTIAL_ESCALATION)),
            Set.of("riskEvent", "from", "to", "maracCriteria"),
            new ConsentChangedEvent(EventId.random(), AGENCY, CASE, 4, AT, true, false,
                    Set.of(SharingScope.REFERRER, SharingScope.PARTNER_SUPPORT), LocalDate.of(2026, 3, 2),
                    CaseStatus.SUSPENDED),
            Set.of("withdrawn", "scope", "effectiveOn", "statusAfter"),
            new DisengagementWarningEvent(EventId.random(), AGENCY, CASE, 5, AT, false,
                    DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, 2, 2),
            Set.of("reason", "count", "threshold"));

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPermittedEventTypeHasAFormatSoANewTypeFailsHereUntilItIsGivenOne() {
        assertThat(SAMPLES.keySet().stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(ProgrammeEvent.class.getPermittedSubclasses()));
    }

    @Test
    void eachMessageCarriesTheEventIdTypeVersionsAndOnlyTheTypesOwnFields() {
        SAMPLES.forEach((event, fields) -> {
            RelayMessages.Message m = RelayMessages.of(event);
            assertThat(m.messageId()).isEqualTo(event.id().value().toString());
            assertThat(m.type()).isEqualTo(event.type());
            assertThat(m.partnerSupport()).isEqualTo(event.partnerSupportMustBeTold());
            assertThat(m.routingKey()).isEqualTo("dvpp." + AGENCY.value() + "."
                    + (event.partnerSupportMustBeTold() ? "partner-support." : "routine.") + event.type());
            assertThat(m.headers()).containsEntry(RelayMessages.HEADER_ENVELOPE_VERSION, 1)
                    .containsEntry(RelayMessages.HEADER_SCHEMA_VERSION, event.schemaVersion())
                    .containsEntry(RelayMessages.HEADER_AGENCY, AGENCY.value().toString())
                    .containsEntry(RelayMessages.HEADER_STREAM, CASE.value().toString())
                    .containsEntry(RelayMessages.HEADER_SEQUENCE, event.sequence())
                    .containsEntry(RelayMessages.HEADER_PARTNER_SUPPORT, event.partnerSupportMustBeTold());
            JsonNode body = json.readTree(m.body());
            assertThat(body.path("envelopeVersion").asInt()).isEqualTo(1);
            assertThat(body.path("id").asString()).isEqualTo(m.messageId());
            assertThat(body.path("type").asString()).isEqualTo(event.type());
            assertThat(body.path("schemaVersion").asInt()).isEqualTo(event.schemaVersion());
            assertThat(body.path("case").asString()).isEqualTo(CASE.value().toString());
            assertThat(body.path("sequence").asLong()).isEqualTo(event.sequence());
            assertThat(body.path("occurredAt").asString()).isEqualTo("2026-03-02T21:00:00Z");
            assertThat(body.path("data").propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
        });
    }

    @Test
    void theInboxReadsBackWhatTheRelayWrites() {
        SAMPLES.keySet().forEach(event -> {
            RelayMessages.Message m = RelayMessages.of(event);
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().messageId(m.messageId()).type(m.type())
                    .contentType(RelayMessages.CONTENT_TYPE).headers(m.headers()).build();
            Notification n = PartnerSupportInbox.parse(new Envelope(1, false, "x", m.routingKey()), props, m.body());
            assertThat(n).isNotNull();
            assertThat(n.id()).isEqualTo(event.id().value());
            assertThat(n.type()).isEqualTo(event.type());
            assertThat(n.caseId()).isEqualTo(CASE.value());
            assertThat(n.agency()).isEqualTo(AGENCY.value());
            assertThat(n.sequence()).isEqualTo(event.sequence());
            assertThat(n.occurredAt()).isEqualTo(AT);
            assertThat(n.routingKey()).isEqualTo(m.routingKey());
        });
        RiskRaisedEvent risk = (RiskRaisedEvent) SAMPLES.keySet().stream().filter(e -> e instanceof RiskRaisedEvent)
                .findFirst().orElseThrow();
        RelayMessages.Message m = RelayMessages.of(risk);
        Notification n = PartnerSupportInbox.parse(new Envelope(1, false, "x", m.routingKey()),
                new AMQP.BasicProperties.Builder().messageId(m.messageId()).contentType("application/json").build(),
                m.body());
        assertThat(n.data()).containsEntry("to", "HIGH")
                .containsEntry("maracCriteria", List.of("POTENTIAL_ESCALATION", "VISIBLE_HIGH_RISK"));
    }

    @Test
    void messagesThatAreNotDvppNoticesAreRefusedByTheInbox() {
        RelayMessages.Message m = RelayMessages.of(SAMPLES.keySet().iterator().next());
        Envelope env = new Envelope(1, false, "x", m.routingKey());
        AMQP.BasicProperties good = new AMQP.BasicProperties.Builder().messageId(m.messageId())
                .contentType(RelayMessages.CONTENT_TYPE).build();
        assertThat(PartnerSupportInbox.parse(env, good, m.body())).isNotNull();
        // no message id; another content type; an id that differs from the body's; a body that is not JSON
        assertThat(PartnerSupportInbox.parse(env, new AMQP.BasicProperties.Builder()
                .contentType(RelayMessages.CONTENT_TYPE).build(), m.body())).isNull();
        assertThat(PartnerSupportInbox.parse(env, new AMQP.BasicProperties.Builder().messageId(m.messageId())
                .contentType("text/plain").build(), m.body())).isNull();
        assertThat(PartnerSupportInbox.parse(env, new AMQP.BasicProperties.Builder()
                .messageId(EventId.random().value().toString()).contentType(RelayMessages.CONTENT_TYPE).build(),
                m.body())).isNull();
        assertThat(PartnerSupportInbox.parse(env, good, "not json {".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void noComponentOfAnEventRecordIsMarkedSensitiveSoNoneCanCarryP0OrP1() {
        for (Class<?> type : ProgrammeEvent.class.getPermittedSubclasses()) {
            for (RecordComponent c : type.getRecordComponents()) {
                Sensitive s = c.getAnnotation(Sensitive.class);
                assertThat(s == null || s.value() == DataClass.P2).as("%s.%s", type.getSimpleName(), c.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void thePartnerSupportBindingMatchesThatAgencysNoticesOnly() {
        String binding = RelayMessages.partnerSupportBinding(AGENCY);
        assertThat(binding).isEqualTo("dvpp." + AGENCY.value() + ".partner-support.#");
        assertThat(RelayMessages.partnerSupportBindingForAllAgencies()).isEqualTo("dvpp.*.partner-support.#");
    }
}
