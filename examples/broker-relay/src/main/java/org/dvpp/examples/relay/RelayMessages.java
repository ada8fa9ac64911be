package org.dvpp.examples.relay;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dvpp.domain.AgencyId;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import org.dvpp.programme.events.ConsentChangedEvent;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.events.ReferralReceivedEvent;
import org.dvpp.programme.events.RiskRaisedEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message format the relay writes: routing key, AMQP properties and headers, and the JSON body. The README of this
 * module describes it for the people who consume it; this class is the one place that writes it.
 *
 * <p>The body is built field by field for each event type, never by serialising the event record as a whole: a field
 * added to an event record later reaches the broker only when someone adds it here on purpose (and the
 * {@code schemaVersion} of that event moves). Every field is an id, a code, a number, a flag or a date; no event carries
 * the details of a partner, ex-partner or child, or free text staff typed.
 */
public final class RelayMessages {
    /** The content type of every body. */
    public static final String CONTENT_TYPE = "application/json";
    /** The character set of every body. */
    public static final String CONTENT_ENCODING = "utf-8";
    /** The AMQP {@code app-id} of every message. */
    public static final String APP_ID = "dvpp-kit";
    /** The version of the envelope (the fields around {@code data}); it changes when they change. */
    public static final int ENVELOPE_VERSION = 1;

    /** Header: the envelope's version ({@link #ENVELOPE_VERSION}). */
    public static final String HEADER_ENVELOPE_VERSION = "dvpp-envelope-version";
    /** Header: the event's own schema version ({@link ProgrammeEvent#schemaVersion()}). */
    public static final String HEADER_SCHEMA_VERSION = "dvpp-schema-version";
    /** Header: the agency's id. */
    public static final String HEADER_AGENCY = "dvpp-agency";
    /** Header: the stream (the case) the event belongs to; events of one stream are published in order. */
    public static final String HEADER_STREAM = "dvpp-stream";
    /** Header: the event's position in its stream, from 1. */
    public static final String HEADER_SEQUENCE = "dvpp-sequence";
    /** Header: whether partner support must be told ({@link ProgrammeEvent#partnerSupportMustBeTold()}). */
    public static final String HEADER_PARTNER_SUPPORT = "dvpp-partner-support";

    /** Routing-key audience word of events partner support must be told of. */
    public static final String AUDIENCE_PARTNER_SUPPORT = "partner-support";
    /** Routing-key audience word of every other event. */
    public static final String AUDIENCE_ROUTINE = "routine";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RelayMessages() {
    }

    /**
     * One event as it goes to the broker.
     *
     * @param routingKey {@code dvpp.<agency>.<audience>.<type>}
     * @param messageId the event's id (the AMQP {@code message-id})
     * @param type the event's type code (the AMQP {@code type})
     * @param headers the {@code dvpp-*} headers
     * @param body the JSON body, UTF-8
     * @param partnerSupport whether partner support must be told; such messages are published {@code mandatory}, so
     *     that one no queue receives comes back and is delivered again later rather than dropped
     */
    public record Message(String routingKey, String messageId, String type, Map<String, Object> headers, byte[] body,
            boolean partnerSupport) {
        /** Copies the headers and the body. */
        public Message {
            Objects.requireNonNull(routingKey, "routingKey");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(type, "type");
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        /** @return a copy of the body */
        @Override
        public byte[] body() {
            return body.clone();
        }

        /** @return the body as text */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Message m && m.messageId.equals(messageId) && m.routingKey.equals(routingKey)
                    && m.headers.equals(headers) && java.util.Arrays.equals(m.body, body);
        }

        @Override
        public int hashCode() {
            return messageId.hashCode();
        }

        @Override
        public String toString() {
            return "Message[" + type + " " + messageId + " -> " + routingKey + "]";
        }
    }

