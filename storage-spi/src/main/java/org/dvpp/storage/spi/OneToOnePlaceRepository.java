package org.dvpp.storage.spi;

import java.util.List;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.group.OneToOnePlace;

/**
 * Places on one-to-one-only pathways.
 *
 * @since 0.2
 */
public interface OneToOnePlaceRepository {
    /**
     * @param place an active place
     * @throws DuplicateRecordException if the case already started a pathway that day
     */
    void insert(OneToOnePlace place);

    /**
     * @param caseId the case
     * @return every pathway place of the case, oldest first
     */
    List<OneToOnePlace> forCase(CaseId caseId);

    /**
     * @param caseId the case
     * @return whether an active place was ended
     */
    boolean end(CaseId caseId);
}
