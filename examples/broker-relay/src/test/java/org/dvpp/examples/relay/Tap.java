package org.dvpp.examples.relay;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw consumer of every message on the exchange ({@code dvpp.#}), without de-duplication: what the broker actually
 * carried, to count re-sends and to search bodies and headers.
 */
final class Tap {
    /** One message as the broker delivered it. */
    record Raw(String messageId, String routingKey, AMQP.BasicProperties properties, byte[] body) {
        String everything() {
            return routingKey + "\n" + properties + "\n" + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final BlockingQueue<Raw> arrived = new LinkedBlockingQueue<>();

    Tap(TestBroker broker, Channel channel) throws IOException {
        String queue = broker.queue("tap");
        channel.exchangeDeclare(broker.exchange, com.rabbitmq.client.BuiltinExchangeType.TOPIC, true);
        channel.queueDeclare(queue, false, false, false, null);
        channel.queueBind(queue, broker.exchange, "dvpp.#");
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body) {
                arrived.add(new Raw(String.valueOf(props.getMessageId()), envelope.getRoutingKey(), props, body));
            }
        });
    }

    /** @return every message that arrived before the one with this id (which must arrive within the timeout) */
    List<Raw> until(String barrierId, Duration timeout) throws InterruptedException {
        List<Raw> before = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Raw r = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("the barrier message " + barrierId + " did not reach the tap in " + timeout);
            }
            if (r.messageId().equals(barrierId)) {
                return before;
            }
            before.add(r);
        }
    }
}
