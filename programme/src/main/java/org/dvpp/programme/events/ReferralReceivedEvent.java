package org.dvpp.programme.events;

import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.participant.ReferralSource;

/**
 * A referral was received: a new case, or a new episode of a closed one (type {@code referral.received}).
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param sequence its position in the case's stream
 * @param occurredAt when
 * @param partnerSupportMustBeTold whether partner support must be told
 * @param participant the man
 * @param referral the referral
 * @param source where it came from
 * @param episode the case's episode
 */
@org.dvpp.domain.Classified
public record ReferralReceivedEvent(EventId id, AgencyId agency, CaseId caseId, long sequence, Instant occurredAt,
        boolean partnerSupportMustBeTold, ParticipantId participant, ReferralId referral, ReferralSource source,
        int episode) implements ProgrammeEvent {
    /** Type code. */
    public static final String TYPE = "referral.received";
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
