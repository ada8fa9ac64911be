package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.safety.PersonAtRisk;

/**
 * Partners, ex-partners and children: the most sensitive records. Every contact detail is encrypted at rest.
 *
 * @since 0.1
 */
public interface PersonAtRiskRepository {
    /** @param person a new person at risk */
    void insert(PersonAtRisk person);

    /**
     * @param id the id
     * @return the person, if in this agency
     */
    Optional<PersonAtRisk> find(PersonAtRiskId id);

    /**
     * @param person the new state, carrying the version it was read with
     * @return the stored record with its new version
     * @throws OptimisticLockException if it changed meanwhile
     */
    PersonAtRisk update(PersonAtRisk person);

    /**
     * @param participant the participant
     * @return the people at risk linked to him
     */
    List<PersonAtRisk> listForParticipant(ParticipantId participant);
}
