package org.dvpp.storage.jdbc.internal;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.ParticipantRepository;
import org.dvpp.storage.spi.Versioned;

final class ParticipantRepo implements ParticipantRepository {
    static final String INSERT = "INSERT INTO participant (agency_id, id, ref_code, date_of_birth, area_of_residence, "
            + "row_version) VALUES (?,?,?,?,?,0)";
    private static final String COLS = "SELECT id, ref_code, date_of_birth, area_of_residence, row_version "
            + "FROM participant WHERE agency_id = ?";
    private final Db db;

    ParticipantRepo(Db db) {
        this.db = db;
    }

    static Object[] params(Participant p) {
        return new Object[] {p.agency(), p.id(), p.reference(), p.dateOfBirth(), p.areaOfResidence()};
    }

    private Versioned<Participant> map(Row r) throws java.sql.SQLException {
        return new Versioned<>(new Participant(new ParticipantId(r.uuid("id")), db.agency, r.str("ref_code"),
                r.date("date_of_birth"), r.str("area_of_residence")), r.l("row_version"));
    }

    @Override
    public void insert(Participant participant) {
        Checks.required(participant, "participant");
        db.own(participant.agency());
        db.insert("Participant", participant.id() + " / " + participant.reference(), INSERT, params(participant));
    }

    @Override
    public Optional<Participant> find(ParticipantId id) {
        return findVersioned(id).map(Versioned::value);
    }

    @Override
    public Optional<Versioned<Participant>> findVersioned(ParticipantId id) {
        Checks.required(id, "id");
        return db.one(COLS + db.visible("participant.agency_id", "participant.id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public Optional<Participant> findByReference(String reference) {
        Checks.required(reference, "reference");
        return db.one(COLS + " AND ref_code = ?", this::map, db.agencyId, reference).map(Versioned::value);
    }

    @Override
    public long update(Participant p, long expectedVersion) {
        Checks.required(p, "participant");
        db.own(p.agency());
        int n = db.update("UPDATE participant SET ref_code = ?, date_of_birth = ?, area_of_residence = ?, "
                + "row_version = row_version + 1 WHERE agency_id = ? AND id = ? AND row_version = ?", p.reference(),
                p.dateOfBirth(), p.areaOfResidence(), db.agencyId, p.id(), expectedVersion);
        if (n == 0) {
            if (find(p.id()).isEmpty()) {
                throw new NotFoundException("Participant", p.id());
            }
            throw new OptimisticLockException("Participant", p.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public List<Participant> list(int offset, int limit) {
        Checks.range(offset, "offset", 0, Integer.MAX_VALUE);
        Checks.range(limit, "limit", 1, 10_000);
        return db.list(COLS + db.visible("participant.agency_id", "participant.id") + " ORDER BY ref_code LIMIT ? OFFSET ?", this::map, db.agencyId, limit, offset).stream()
                .map(Versioned::value).toList();
    }

    @Override
    public long count() {
        return db.count("SELECT COUNT(*) FROM participant WHERE agency_id = ?"
                + db.visible("participant.agency_id", "participant.id"), db.agencyId);
    }
}
