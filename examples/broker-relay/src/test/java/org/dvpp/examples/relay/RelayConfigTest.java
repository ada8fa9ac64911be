package org.dvpp.examples.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Configuration, de-duplication and failure paths that need no broker. */
class RelayConfigTest {

    @Test
    void theDefaultsAreUsableAndThePasswordIsNeverShown() {
        RelayConfig c = RelayConfig.builder().uri("amqp://relay:s3cret@broker.example.org:5672/dvpp").build();
        assertThat(c.exchange()).isEqualTo("dvpp.events");
        assertThat(c.confirmTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.declareExchange()).isTrue();
        assertThat(c.toString()).contains("relay:***@broker.example.org").doesNotContain("s3cret");
    }

    @Test
    void everyBrokenRuleIsReportedTogetherEachNamingItsField() {
        assertThatThrownBy(() -> RelayConfig.builder().uri("http://relay:s3cret@broker/").exchange("amq.topic")
                .confirmTimeout(Duration.ofMinutes(5)).connectTimeout(Duration.ZERO).heartbeat(null)
                .connectionName("").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("uri", "exchange",
                            "connectTimeout", "confirmTimeout", "heartbeat", "connectionName");
                    assertThat(e.violations()).extracting(Violation::rule).containsExactly("amqp-or-amqps",
                            "not-reserved", "range", "range", "required", "printable");
                    assertThat(e.getMessage()).doesNotContain("s3cret");
                });
        assertThatThrownBy(() -> RelayConfig.builder().build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("uri").hasMessageContaining("required");
        assertThatThrownBy(() -> RelayConfig.builder().uri("amqp://broker/ x")).isInstanceOf(
                InvalidInputException.class).hasMessageContaining("uri");
        assertThatThrownBy(() -> RelayConfig.builder().uri("amqp:///vhost").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> RelayConfig.builder().uri("amqp://h/").exchange("with space").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exchange");
    }

    @Test
    void theListenerIdAndTheInboxOptionsAreChecked() {
        RelayConfig c = RelayConfig.builder().uri("amqp://h/").build();
        assertThatThrownBy(() -> BrokerRelay.create("Not An Id", c)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("listenerId");
        assertThatThrownBy(() -> BrokerRelay.create("relay", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("config");
        assertThatThrownBy(() -> PartnerSupportInbox.builder().queue("amq.gen-1").prefetch(0).start())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("uri", "queue", "agency", "prefetch", "handler"));
    }

    @Test
    void aBrokerThatDoesNotAnswerFailsThePublishSoTheOutboxKeepsTheEvent() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        BrokerRelay relay = BrokerRelay.create(RelayConfig.builder().uri("amqp://guest:guest@127.0.0.1:" + port + "/")
                .connectTimeout(Duration.ofSeconds(2)).build());
        EventId id = EventId.random();
        assertThatThrownBy(() -> relay.onEvent(new DisengagementWarningEvent(id, AgencyId.random(), CaseId.random(),
                1, Instant.EPOCH, true, DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining(id.toString())
                .hasMessageContaining("stays in the outbox").hasMessageContaining("guest:***@")
                .hasMessageNotContaining("guest:guest");
        assertThat(relay.connectionsOpened()).isZero();
        relay.close();
    }

    @Test
    void theDeduplicatorRemembersAtMostItsCapacityForgettingTheOldestFirst() {
        MessageIdDeduplicator d = new MessageIdDeduplicator(3);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            assertThat(d.seen(id)).isFalse();
            d.remember(id);
        }
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.seen("a")).isFalse();
        assertThat(d.seen("b")).isTrue();
        assertThat(d.seen("d")).isTrue();
        d.remember("b"); // already there: no growth, nothing forgotten
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.seen("c")).isTrue();
        assertThatThrownBy(() -> new MessageIdDeduplicator(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capacity");
    }

    @Test
    void aMissingBrokerSkipsWithAMessageNamingItOrFailsWhenRequired() {
        assertThatThrownBy(() -> TestBroker.unavailable("RabbitMQ at amqp://127.0.0.1:5672", "Connection refused",
                false)).isInstanceOf(TestAbortedException.class).hasMessageContaining("RabbitMQ at")
                .hasMessageContaining("Connection refused").hasMessageContaining("dvpp.requireBroker");
        assertThatThrownBy(() -> TestBroker.unavailable("RabbitMQ at amqp://127.0.0.1:5672", "Connection refused",
                true)).isInstanceOf(AssertionFailedError.class).hasMessageContaining("mandatory");
    }
}
