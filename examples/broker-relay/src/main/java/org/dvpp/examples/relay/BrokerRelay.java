package org.dvpp.examples.relay;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.events.ProgrammeEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the SDK's events to a RabbitMQ topic exchange: register it with {@code DvppBuilder.addListener(...)}.
 *
 * <pre>{@code
 * BrokerRelay relay = BrokerRelay.create(RelayConfig.builder().uri("amqp://relay:secret@broker:5672/dvpp").build());
 * Dvpp dvpp = Dvpp.builder().dataSource(ds).keyProvider(keys).addListener(relay)
 *         .dispatchInBackground(Duration.ofSeconds(1)).build();
 * // at shutdown: dvpp.close(); relay.close();
 * }</pre>
 *
 * <p>Each event is one persistent message ({@link RelayMessages} has the format) with the event's id as its
 * {@code message-id}, published on a channel in confirm mode; {@link #onEvent} returns only once the broker has
 * confirmed it. Anything else (no connection, a dropped connection, a nack, no confirm within
 * {@link RelayConfig#confirmTimeout()}, a partner-support notice that no queue received, a broker that has blocked
 * publishers) throws {@link PublishFailedException}, and the SDK's outbox delivers the same event again later with
 * backoff, holding back later events of the same case until it goes through. Delivery is therefore at least once: a
 * message the broker took but whose confirm was lost is sent again with the same id, and consumers de-duplicate by
 * message id ({@link PartnerSupportInbox} does).
 *
 * <p>Connections are not recovered in the background: the client's automatic recovery is off, and the next event after
 * a failure opens a new connection. The outbox already retries, and a second retry loop underneath it would only hide
 * failures and reorder nothing it could not. Thread-safe; the outbox calls it from one thread at a time.
 */
public final class BrokerRelay implements ProgrammeEventListener, AutoCloseable {
    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    /** The listener id used by {@link #create(RelayConfig)}. */
    public static final String DEFAULT_ID = "broker-relay";

    private static final Logger LOG = LoggerFactory.getLogger(BrokerRelay.class);
    private static final Pattern LISTENER_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    private final String id;
    private final RelayConfig config;
    private final ConnectionFactory factory;
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean blocked;
    private @Nullable Connection connection;
    private @Nullable Channel channel;
    private boolean closed;

    private BrokerRelay(String id, RelayConfig config) {
        this.id = id;
        this.config = config;
        this.factory = factory(config);
    }

    /**
     * @param config where to publish
     * @return a relay with the listener id {@value #DEFAULT_ID}; it connects on the first event
     */
    public static BrokerRelay create(RelayConfig config) {
        return create(DEFAULT_ID, config);
    }

    /**
     * @param listenerId the listener's stable id (the outbox keeps its delivery state under it): 1 to 80 lower-case
     *     letters, digits, '.' or '-'; keep it across restarts, or the events still due to the old id are dropped
     * @param config where to publish
     * @return a relay; it connects on the first event
     * @throws InvalidInputException naming {@code listenerId} or {@code config}
     */
    public static BrokerRelay create(String listenerId, RelayConfig config) {
        if (listenerId == null || !LISTENER_ID.matcher(listenerId).matches()) {
            throw new InvalidInputException("listenerId", "pattern",
                    "the listener id must be 1 to 80 lower-case letters, digits, '.' or '-', starting with a letter "
                            + "or digit");
        }
        if (config == null) {
            throw new InvalidInputException("config", "required", "the relay's RelayConfig is required");
        }
        return new BrokerRelay(listenerId, config);
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the settings */
    public RelayConfig config() {
        return config;
    }

    /** @return how many messages the broker has confirmed since this relay was created (re-sends included) */
    public long confirmed() {
        return confirmed.get();
    }

    /** @return how many connections this relay has opened (1 when none was lost) */
    public long connectionsOpened() {
        return connections.get();
    }

    /**
     * Publishes one event and waits for the broker's confirm.
     *
     * @param event the event
     * @throws PublishFailedException when the broker did not take it; the outbox delivers it again later
     */
    @Override
    public synchronized void onEvent(ProgrammeEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new PublishFailedException("the relay is closed; event " + event.id() + " (" + event.type()
                    + ") stays in the outbox");
        }
        RelayMessages.Message m = RelayMessages.of(event);
        Channel ch = channel(event);
        if (blocked) {
            throw new PublishFailedException("the broker has blocked publishing (a memory or disk alarm); event "
                    + event.id() + " (" + event.type() + ") stays in the outbox");
        }
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .messageId(m.messageId())
                .type(m.type())
                .contentType(RelayMessages.CONTENT_TYPE)
                .contentEncoding(RelayMessages.CONTENT_ENCODING)
                .deliveryMode(2)
                .timestamp(Date.from(event.occurredAt()))
                .appId(RelayMessages.APP_ID)
                .headers(Map.copyOf(m.headers()))
                .build();
        returned.remove(m.messageId());
        try {
            ch.basicPublish(config.exchange(), m.routingKey(), m.partnerSupport(), props, m.body());
            ch.waitForConfirmsOrDie(config.confirmTimeout().toMillis());
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            discard();
            throw new PublishFailedException("event " + event.id() + " (" + event.type() + ") was not confirmed by "
                    + "the broker (" + e.getClass().getSimpleName() + "); the outbox will deliver it again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            throw new PublishFailedException("interrupted while waiting for the broker's confirm of event "
                    + event.id() + " (" + event.type() + "); the outbox will deliver it again", e);
        }
        // a mandatory message no queue took comes back (basic.return) before its confirm, on the same connection
        if (returned.remove(m.messageId())) {
            throw new PublishFailedException("no queue is bound for partner-support notice " + event.id() + " ("
                    + event.type() + ", routing key " + m.routingKey() + "); it stays in the outbox until one is");
        }
        confirmed.incrementAndGet();
    }

    /** Closes the connection; later events fail (and stay in the outbox). */
    @Override
    public synchronized void close() {
        closed = true;
        discard();
    }

    private Channel channel(ProgrammeEvent event) {
        Channel ch = channel;
        if (ch != null && ch.isOpen()) {
            return ch;
        }
        try {
            Connection conn = connection;
            if (conn == null || !conn.isOpen()) {
                discard();
                conn = factory.newConnection(config.connectionName());
                connection = conn;
                connections.incrementAndGet();
                blocked = false;
                conn.addBlockedListener(reason -> blocked = true, () -> blocked = false);
                LOG.info("connected to {} as {}", RelayConfig.redact(config.uri()), config.connectionName());
            }
            ch = conn.createChannel();
            if (config.declareExchange()) {
                ch.exchangeDeclare(config.exchange(), BuiltinExchangeType.TOPIC, true, false, Map.of());
            } else {
                ch.exchangeDeclarePassive(config.exchange());
            }
            ch.confirmSelect();
            ch.addReturnListener(r -> {
                String messageId = r.getProperties().getMessageId();
                if (messageId != null) {
                    returned.add(messageId);
                }
            });
            channel = ch;
            return ch;
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            discard();
            throw new PublishFailedException("could not open a channel to " + RelayConfig.redact(config.uri())
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); event " + event.id() + " ("
                    + event.type() + ") stays in the outbox", e);
        }
    }

    /** Drops the channel and the connection, quietly: they are broken or no longer wanted. */
    private void discard() {
        Connection conn = connection;
        channel = null;
        connection = null;
        if (conn != null) {
            try {
                conn.abort((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
            } catch (RuntimeException e) {
                LOG.debug("closing a broken connection failed: {}", e.getClass().getName());
            }
        }
    }

    private static ConnectionFactory factory(RelayConfig config) {
        ConnectionFactory f = new ConnectionFactory();
        applyUri(f, config.uri());
        f.setAutomaticRecoveryEnabled(false);
        f.setTopologyRecoveryEnabled(false);
        int connectMillis = (int) config.connectTimeout().toMillis();
        f.setConnectionTimeout(connectMillis);
        f.setHandshakeTimeout(connectMillis);
        f.setChannelRpcTimeout(connectMillis);
        f.setRequestedHeartbeat((int) config.heartbeat().toSeconds());
        return f;
    }

    /**
     * Sets host, port, credentials and virtual host from an {@code amqp://} or {@code amqps://} URI. For amqps the
     * server's certificate and host name are verified against the JVM's trust store: the client's own handling of an
     * amqps URI ({@code ConnectionFactory.setUri}) trusts every certificate.
     */
    static void applyUri(ConnectionFactory f, URI uri) {
        boolean tls = "amqps".equalsIgnoreCase(uri.getScheme());
        try {
            f.setUri(tls ? new URI("amqp" + uri.toString().substring("amqps".length())) : uri);
            if (tls) {
                f.setPort(uri.getPort() == -1 ? ConnectionFactory.DEFAULT_AMQP_OVER_SSL_PORT : uri.getPort());
                f.useSslProtocol(SSLContext.getDefault());
                f.enableHostnameVerification();
            }
        } catch (java.net.URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidInputException("uri", "amqp-uri", "the broker's URI is not usable: "
                    + RelayConfig.redact(uri) + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
