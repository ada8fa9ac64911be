package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.group.OneToOneSession;

/**
 * One-to-one sessions.
 *
 * @since 0.1
 */
public interface OneToOneRepository {
    /** @param session a new one-to-one */
    void insert(OneToOneSession session);

    /**
     * @param id the id
     * @return the session, if in this agency
     */
    Optional<OneToOneSession> find(OneToOneId id);

    /**
     * @param caseId the case
     * @return its one-to-ones by date
     */
    List<OneToOneSession> listForCase(CaseId caseId);
}
