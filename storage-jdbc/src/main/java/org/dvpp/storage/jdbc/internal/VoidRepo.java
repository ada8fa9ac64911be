package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.VoidedRecord;
import org.dvpp.storage.spi.VoidRepository;

final class VoidRepo implements VoidRepository {
    static final String TABLE = "voided_record";
    private final Db db;

    VoidRepo(Db db) {
        this.db = db;
    }

    @Override
    public boolean voidAttendance(SessionId session, CaseId caseId) {
        Checks.required(session, "session");
        Checks.required(caseId, "caseId");
        return db.update("UPDATE attendance SET voided = ? WHERE agency_id = ? AND session_id = ? AND case_id = ? "
                + "AND voided = ?", true, db.agencyId, session, caseId, false) > 0;
    }

    @Override
    public boolean voidAssessment(AssessmentId id) {
        Checks.required(id, "id");
        return db.update("UPDATE assessment SET voided = ? WHERE agency_id = ? AND id = ? AND voided = ?", true,
                db.agencyId, id, false) > 0;
    }

    @Override
    public boolean voidCheckIn(CheckInId id) {
        Checks.required(id, "id");
        return db.update("UPDATE check_in SET voided = ? WHERE agency_id = ? AND id = ? AND voided = ?", true,
                db.agencyId, id, false) > 0;
    }

    @Override
    public void record(VoidedRecord v) {
        Checks.required(v, "voidedRecord");
        db.own(v.agency());
        db.insert("VoidedRecord", v.id(), "INSERT INTO voided_record (agency_id, id, case_id, kind, record_id, "
                + "description, voided_at_nanos, voided_by, reason_enc) VALUES (?,?,?,?,?,?,?,?,?)", db.agencyId,
                v.id(), v.caseId(), v.kind(), v.recordId(), v.description(), v.voidedAt(), v.voidedBy(),
                db.cipher.forCase(v.caseId().value()).encrypt(TABLE, v.id(), "reason_enc", v.reason()));
    }

    private VoidedRecord map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new VoidedRecord(id, db.agency, new CaseId(r.uuid("case_id")),
                r.en(VoidedRecord.Kind.class, "kind"), r.uuid("record_id"), r.str("description"),
                r.instant("voided_at_nanos"), new UserId(r.uuid("voided_by")),
                db.cipher.decrypt(TABLE, id, "reason_enc", r.bytes("reason_enc")));
    }

    @Override
    public List<VoidedRecord> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list("SELECT id, case_id, kind, record_id, description, voided_at_nanos, voided_by, reason_enc "
                + "FROM voided_record WHERE agency_id = ? AND case_id = ?"
                + db.visibleCase("voided_record.agency_id", "voided_record.case_id") + " ORDER BY voided_at_nanos, id", this::map,
                db.agencyId, caseId);
    }
}
