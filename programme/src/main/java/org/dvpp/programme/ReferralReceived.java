package org.dvpp.programme;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.EventId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.participant.ReferralSource;

/**
 * A referral was received: a new case, or a new episode of a closed one.
 *
 * @param id the event's id
 * @param agency the agency
 * @param caseId the case
 * @param participant the man
 * @param referral the referral
 * @param source where it came from
 * @param episode the case's episode
 * @param occurredAt when it was recorded
 */
@org.dvpp.domain.Classified
public record ReferralReceived(EventId id, AgencyId agency, CaseId caseId, ParticipantId participant,
        ReferralId referral, ReferralSource source, int episode, Instant occurredAt) implements DomainEvent {
    /** Type code of this event. */
    public static final String TYPE = "referral.received";

    @Override
    public UUID streamId() {
        return caseId.value();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean partnerSupportMustBeTold() {
        return false;
    }
}
