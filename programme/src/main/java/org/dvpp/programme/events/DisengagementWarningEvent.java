package org.dvpp.programme.events;

import java.time.Instant;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;

/**
 * A man's absences reached a warning point (type {@code attendance.disengagement-warning}).
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param sequence its position in the case's stream
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param reason which point was reached
 * @param count the absences counted
 * @param threshold the curriculum's threshold
 */
@org.dvpp.domain.Classified
public record DisengagementWarningEvent(EventId id, AgencyId agency, CaseId caseId, long sequence, Instant occurredAt,
        boolean partnerSupportMustBeTold, DisengagementWarning.Reason reason, int count, int threshold)
        implements ProgrammeEvent {
    /** Type code. */
    public static final String TYPE = "attendance.disengagement-warning";
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
