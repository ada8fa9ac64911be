package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dvpp.domain.Checks;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.Facilitator;
import org.dvpp.storage.spi.FacilitatorRepository;

final class FacilitatorRepo implements FacilitatorRepository {
    private static final String SELECT = "SELECT user_id, display_name, qualifications, trained_on, supervised_on "
            + "FROM facilitator WHERE agency_id = ?";
    private final Db db;

    FacilitatorRepo(Db db) {
        this.db = db;
    }

    private Facilitator map(Row r) throws SQLException {
        String q = r.str("qualifications");
        return new Facilitator(db.agency, new UserId(r.uuid("user_id")), r.str("display_name"),
                q.isEmpty() ? java.util.Set.of() : new TreeSet<>(Arrays.asList(q.split(","))),
                r.optDate("trained_on"), r.optDate("supervised_on"));
    }

    @Override
    public void save(Facilitator f) {
        Checks.required(f, "facilitator");
        db.own(f.agency());
        String q = String.join(",", new TreeSet<>(f.qualifications()));
        int n = db.update("UPDATE facilitator SET display_name = ?, qualifications = ?, trained_on = ?, "
                + "supervised_on = ? WHERE agency_id = ? AND user_id = ?", f.name(), q,
                Db.opt(f.trainedOn(), Types.DATE), Db.opt(f.lastSupervisionOn(), Types.DATE), db.agencyId, f.user());
        if (n == 0) {
            db.insert("Facilitator", f.user(), "INSERT INTO facilitator (agency_id, user_id, display_name, "
                    + "qualifications, trained_on, supervised_on) VALUES (?,?,?,?,?,?)", db.agencyId, f.user(),
                    f.name(), q, Db.opt(f.trainedOn(), Types.DATE), Db.opt(f.lastSupervisionOn(), Types.DATE));
        }
    }

    @Override
    public Optional<Facilitator> find(UserId user) {
        Checks.required(user, "user");
        return db.one(SELECT + " AND user_id = ?", this::map, db.agencyId, user);
    }

    @Override
    public List<Facilitator> list() {
        return db.list(SELECT + " ORDER BY display_name, user_id", this::map, db.agencyId);
    }

    @Override
    public void setSessionFacilitators(SessionId session, List<UserId> facilitators) {
        Checks.required(session, "session");
        List<UserId> list = Checks.list(facilitators, "facilitators");
        db.update("DELETE FROM session_facilitator WHERE agency_id = ? AND session_id = ?", db.agencyId, session);
        for (int i = 0; i < list.size(); i++) {
            db.insert("SessionFacilitator", session + "/" + list.get(i), "INSERT INTO session_facilitator "
                    + "(agency_id, session_id, user_id, position) VALUES (?,?,?,?)", db.agencyId, session,
                    list.get(i), i);
        }
    }

    @Override
    public List<UserId> sessionFacilitators(SessionId session) {
        Checks.required(session, "session");
        return db.list("SELECT user_id FROM session_facilitator WHERE agency_id = ? AND session_id = ? "
                + "ORDER BY position", r -> new UserId(r.uuid("user_id")), db.agencyId, session);
    }
}
