package org.dvpp.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Informant;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.storage.spi.AssessmentRepository;

final class AssessmentRepo implements AssessmentRepository {
    static final String TABLE = "assessment";
    static final String INSERT = "INSERT INTO assessment (agency_id, id, case_id, instrument_id, instrument_version, "
            + "time_point, completed_on, answers_enc, total_enc, band_code_enc, assessor, informant) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String SELECT = "SELECT id, case_id, instrument_id, instrument_version, time_point, "
            + "completed_on, answers_enc, total_enc, band_code_enc, assessor, informant FROM assessment "
            + "WHERE voided = FALSE AND agency_id = ?";
    private final Db db;

    AssessmentRepo(Db db) {
        this.db = db;
    }

    static Object[] params(Db db, AssessmentRecord a) {
        UUID id = a.id().value();
        FieldCipher f = db.cipher.forCase(a.caseId().value());
        return new Object[] {a.agency(), a.id(), a.caseId(), a.instrumentId(), a.instrumentVersion(), a.timePoint(),
            a.completedOn(), f.encrypt(TABLE, id, "answers_enc", Codec.map(a.answers())),
            f.encryptOptional(TABLE, id, "total_enc", a.total().map(BigDecimal::toString)),
            f.encryptOptional(TABLE, id, "band_code_enc", a.bandCode()), a.assessor(), a.informant()};
    }

    private AssessmentRecord map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        FieldCipher f = db.cipher;
        return new AssessmentRecord(new AssessmentId(id), db.agency, new CaseId(r.uuid("case_id")),
                r.str("instrument_id"), r.str("instrument_version"), r.en(TimePoint.class, "time_point"),
                r.date("completed_on"), Codec.map(f.decrypt(TABLE, id, "answers_enc", r.bytes("answers_enc"))),
                f.decryptOptional(TABLE, id, "total_enc", r.bytes("total_enc")).map(BigDecimal::new),
                f.decryptOptional(TABLE, id, "band_code_enc", r.bytes("band_code_enc")),
                new UserId(r.uuid("assessor")), r.en(Informant.class, "informant"));
    }

    @Override
    public void insert(AssessmentRecord a) {
        Checks.required(a, "record");
        db.own(a.agency());
        db.insert("AssessmentRecord", a.id(), INSERT, params(db, a));
    }

    @Override
    public Optional<AssessmentRecord> find(AssessmentId id) {
        Checks.required(id, "id");
        return db.one(SELECT + db.visibleCase("assessment.agency_id", "assessment.case_id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<AssessmentRecord> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + db.visibleCase("assessment.agency_id", "assessment.case_id") + " AND case_id = ? ORDER BY completed_on, id", this::map, db.agencyId, caseId);
    }
}
