package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.CaseId;

/**
 * Casework documents (see {@link CaseDocument}): each body is encrypted at rest as a whole.
 *
 * @since 0.2
 */
public interface CaseDocumentRepository {
    /** @param document a new document (its version is ignored and stored as 0) */
    void insert(CaseDocument document);

    /**
     * @param id the id
     * @return the document, if in this agency
     */
    Optional<CaseDocument> find(UUID id);

    /**
     * Replaces a document's body.
     *
     * @param document the new state, carrying the version it was read with
     * @return the stored document with its new version
     * @throws OptimisticLockException if it changed meanwhile
     * @throws org.dvpp.domain.NotFoundException if there is no such document in this agency
     */
    CaseDocument update(CaseDocument document);

    /**
     * @param caseId the case
     * @param kind the kind
     * @return the case's documents of that kind, oldest first
     */
    List<CaseDocument> listForCase(CaseId caseId, String kind);

    /**
     * @param kind the kind
     * @return every document of that kind in this agency, oldest first (for aggregates computed by the caller)
     */
    List<CaseDocument> listForAgency(String kind);
}
