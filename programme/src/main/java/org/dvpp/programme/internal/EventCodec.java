package org.dvpp.programme.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.Identifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.RiskEventId;
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
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.OutboxMessage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into outbox messages (one per listener) and back into the typed {@link ProgrammeEvent}s listeners
 * receive. The payload is a flat JSON object of the event's record components as text; events carry ids and codes only,
 * so nothing sensitive reaches the outbox.
 */
public final class EventCodec {
    /** Payload keys the codec adds to route a listener's copy; they never reach the listener's attributes. */
    private static final String EVENT = "_event";
    private static final String STREAM = "_stream";
    private static final String LISTENER = "_listener";

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> listenerIds;

    /** @param listenerIds the listeners in force: each gets a copy of every event, in a stream of its own */
    public EventCodec(List<String> listenerIds) {
        this.listenerIds = List.copyOf(listenerIds);
    }

    /** An event as one listener receives it, and which listener that is (empty when none was registered). */
    record Delivery(Optional<String> listenerId, ProgrammeEvent event) {
    }

    /**
     * @param event a domain event (a record)
     * @return the outbox messages: one per listener, each in that listener's copy of the event's stream, so that each
     *     listener's deliveries are ordered and retried on their own; one message when there is no listener
     */
    public List<OutboxMessage> encode(DomainEvent event) {
        return encode(event, listener -> true);
    }

    /**
     * @param event a domain event (a record)
     * @param include which listeners get a copy (the others get none)
     * @return the outbox messages, as {@link #encode(DomainEvent)}, for the included listeners only
     */
    List<OutboxMessage> encode(DomainEvent event, java.util.function.Predicate<String> include) {
        Map<String, String> attributes = new TreeMap<>();
        if (event.getClass().isRecord()) {
            for (RecordShape.Part part : RecordShape.of(event.getClass()).parts()) {
                attributes.put(part.name(), text(part.get((Record) event)));
            }
        }
        if (listenerIds.isEmpty()) {
            return List.of(OutboxMessage.of(event, json.writeValueAsString(attributes)));
        }
        List<OutboxMessage> out = new ArrayList<>(listenerIds.size());
        for (String listener : listenerIds) {
            if (!include.test(listener)) {
                continue;
            }
            Map<String, String> routed = new TreeMap<>(attributes);
            routed.put(EVENT, event.id().value().toString());
            routed.put(STREAM, event.streamId().toString());
            routed.put(LISTENER, listener);
            UUID stream = UUID.nameUUIDFromBytes((listener + "|" + event.streamId()).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            out.add(new OutboxMessage(EventId.random(), event.agency(), stream, event.type(), event.occurredAt(),
                    event.partnerSupportMustBeTold(), json.writeValueAsString(routed)));
        }
        return out;
    }

    /**
     * @param entry an outbox entry
     * @return the typed event as its listener sees it, with the event's own id
     */
    Delivery decode(OutboxEntry entry) {
        OutboxMessage m = entry.message();
        Map<String, String> a = new TreeMap<>(m.payload().isEmpty() ? Map.of() : json.readValue(m.payload(), MAP));
        String listener = a.remove(LISTENER);
        String original = a.remove(EVENT);
        a.remove(STREAM);
        EventId id = original == null ? m.id() : EventId.parse(original);
        return new Delivery(Optional.ofNullable(listener), typed(id, entry.streamSequence(), m, a));
    }

    private static ProgrammeEvent typed(EventId id, long seq, OutboxMessage m, Map<String, String> a) {
        AgencyId agency = m.agency();
        CaseId caseId = CaseId.parse(a.get("caseId"));
        Instant at = m.occurredAt();
        boolean tell = m.partnerSupportMustBeTold();
        return switch (m.type()) {
            case ReferralReceivedEvent.TYPE -> new ReferralReceivedEvent(id, agency, caseId, seq, at, tell,
                    ParticipantId.parse(a.get("participant")), ReferralId.parse(a.get("referral")),
                    ReferralSource.valueOf(a.get("source")), Integer.parseInt(a.get("episode")));
            case CaseStatusChangedEvent.TYPE -> new CaseStatusChangedEvent(id, agency, caseId, seq, at, tell,
                    ParticipantId.parse(a.get("participant")), Integer.parseInt(a.get("episode")),
                    CaseStatus.valueOf(a.get("from")), CaseStatus.valueOf(a.get("to")), a.get("command"));
            case RiskRaisedEvent.TYPE -> new RiskRaisedEvent(id, agency, caseId, seq, at, tell,
                    RiskEventId.parse(a.get("riskEvent")), RiskLevel.valueOf(a.get("from")),
                    RiskLevel.valueOf(a.get("to")), enums(MaracCriterion.class, a.get("maracCriteria")));
            case ConsentChangedEvent.TYPE -> new ConsentChangedEvent(id, agency, caseId, seq, at, tell,
                    Boolean.parseBoolean(a.get("withdrawn")), enums(SharingScope.class, a.get("scope")),
                    LocalDate.parse(a.get("effectiveOn")), CaseStatus.valueOf(a.get("statusAfter")));
            case DisengagementWarningEvent.TYPE -> new DisengagementWarningEvent(id, agency, caseId, seq, at, tell,
                    DisengagementWarning.Reason.valueOf(a.get("reason")), Integer.parseInt(a.get("count")),
                    Integer.parseInt(a.get("threshold")));
            default -> throw new IllegalStateException("no typed event for type " + m.type());
        };
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String text) {
        Set<E> out = EnumSet.noneOf(type);
        if (text != null && !text.isEmpty()) {
            for (String name : text.split(",")) {
                out.add(Enum.valueOf(type, name));
            }
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Identifier id) {
            return id.value().toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(EventCodec::text).orElse("");
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(EventCodec::text).sorted().collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
