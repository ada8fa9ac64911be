package org.dvpp.programme.events;

import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.casework.CaseStatus;

/**
 * A case changed state (type {@code case.status-changed}). Partner support must be told of a start, a drop-out
 * (withdrawn, excluded, returned to the referrer), a completion, and a suspension or resumption on the programme.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param sequence its position in the case's stream
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param participant the man
 * @param episode the case's episode
 * @param from the state before
 * @param to the state after
 * @param command the code of the command that made the change
 */
@org.dvpp.domain.Classified
public record CaseStatusChangedEvent(EventId id, AgencyId agency, CaseId caseId, long sequence, Instant occurredAt,
        boolean partnerSupportMustBeTold, ParticipantId participant, int episode, CaseStatus from, CaseStatus to,
        String command) implements ProgrammeEvent {
    /** Type code. */
    public static final String TYPE = "case.status-changed";
    /** Version of these fields. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
