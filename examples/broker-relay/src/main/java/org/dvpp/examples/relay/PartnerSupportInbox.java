package org.dvpp.examples.relay;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner-support organisation's side of the relay: a durable queue bound to the relay's exchange for the notices
 * of its agencies ({@link RelayMessages#partnerSupportBinding}), consumed with manual acknowledgements, each message
 * handed to the handler once after de-duplication by message id ({@link MessageIdDeduplicator}).
 *
 * <pre>{@code
 * try (PartnerSupportInbox inbox = PartnerSupportInbox.builder()
 *         .uri("amqp://partner-support:secret@broker:5672/dvpp")
 *         .queue("partner-support.merton")
 *         .agency(agencyId)
 *         .handler(n -> caseworkerQueue.add(n.caseId(), n.type(), n.data()))
 *         .start()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>For each delivery: a message that is not a DVPP notice (wrong content type, no message id, a body that does not
 * parse or whose id differs from the message id, an unknown envelope version) is rejected without requeue, so that it
 * goes to the queue's dead-letter exchange if one is set; a message id already handled is acknowledged and dropped; any
 * other is given to the handler, then acknowledged and remembered. A handler that throws gets the message again
 * (nack with requeue), since it was not handled. The consumer's connection uses the client's automatic recovery; a
 * message delivered but not acknowledged when the connection dropped comes again, and is dropped if it was handled.
 *
 * <p>De-duplication is in memory and bounded (see {@link MessageIdDeduplicator}); handle the rare duplicate that
 * outlives it (after a restart of this consumer, for example) idempotently in the handler.
 */
public final class PartnerSupportInbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerSupportInbox.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Receives each notice once (after de-duplication). */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param notification the notice
         * @throws Exception to have it delivered again
         */
        void handle(Notification notification) throws Exception;
    }

    private final String queue;
    private final Handler handler;
    private final MessageIdDeduplicator dedup;
    private final Connection connection;
    private final Channel channel;
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong handlerFailures = new AtomicLong();

    private PartnerSupportInbox(Builder b) throws IOException, TimeoutException {
        this.queue = b.queue;
        this.handler = b.handler;
        this.dedup = new MessageIdDeduplicator(b.capacity);
        ConnectionFactory f = new ConnectionFactory();
        BrokerRelay.applyUri(f, Objects.requireNonNull(b.uri, "uri"));
        f.setAutomaticRecoveryEnabled(true);
        f.setTopologyRecoveryEnabled(true);
        this.connection = f.newConnection("dvpp-partner-support-inbox");
        try {
            this.channel = connection.createChannel();
            if (b.declareExchange) {
                channel.exchangeDeclare(b.exchange, BuiltinExchangeType.TOPIC, true, false, Map.of());
            } else {
                channel.exchangeDeclarePassive(b.exchange);
            }
            Map<String, Object> args = new HashMap<>();
            if (b.deadLetterExchange != null) {
                args.put("x-dead-letter-exchange", b.deadLetterExchange);
            }
            channel.queueDeclare(queue, true, false, false, args);
            if (b.allAgencies) {
                channel.queueBind(queue, b.exchange, RelayMessages.partnerSupportBindingForAllAgencies());
            }
            for (AgencyId agency : b.agencies) {
                channel.queueBind(queue, b.exchange, RelayMessages.partnerSupportBinding(agency));
            }
            channel.basicQos(b.prefetch);
            channel.basicConsume(queue, false, "dvpp-partner-support-inbox-" + UUID.randomUUID(),
                    new DefaultConsumer(channel) {
                        @Override
                        public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props,
                                byte[] body) throws IOException {
                            deliver(envelope, props, body);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            connection.abort();
            throw e;
        }
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the queue it consumes */
    public String queue() {
        return queue;
    }

    /** @return messages received from the broker, duplicates and rejections included */
    public long deliveries() {
        return deliveries.get();
    }

    /** @return notices given to the handler successfully */
    public long handled() {
        return handled.get();
    }

    /** @return messages dropped because their id had been handled already */
    public long duplicatesDropped() {
        return duplicates.get();
    }

    /** @return messages rejected as not DVPP notices */
    public long rejected() {
        return rejected.get();
    }

    /** @return times the handler threw (each such message came again) */
    public long handlerFailures() {
        return handlerFailures.get();
    }

    /** Stops consuming and closes the connection; unacknowledged messages go back to the queue. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the inbox connection failed: {}", e.getClass().getName());
        }
    }

    private void deliver(Envelope envelope, AMQP.BasicProperties props, byte[] body) throws IOException {
        deliveries.incrementAndGet();
        long tag = envelope.getDeliveryTag();
        Notification n = parse(envelope, props, body);
        if (n == null) {
            rejected.incrementAndGet();
            channel.basicReject(tag, false);
            return;
        }
        String id = props.getMessageId();
        if (dedup.seen(id)) {
            duplicates.incrementAndGet();
            channel.basicAck(tag, false);
            return;
        }
        try {
            handler.handle(n);
        } catch (Exception e) {
            handlerFailures.incrementAndGet();
            LOG.warn("the handler failed on notice {} ({}); it will come again: {}", id, n.type(),
                    e.getClass().getName());
            channel.basicNack(tag, false, true);
            return;
        }
        dedup.remember(id);
        handled.incrementAndGet();
        channel.basicAck(tag, false);
    }

    /** @return the notice, or null (logged with the message id only) when the message is not one */
    static @Nullable Notification parse(Envelope envelope, AMQP.BasicProperties props, byte[] body) {
        String id = props.getMessageId();
        if (id == null || !RelayMessages.CONTENT_TYPE.equals(props.getContentType())) {
            LOG.warn("rejected message {} on {}: not a DVPP notice (message id or content type missing)", id,
                    envelope.getRoutingKey());
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root.path("envelopeVersion").asInt(-1) != RelayMessages.ENVELOPE_VERSION
                    || !id.equals(root.path("id").asString(""))) {
                LOG.warn("rejected message {}: unknown envelope version or an id that differs from the message id",
                        id);
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> data = JSON.convertValue(root.path("data"), Map.class);
            return new Notification(UUID.fromString(id), root.path("type").asString(),
                    root.path("schemaVersion").asInt(), UUID.fromString(root.path("agency").asString()),
                    UUID.fromString(root.path("case").asString()), root.path("sequence").asLong(),
                    Instant.parse(root.path("occurredAt").asString()),
                    root.path("partnerSupportMustBeTold").asBoolean(), data == null ? Map.of() : immutable(data),
                    envelope.getRoutingKey(), envelope.isRedeliver());
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            LOG.warn("rejected message {}: its body is not a DVPP notice ({})", id, e.getClass().getSimpleName());
            return null;
        }
    }

    private static Map<String, Object> immutable(Map<String, Object> data) {
        Map<String, Object> copy = new HashMap<>();
        data.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v instanceof List<?> l ? List.copyOf(l) : v);
            }
        });
        return copy;
    }

    /** Options of the inbox. */
    public static final class Builder {
        private @Nullable URI uri;
        private String exchange = RelayConfig.DEFAULT_EXCHANGE;
        private @Nullable String queue;
        private final Set<AgencyId> agencies = new LinkedHashSet<>();
        private boolean allAgencies;
        private boolean declareExchange = true;
        private int capacity = MessageIdDeduplicator.DEFAULT_CAPACITY;
        private int prefetch = 50;
        private @Nullable String deadLetterExchange;
        private @Nullable Handler handler;

        private Builder() {
        }

        /**
         * @param uri the broker (required), as for {@link RelayConfig#uri()}
         * @return this builder
         */
        public Builder uri(String uri) {
            try {
                this.uri = new URI(Objects.requireNonNull(uri, "uri"));
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException("uri", "syntax", "the broker's URI is not a URI: " + e.getReason());
            }
            return this;
        }

        /**
         * @param exchange the relay's exchange (default {@value RelayConfig#DEFAULT_EXCHANGE})
         * @return this builder
         */
        public Builder exchange(String exchange) {
            this.exchange = exchange;
            return this;
        }

        /**
         * @param queue the durable queue's name (required); it outlives the consumer, so notices wait while it is down
         * @return this builder
         */
        public Builder queue(String queue) {
            this.queue = queue;
            return this;
        }

        /**
         * @param agency an agency whose partner-support notices the queue receives (at least one)
         * @return this builder
         */
        public Builder agency(AgencyId agency) {
            agencies.add(Objects.requireNonNull(agency, "agency"));
            return this;
        }

        /**
         * Receives the partner-support notices of every agency on the exchange ({@code dvpp.*.partner-support.#}). Only
         * for an exchange that carries no other organisation's agencies, or a broker user whose topic permissions
         * restrict what it may bind (see the README).
         *
         * @return this builder
         */
        public Builder allAgencies() {
            this.allAgencies = true;
            return this;
        }

        /**
         * @param capacity how many message ids the de-duplication remembers (default 10,000)
         * @return this builder
         */
        public Builder deduplicationCapacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * @param prefetch unacknowledged messages the broker may send ahead, 1 to 1000 (default 50)
         * @return this builder
         */
        public Builder prefetch(int prefetch) {
            this.prefetch = prefetch;
            return this;
        }

        /**
         * @param declare whether to declare the exchange (durable topic, default true); false for a broker user without
         *     the configure permission on it, which then only checks that it exists
         * @return this builder
         */
        public Builder declareExchange(boolean declare) {
            this.declareExchange = declare;
            return this;
        }

        /**
         * @param exchange where rejected messages go (the queue's {@code x-dead-letter-exchange}); none by default
         * @return this builder
         */
        public Builder deadLetterExchange(String exchange) {
            this.deadLetterExchange = exchange;
            return this;
        }

        /**
         * @param handler receives each notice once (required)
         * @return this builder
         */
        public Builder handler(Handler handler) {
            this.handler = handler;
            return this;
        }

        /**
         * Declares the exchange and the queue, binds it and starts consuming.
         *
         * @return the running inbox; close it to stop
         * @throws InvalidInputException listing every broken rule
         * @throws IOException when the broker refuses a declaration
         * @throws TimeoutException when the connection cannot be opened in time
         */
        public PartnerSupportInbox start() throws IOException, TimeoutException {
            List<Violation> broken = new ArrayList<>();
            if (uri == null) {
                broken.add(new Violation("uri", "required", "the broker's URI is required"));
            }
            if (exchange == null || !NAME.matcher(exchange).matches()) {
                broken.add(new Violation("exchange", "name", "the exchange name must be 1 to 200 letters, digits, "
                        + "'.', '_', '-' or ':'"));
            }
            if (queue == null || !NAME.matcher(queue).matches() || queue.startsWith("amq.")) {
                broken.add(new Violation("queue", "name", "the queue name must be 1 to 200 letters, digits, '.', "
                        + "'_', '-' or ':', not starting with 'amq.'"));
            }
            if (agencies.isEmpty() && !allAgencies) {
                broken.add(new Violation("agency", "required", "name at least one agency whose notices to "
                        + "receive, or allAgencies()"));
            }
            if (capacity < 1 || capacity > 10_000_000) {
                broken.add(new Violation("deduplicationCapacity", "range", "must be between 1 and 10000000"));
            }
            if (prefetch < 1 || prefetch > 1000) {
                broken.add(new Violation("prefetch", "range", "must be between 1 and 1000"));
            }
            if (deadLetterExchange != null && !NAME.matcher(deadLetterExchange).matches()) {
                broken.add(new Violation("deadLetterExchange", "name", "the exchange name must be 1 to 200 "
                        + "letters, digits, '.', '_', '-' or ':'"));
            }
            if (handler == null) {
                broken.add(new Violation("handler", "required", "a handler for the notices is required"));
            }
            if (!broken.isEmpty()) {
                throw new InvalidInputException(broken);
            }
            return new PartnerSupportInbox(this);
        }
    }
}
