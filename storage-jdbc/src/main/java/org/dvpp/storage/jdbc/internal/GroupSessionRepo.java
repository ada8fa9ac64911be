package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.storage.spi.GroupSessionRepository;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.Versioned;

final class GroupSessionRepo implements GroupSessionRepository {
    static final String INSERT = "INSERT INTO group_session (agency_id, id, group_id, seq, curriculum_session, "
            + "scheduled_start, duration_nanos, status, register_taken, row_version) VALUES (?,?,?,?,?,?,?,?,?,0)";
    static final String INSERT_ATTENDANCE = "INSERT INTO attendance (agency_id, session_id, case_id, status, "
            + "credited_nanos) VALUES (?,?,?,?,?)";
    private static final String SELECT = "SELECT id, group_id, seq, curriculum_session, scheduled_start, "
            + "duration_nanos, status, register_taken, row_version FROM group_session WHERE agency_id = ?";
    private static final String SELECT_ATTENDANCE = "SELECT session_id, case_id, status, credited_nanos "
            + "FROM attendance WHERE voided = FALSE AND agency_id = ?";
    private final Db db;

    GroupSessionRepo(Db db) {
        this.db = db;
    }

    static Object[] params(GroupSession s) {
        return new Object[] {s.agency(), s.id(), s.group(), s.sequence(), s.curriculumSession(), s.scheduledStart(),
            s.duration(), s.status(), s.registerTaken()};
    }

    static Object[] params(Attendance a) {
        return new Object[] {a.agency(), a.session(), a.caseId(), a.status(), a.credited()};
    }

    private Versioned<GroupSession> map(Row r) throws SQLException {
        return new Versioned<>(new GroupSession(new SessionId(r.uuid("id")), db.agency, new GroupId(r.uuid("group_id")),
                r.i("seq"), r.i("curriculum_session"), r.dateTime("scheduled_start"), r.duration("duration_nanos"),
                r.en(SessionStatus.class, "status"), r.bool("register_taken")), r.l("row_version"));
    }

    private Attendance mapAttendance(Row r) throws SQLException {
        return new Attendance(db.agency, new SessionId(r.uuid("session_id")), new CaseId(r.uuid("case_id")),
                r.en(AttendanceStatus.class, "status"), r.duration("credited_nanos"));
    }

    @Override
    public void insert(GroupSession session) {
        Checks.required(session, "session");
        db.own(session.agency());
        db.insert("GroupSession", session.id(), INSERT, params(session));
    }

    @Override
    public Optional<GroupSession> find(SessionId id) {
        return findVersioned(id).map(Versioned::value);
    }

    @Override
    public Optional<Versioned<GroupSession>> findVersioned(SessionId id) {
        Checks.required(id, "id");
        return db.one(SELECT + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public long update(GroupSession s, long expectedVersion) {
        Checks.required(s, "session");
        db.own(s.agency());
        int n = db.update("UPDATE group_session SET group_id = ?, seq = ?, curriculum_session = ?, "
                + "scheduled_start = ?, duration_nanos = ?, status = ?, register_taken = ?, "
                + "row_version = row_version + 1 WHERE agency_id = ? AND id = ? AND row_version = ?", s.group(),
                s.sequence(), s.curriculumSession(), s.scheduledStart(), s.duration(), s.status(), s.registerTaken(),
                db.agencyId, s.id(), expectedVersion);
        if (n == 0) {
            if (find(s.id()).isEmpty()) {
                throw new NotFoundException("GroupSession", s.id());
            }
            throw new OptimisticLockException("GroupSession", s.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public List<GroupSession> listForGroup(GroupId group) {
        Checks.required(group, "group");
        return db.list(SELECT + " AND group_id = ? ORDER BY seq", this::map, db.agencyId, group).stream()
                .map(Versioned::value).toList();
    }

    @Override
    public void recordAttendance(Attendance a) {
        Checks.required(a, "attendance");
        db.own(a.agency());
        int n = db.update("UPDATE attendance SET status = ?, credited_nanos = ?, voided = FALSE "
                + "WHERE agency_id = ? AND session_id = ? AND case_id = ?", a.status(), a.credited(), db.agencyId,
                a.session(), a.caseId());
        if (n == 0) {
            db.insert("Attendance", a.session() + "/" + a.caseId(), INSERT_ATTENDANCE, params(a));
        }
    }

    @Override
    public List<Attendance> register(SessionId session) {
        Checks.required(session, "session");
        return db.list(SELECT_ATTENDANCE + " AND session_id = ? ORDER BY case_id", this::mapAttendance, db.agencyId,
                session);
    }

    @Override
    public List<Attendance> attendanceForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT_ATTENDANCE + " AND case_id = ? ORDER BY session_id", this::mapAttendance,
                db.agencyId, caseId);
    }
}