    /**
     * The routing key of an event: {@code dvpp.<agency>.<audience>.<type>}, where the audience is
     * {@value #AUDIENCE_PARTNER_SUPPORT} or {@value #AUDIENCE_ROUTINE} and the type is the event's type code (itself
     * two or more words, such as {@code case.status-changed}).
     *
     * @param event the event
     * @return its routing key
     */
    public static String routingKey(ProgrammeEvent event) {
        Objects.requireNonNull(event, "event");
        String type = event.type();
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type " + type + " is not a dotted lower-case code");
        }
        return "dvpp." + event.agency().value() + "."
                + (event.partnerSupportMustBeTold() ? AUDIENCE_PARTNER_SUPPORT : AUDIENCE_ROUTINE) + "." + type;
    }

    /**
     * The binding key a partner-support organisation binds its queue with, to receive every event partner support must
     * be told of for one agency, and nothing else.
     *
     * @param agency the agency
     * @return {@code dvpp.<agency>.partner-support.#}
     */
    public static String partnerSupportBinding(AgencyId agency) {
        return "dvpp." + Objects.requireNonNull(agency, "agency").value() + "." + AUDIENCE_PARTNER_SUPPORT + ".#";
    }

    /** @return {@code dvpp.*.partner-support.#}: the partner-support notices of every agency */
    public static String partnerSupportBindingForAllAgencies() {
        return "dvpp.*." + AUDIENCE_PARTNER_SUPPORT + ".#";
    }

    /**
     * @param event the event
     * @return the message the relay publishes for it
     */
    public static Message of(ProgrammeEvent event) {
        Objects.requireNonNull(event, "event");
        ObjectNode body = JSON.createObjectNode();
        body.put("envelopeVersion", ENVELOPE_VERSION);
        body.put("id", event.id().value().toString());
        body.put("type", event.type());
        body.put("schemaVersion", event.schemaVersion());
        body.put("agency", event.agency().value().toString());
        body.put("case", event.caseId().value().toString());
        body.put("sequence", event.sequence());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("partnerSupportMustBeTold", event.partnerSupportMustBeTold());
        body.set("data", data(event));
        Map<String, Object> headers = Map.of(
                HEADER_ENVELOPE_VERSION, ENVELOPE_VERSION,
                HEADER_SCHEMA_VERSION, event.schemaVersion(),
                HEADER_AGENCY, event.agency().value().toString(),
                HEADER_STREAM, event.streamId().toString(),
                HEADER_SEQUENCE, event.sequence(),
                HEADER_PARTNER_SUPPORT, event.partnerSupportMustBeTold());
        return new Message(routingKey(event), event.id().value().toString(), event.type(), headers,
                JSON.writeValueAsBytes(body), event.partnerSupportMustBeTold());
    }

    /** The type's own fields; a new event type fails here (and in the test that covers every permitted type). */
    private static ObjectNode data(ProgrammeEvent event) {
        ObjectNode d = JSON.createObjectNode();
        if (event instanceof ReferralReceivedEvent e) {
            d.put("participant", e.participant().value().toString());
            d.put("referral", e.referral().value().toString());
            d.put("source", e.source().name());
            d.put("episode", e.episode());
        } else if (event instanceof CaseStatusChangedEvent e) {
            d.put("participant", e.participant().value().toString());
            d.put("episode", e.episode());
            d.put("from", e.from().name());
            d.put("to", e.to().name());
            d.put("command", e.command());
        } else if (event instanceof RiskRaisedEvent e) {
            d.put("riskEvent", e.riskEvent().value().toString());
            d.put("from", e.from().name());
            d.put("to", e.to().name());
            ArrayNode criteria = d.putArray("maracCriteria");
            e.maracCriteria().stream().map(Enum::name).sorted().forEach(criteria::add);
        } else if (event instanceof ConsentChangedEvent e) {
            d.put("withdrawn", e.withdrawn());
            ArrayNode scope = d.putArray("scope");
            e.scope().stream().sorted(Comparator.comparing(Enum::name)).forEach(s -> scope.add(s.name()));
            d.put("effectiveOn", e.effectiveOn().toString());
            d.put("statusAfter", e.statusAfter().name());
        } else if (event instanceof DisengagementWarningEvent e) {
            d.put("reason", e.reason().name());
            d.put("count", e.count());
            d.put("threshold", e.threshold());
        } else {
            // unreachable while ProgrammeEvent's permitted types are the five above; a sixth must be added on purpose
            throw new IllegalArgumentException("no message format for event type " + event.type());
        }
        return d;
    }
}
