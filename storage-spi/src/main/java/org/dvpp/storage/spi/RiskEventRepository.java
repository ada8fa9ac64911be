package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.safety.RiskEvent;

/**
 * Risk events (append-only); the summary is encrypted at rest.
 *
 * @since 0.1
 */
public interface RiskEventRepository {
    /** @param event a new risk event */
    void insert(RiskEvent event);

    /**
     * @param id the id
     * @return the event, if in this agency
     */
    Optional<RiskEvent> find(RiskEventId id);

    /**
     * @param caseId the case
     * @return its risk events, oldest first
     */
    List<RiskEvent> listForCase(CaseId caseId);
}
