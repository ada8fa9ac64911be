package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.storage.spi.MotivationCheckInRepository;

final class CheckInRepo implements MotivationCheckInRepository {
    private static final String SELECT = "SELECT id, case_id, on_date, importance, confidence, readiness, recorded_by "
            + "FROM check_in WHERE voided = FALSE AND agency_id = ?";
    private final Db db;

    CheckInRepo(Db db) {
        this.db = db;
    }

    private MotivationCheckIn map(Row r) throws SQLException {
        return new MotivationCheckIn(new CheckInId(r.uuid("id")), db.agency, new CaseId(r.uuid("case_id")),
                r.date("on_date"), r.i("importance"), r.i("confidence"), r.i("readiness"),
                new UserId(r.uuid("recorded_by")));
    }

    @Override
    public void insert(MotivationCheckIn c) {
        Checks.required(c, "checkIn");
        db.own(c.agency());
        db.insert("MotivationCheckIn", c.id(), INSERT, params(c));
    }

    static final String INSERT = "INSERT INTO check_in (agency_id, id, case_id, on_date, importance, confidence, "
            + "readiness, recorded_by) VALUES (?,?,?,?,?,?,?,?)";

    static Object[] params(MotivationCheckIn c) {
        return new Object[] {c.agency(), c.id(), c.caseId(), c.on(), c.importance(), c.confidence(), c.readiness(),
            c.recordedBy()};
    }

    @Override
    public Optional<MotivationCheckIn> find(CheckInId id) {
        Checks.required(id, "id");
        return db.one(SELECT + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<MotivationCheckIn> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + " AND case_id = ? ORDER BY on_date, id", this::map, db.agencyId, caseId);
    }
}
