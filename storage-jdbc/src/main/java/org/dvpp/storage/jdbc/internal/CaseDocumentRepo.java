package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.storage.spi.CaseDocument;
import org.dvpp.storage.spi.CaseDocumentRepository;
import org.dvpp.storage.spi.OptimisticLockException;

/** Casework documents: the body is one AEAD-sealed field, bound to its table, id and column. */
final class CaseDocumentRepo implements CaseDocumentRepository {
    static final String TABLE = "case_document";
    private static final String SELECT = "SELECT id, case_id, kind, recorded_at_nanos, recorded_by, body_enc, "
            + "row_version FROM case_document WHERE agency_id = ?";
    private final Db db;

    CaseDocumentRepo(Db db) {
        this.db = db;
    }

    private CaseDocument map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new CaseDocument(id, db.agency, new CaseId(r.uuid("case_id")), r.str("kind"),
                Codec.instant(r.l("recorded_at_nanos")), new UserId(r.uuid("recorded_by")),
                db.cipher.decrypt(TABLE, id, "body_enc", r.bytes("body_enc")), r.l("row_version"));
    }

    @Override
    public void insert(CaseDocument d) {
        Checks.required(d, "document");
        db.own(d.agency());
        db.insert("CaseDocument", d.id(), "INSERT INTO case_document (agency_id, id, case_id, kind, "
                + "recorded_at_nanos, recorded_by, body_enc, row_version) VALUES (?,?,?,?,?,?,?,0)", d.agency(),
                d.id(), d.caseId(), d.kind(), d.recordedAt(), d.recordedBy(),
                db.cipher.forCase(d.caseId().value()).encrypt(TABLE, d.id(), "body_enc", d.body()));
    }

    @Override
    public Optional<CaseDocument> find(UUID id) {
        Checks.required(id, "id");
        return db.one(SELECT + db.visibleCase("case_document.agency_id", "case_document.case_id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public CaseDocument update(CaseDocument d) {
        Checks.required(d, "document");
        db.own(d.agency());
        int n = db.update("UPDATE case_document SET body_enc = ?, row_version = row_version + 1 WHERE agency_id = ? "
                + "AND id = ? AND kind = ? AND case_id = ? AND row_version = ?",
                db.cipher.forCase(d.caseId().value()).encrypt(TABLE, d.id(), "body_enc", d.body()), db.agencyId, d.id(), d.kind(), d.caseId(),
                d.version());
        if (n == 0) {
            Optional<CaseDocument> now = find(d.id());
            if (now.isEmpty() || !now.get().kind().equals(d.kind()) || !now.get().caseId().equals(d.caseId())) {
                throw new NotFoundException("CaseDocument", d.id());
            }
            throw new OptimisticLockException("CaseDocument", d.id(), d.version());
        }
        return new CaseDocument(d.id(), d.agency(), d.caseId(), d.kind(), d.recordedAt(), d.recordedBy(), d.body(),
                d.version() + 1);
    }

    @Override
    public List<CaseDocument> listForCase(CaseId caseId, String kind) {
        Checks.required(caseId, "caseId");
        Checks.required(kind, "kind");
        return db.list(SELECT + db.visibleCase("case_document.agency_id", "case_document.case_id") + " AND case_id = ? AND kind = ? ORDER BY recorded_at_nanos, id", this::map, db.agencyId,
                caseId, kind);
    }

    @Override
    public List<CaseDocument> listForAgency(String kind) {
        Checks.required(kind, "kind");
        return db.list(SELECT + db.visibleCase("case_document.agency_id", "case_document.case_id") + " AND kind = ? ORDER BY recorded_at_nanos, id", this::map, db.agencyId, kind);
    }
}
