package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.storage.spi.OneToOneRepository;

final class OneToOneRepo implements OneToOneRepository {
    private static final String SELECT = "SELECT id, case_id, on_date, duration_nanos, kind, status, catch_up_sessions, "
            + "worker FROM one_to_one WHERE agency_id = ?";
    private final Db db;

    OneToOneRepo(Db db) {
        this.db = db;
    }

    private OneToOneSession map(Row r) throws SQLException {
        Set<Integer> catchUp = new TreeSet<>();
        for (String s : Codec.list(r.str("catch_up_sessions"))) {
            catchUp.add(Integer.valueOf(s));
        }
        return new OneToOneSession(new OneToOneId(r.uuid("id")), db.agency, new CaseId(r.uuid("case_id")),
                r.date("on_date"), r.duration("duration_nanos"), r.en(OneToOneKind.class, "kind"),
                r.en(AttendanceStatus.class, "status"), catchUp, new UserId(r.uuid("worker")));
    }

    @Override
    public void insert(OneToOneSession s) {
        Checks.required(s, "session");
        db.own(s.agency());
        db.insert("OneToOneSession", s.id(), INSERT, params(s));
    }

    static final String INSERT = "INSERT INTO one_to_one (agency_id, id, case_id, on_date, duration_nanos, kind, "
            + "status, catch_up_sessions, worker) VALUES (?,?,?,?,?,?,?,?,?)";

    static Object[] params(OneToOneSession s) {
        return new Object[] {s.agency(), s.id(), s.caseId(), s.date(), s.duration(), s.kind(), s.status(),
            Codec.list(new TreeSet<>(s.catchUpSessions())), s.worker()};
    }

    @Override
    public Optional<OneToOneSession> find(OneToOneId id) {
        Checks.required(id, "id");
        return db.one(SELECT + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<OneToOneSession> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + " AND case_id = ? ORDER BY on_date, id", this::map, db.agencyId, caseId);
    }
}
