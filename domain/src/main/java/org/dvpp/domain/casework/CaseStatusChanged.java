package org.dvpp.domain.casework;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.ParticipantId;

/**
 * A case changed state. Carries ids and codes only, never the reason text.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param participant the man
 * @param episode the case's episode
 * @param from the state before
 * @param to the state after
 * @param command the code of the command that made the change
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told (start, drop-out, exclusion, completion and so on)
 */
@org.dvpp.domain.Classified
public record CaseStatusChanged(EventId id, AgencyId agency, CaseId caseId, ParticipantId participant, int episode,
        CaseStatus from, CaseStatus to, String command, Instant occurredAt, boolean partnerSupportMustBeTold)
        implements DomainEvent {

    /** Type code of this event. */
    public static final String TYPE = "case.status-changed";

    /** Checks every part. */
    public CaseStatusChanged {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(participant, "participant");
        Checks.required(from, "from");
        Checks.required(to, "to");
        Checks.text(command, "command", 60);
        Checks.required(occurredAt, "occurredAt");
    }

    @Override
    public UUID streamId() {
        return caseId.value();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
