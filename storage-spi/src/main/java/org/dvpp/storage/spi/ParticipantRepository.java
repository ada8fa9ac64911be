package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.participant.Participant;

/**
 * Participants (the men on the programme).
 *
 * @since 0.1
 */
public interface ParticipantRepository {
    /**
     * @param participant a new participant of the transaction's agency
     * @throws DuplicateRecordException if the id or the reference is taken
     */
    void insert(Participant participant);

    /**
     * @param id the id
     * @return the participant, if in this agency
     */
    Optional<Participant> find(ParticipantId id);

    /**
     * @param id the id
     * @return the participant with its version
     */
    Optional<Versioned<Participant>> findVersioned(ParticipantId id);

    /**
     * @param reference the agency's own reference
     * @return the participant, if any
     */
    Optional<Participant> findByReference(String reference);

    /**
     * @param participant the new state
     * @param expectedVersion the version it was read with
     * @return the new version
     * @throws OptimisticLockException if it changed meanwhile
     * @throws org.dvpp.domain.NotFoundException if it does not exist
     */
    long update(Participant participant, long expectedVersion);

    /**
     * @param offset rows to skip, ordered by reference
     * @param limit at most this many (1..10000)
     * @return a page of participants ordered by reference
     */
    List<Participant> list(int offset, int limit);

    /** @return how many participants the agency has */
    long count();
}
