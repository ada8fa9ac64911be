package org.dvpp.examples.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import org.dvpp.programme.events.ConsentChangedEvent;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.events.ReferralReceivedEvent;
import org.dvpp.programme.events.RiskRaisedEvent;

/**
 * The partner-support notifications, collected by the console as a {@link ProgrammeEventListener}: every event with
 * {@link ProgrammeEvent#partnerSupportMustBeTold()} (a start, a drop-out or warning of one, an exclusion, a completion,
 * a rise in risk, consent withdrawn or narrowed), one per event id however often it is redelivered.
 *
 * <p><b>Interim.</b> The SDK does not yet keep a partner-support task list of its own; until it does, this inbox lives
 * in the console's memory and starts empty when the console starts (events are delivered again only to listeners
 * that have not had them). Give it to the {@code DvppBuilder} with {@code addListener} before {@code build()}.
 */
public final class PartnerInbox implements ProgrammeEventListener {
    private final Map<UUID, Notice> notices = new ConcurrentHashMap<>();
    private final Set<UUID> done = ConcurrentHashMap.newKeySet();

    /**
     * One notification to act on: ids, codes and dates only, as the event carried them.
     *
     * @param id the event's id
     * @param agency the agency
     * @param caseId the man's case
     * @param occurredAt when it happened
     * @param kind what happened, in a word or two
     * @param detail what happened, in plain words
     * @param done whether a partner-support worker marked it as acted on
     */
    public record Notice(UUID id, AgencyId agency, CaseId caseId, Instant occurredAt, String kind, String detail,
            boolean done) {
    }

    @Override
    public String id() {
        return "console-partner-inbox";
    }

    @Override
    public void onEvent(ProgrammeEvent event) {
        if (!event.partnerSupportMustBeTold()) {
            return;
        }
        String[] words = describe(event);
        notices.putIfAbsent(event.id().value(), new Notice(event.id().value(), event.agency(), event.caseId(),
                event.occurredAt(), words[0], words[1], false));
    }

    private static String[] describe(ProgrammeEvent event) {
        // Java 17: no pattern matching in switch yet
        if (event instanceof CaseStatusChangedEvent e) {
            return statusChange(e.from(), e.to());
        }
        if (event instanceof DisengagementWarningEvent e) {
            return new String[] {"Drop-out warning", switch (e.reason()) {
                case CONSECUTIVE_UNEXCUSED_ABSENCES -> "He has missed " + e.count()
                        + " group sessions in a row without a reason (the warning point is " + e.threshold() + ").";
                case EXCLUSION_REVIEW_DUE -> "He has " + e.count() + " unexcused absences, more than the "
                        + e.threshold() + " allowed: an exclusion review is due.";
            }};
        }
        if (event instanceof RiskRaisedEvent e) {
            return new String[] {"Risk rose", "His risk level rose from " + word(e.from().name()) + " to "
                    + word(e.to().name()) + "."};
        }
        if (event instanceof ConsentChangedEvent e) {
            return e.withdrawn()
                    ? new String[] {"Consent withdrawn", "He withdrew his consent on " + e.effectiveOn() + "."}
                    : new String[] {"Consent narrowed", "He narrowed who may be told about him on "
                            + e.effectiveOn() + "."};
        }
        if (event instanceof ReferralReceivedEvent) {
            return new String[] {"Referred", "He was referred to the programme."};
        }
        return new String[] {"Change", event.type()};
    }

    private static String[] statusChange(CaseStatus from, CaseStatus to) {
        return switch (to) {
            case IN_PROGRAMME -> from == CaseStatus.SUSPENDED ? new String[] {"Resumed", "His programme resumed."}
                    : new String[] {"Started", "He started the group programme."};
            case WITHDRAWN -> new String[] {"Dropped out", "He left the programme (withdrawn)."};
            case EXCLUDED -> new String[] {"Excluded", "The agency excluded him from the programme."};
            case RETURNED_TO_REFERRER -> new String[] {"Returned to referrer", "He was returned to his referrer."};
            case COMPLETED -> new String[] {"Completed", "He completed the programme."};
            case SUSPENDED -> new String[] {"Suspended", "His case was put on hold."};
            case CLOSED -> new String[] {"Closed", "His case was closed."};
            default -> new String[] {"Status changed", "His case moved from " + word(from.name()) + " to "
                    + word(to.name()) + "."};
        };
    }

    private static String word(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param agency an agency
     * @return its notifications, newest first
     */
    public List<Notice> notices(AgencyId agency) {
        List<Notice> list = new ArrayList<>();
        for (Notice n : notices.values()) {
            if (n.agency().equals(agency)) {
                list.add(done.contains(n.id()) ? new Notice(n.id(), n.agency(), n.caseId(), n.occurredAt(), n.kind(),
                        n.detail(), true) : n);
            }
        }
        list.sort(Comparator.comparing(Notice::occurredAt).reversed().thenComparing(Notice::kind));
        return list;
    }

    /**
     * Marks a notification as acted on.
     *
     * @param agency the worker's agency
     * @param id the notification
     * @return whether it was one of the agency's
     */
    public boolean markDone(AgencyId agency, UUID id) {
        Notice n = notices.get(id);
        if (n == null || !n.agency().equals(agency)) {
            return false;
        }
        done.add(id);
        return true;
    }

    /**
     * @param agency an agency
     * @param id a notification's id
     * @return the notification, if it is the agency's
     */
    public Optional<Notice> find(AgencyId agency, UUID id) {
        return notices(agency).stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
