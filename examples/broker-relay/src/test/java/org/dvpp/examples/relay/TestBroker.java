package org.dvpp.examples.relay;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The local RabbitMQ for the tests: {@code -Ddvpp.rabbitmq.uri} (default {@code amqp://guest:guest@127.0.0.1:5672/%2F}).
 * When it does not answer, the tests skip with a message naming it, or fail when {@code -Ddvpp.requireBroker=true}
 * (CI). Every test uses its own exchange and queues, deleted afterwards.
 */
final class TestBroker implements AutoCloseable {
    static final String URI_PROPERTY = "dvpp.rabbitmq.uri";
    static final String REQUIRE_PROPERTY = "dvpp.requireBroker";

    final URI uri;
    final String exchange;
    private final Connection admin;
    private final List<String> queues = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    private TestBroker(URI uri, Connection admin) {
        this.uri = uri;
        this.admin = admin;
        this.exchange = name("exchange");
        exchanges.add(exchange);
    }

    static URI uri() {
        String value = System.getProperty(URI_PROPERTY, "");
        return URI.create(value.isBlank() ? "amqp://guest:guest@127.0.0.1:5672/%2F" : value);
    }

    static boolean required() {
        return Boolean.getBoolean(REQUIRE_PROPERTY);
    }

    /** @return the broker, or skips (fails when required) with a message naming what is missing */
    static TestBroker connect() {
        URI uri = uri();
        ConnectionFactory f = new ConnectionFactory();
        try {
            BrokerRelay.applyUri(f, uri);
            f.setConnectionTimeout(3000);
            return new TestBroker(uri, f.newConnection("dvpp-relay-test-admin"));
        } catch (IOException | TimeoutException e) {
            unavailable("RabbitMQ at " + RelayConfig.redact(uri), e.toString(), required());
            throw new AssertionError("unreachable");
        }
    }

    static void unavailable(String what, String why, boolean required) {
        String message = what + " is not reachable (" + why + ")";
        if (required) {
            Assertions.fail(message + "; -D" + REQUIRE_PROPERTY + "=true makes the broker tests mandatory");
        }
        Assumptions.abort(message + "; skipping the broker relay tests (start it with 'rabbitmq-server -detached', "
                + "or set -D" + REQUIRE_PROPERTY + "=true to make this a failure)");
    }

    /** @return a unique name for this test run */
    String name(String what) {
        return "dvpp-test." + what + "." + UUID.randomUUID();
    }

    /** @return a new queue name, deleted at close */
    String queue(String what) {
        String q = name(what);
        queues.add(q);
        return q;
    }

    Channel channel() throws IOException {
        return admin.createChannel();
    }

    RelayConfig.Builder config() {
        return RelayConfig.builder().uri(uri).exchange(exchange);
    }

    @Override
    public void close() throws IOException {
        try {
            for (String q : queues) {
                delete(ch -> ch.queueDelete(q));
            }
            for (String x : exchanges) {
                delete(ch -> ch.exchangeDelete(x));
            }
        } finally {
            admin.close();
        }
    }

    private interface Deletion {
        void run(Channel ch) throws IOException;
    }

    /** Deletes on a channel of its own: deleting what a test never declared closes the channel (404). */
    private void delete(Deletion d) throws IOException {
        Channel ch = admin.createChannel();
        try {
            d.run(ch);
            ch.close();
        } catch (IOException | TimeoutException e) {
            if (ch.isOpen()) {
                ch.abort();
            }
        }
    }
}
