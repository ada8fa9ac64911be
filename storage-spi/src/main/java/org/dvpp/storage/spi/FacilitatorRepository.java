package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.Facilitator;

/**
 * Facilitator records, and who facilitated each group session.
 *
 * @since 0.2
 */
public interface FacilitatorRepository {
    /** @param facilitator a new record, or the new state of an existing one */
    void save(Facilitator facilitator);

    /**
     * @param user a user id
     * @return the facilitator record, if in this agency
     */
    Optional<Facilitator> find(UserId user);

    /** @return every facilitator of the agency, by name */
    List<Facilitator> list();

    /**
     * Records who facilitated a session, replacing any earlier list.
     *
     * @param session the session
     * @param facilitators their user ids
     */
    void setSessionFacilitators(SessionId session, List<UserId> facilitators);

    /**
     * @param session the session
     * @return who facilitated it, empty if not recorded
     */
    List<UserId> sessionFacilitators(SessionId session);
}
