package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.safety.InformationSharingEntry;

/**
 * The information-sharing log (append-only); what and why are encrypted at rest.
 *
 * @since 0.1
 */
public interface InformationSharingRepository {
    /** @param entry a new entry */
    void insert(InformationSharingEntry entry);

    /**
     * @param id the id
     * @return the entry, if in this agency
     */
    Optional<InformationSharingEntry> find(SharingEntryId id);

    /**
     * @param caseId the case
     * @return its entries, oldest first
     */
    List<InformationSharingEntry> listForCase(CaseId caseId);
}
