package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.OneToOnePlace;
import org.dvpp.storage.spi.OneToOnePlaceRepository;

final class OneToOnePlaceRepo implements OneToOnePlaceRepository {
    private final Db db;

    OneToOnePlaceRepo(Db db) {
        this.db = db;
    }

    private OneToOnePlace map(Row r) throws SQLException {
        return new OneToOnePlace(db.agency, new CaseId(r.uuid("case_id")), r.str("curriculum_id"),
                r.date("started_on"), r.en(AllocationStatus.class, "status"));
    }

    @Override
    public void insert(OneToOnePlace p) {
        Checks.required(p, "place");
        db.own(p.agency());
        db.insert("OneToOnePlace", p.caseId() + "/" + p.startedOn(), "INSERT INTO one_to_one_place (agency_id, "
                + "case_id, curriculum_id, started_on, status) VALUES (?,?,?,?,?)", db.agencyId, p.caseId(),
                p.curriculumId(), p.startedOn(), p.status());
    }

    @Override
    public List<OneToOnePlace> forCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list("SELECT case_id, curriculum_id, started_on, status FROM one_to_one_place WHERE agency_id = ? "
                + "AND case_id = ? ORDER BY started_on", this::map, db.agencyId, caseId);
    }

    @Override
    public boolean end(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.update("UPDATE one_to_one_place SET status = ? WHERE agency_id = ? AND case_id = ? AND status = ?",
                AllocationStatus.ENDED, db.agencyId, caseId, AllocationStatus.ACTIVE) > 0;
    }
}
