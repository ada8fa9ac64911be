/**
 * An event relay to a broker: {@link org.dvpp.examples.relay.BrokerRelay} is a
 * {@link org.dvpp.programme.ProgrammeEventListener} that publishes the SDK's typed events to a RabbitMQ topic exchange
 * (AMQP 0-9-1) with publisher confirms, the event id as the message id; {@link org.dvpp.examples.relay.PartnerSupportInbox}
 * is the partner-support organisation's side, which binds a queue and de-duplicates by message id. It uses the SDK's
 * exported API only.
 */
module org.dvpp.examples.relay {
    requires transitive org.dvpp.programme;
    requires com.rabbitmq.client;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.examples.relay;
}
