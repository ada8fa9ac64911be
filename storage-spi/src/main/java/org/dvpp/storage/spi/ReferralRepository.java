package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.participant.Referral;

/**
 * Referrals (append-only). The referral reason is encrypted at rest.
 *
 * @since 0.1
 */
public interface ReferralRepository {
    /** @param referral a new referral */
    void insert(Referral referral);

    /**
     * @param id the id
     * @return the referral, if in this agency
     */
    Optional<Referral> find(ReferralId id);

    /**
     * @param participant the participant
     * @return his referrals, oldest first
     */
    List<Referral> listForParticipant(ParticipantId participant);
}
