package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.GroupType;
import org.dvpp.storage.spi.GroupRepository;
import org.dvpp.storage.spi.OptimisticLockException;

final class GroupRepo implements GroupRepository {
    static final String INSERT = "INSERT INTO dv_group (agency_id, id, name, curriculum_id, group_type, capacity, "
            + "allocated, facilitators, weekday, start_time, session_length_nanos, every_weeks, start_date, area_code, "
            + "status, row_version) VALUES (?,?,?,?,?,?,0,?,?,?,?,?,?,?,?,?)";
    private static final String SELECT = "SELECT id, name, curriculum_id, group_type, capacity, facilitators, weekday, "
            + "start_time, session_length_nanos, every_weeks, start_date, area_code, status, row_version "
            + "FROM dv_group WHERE agency_id = ?";
    private final Db db;

    GroupRepo(Db db) {
        this.db = db;
    }

    static Object[] params(Group g) {
        DeliveryPattern p = g.pattern();
        return new Object[] {g.agency(), g.id(), g.name(), g.curriculumId(), g.type(), g.capacity(),
            Codec.list(g.facilitators()), p.weekday(), p.startTime(), p.sessionLength(), p.everyWeeks(),
            g.startDate(), g.areaCode(), g.status(), g.version()};
    }

    private Group map(Row r) throws SQLException {
        List<UserId> facilitators = Codec.list(r.str("facilitators")).stream()
                .map(s -> new UserId(UUID.fromString(s))).toList();
        return new Group(new GroupId(r.uuid("id")), db.agency, r.str("name"), r.str("curriculum_id"),
                r.en(GroupType.class, "group_type"), r.i("capacity"), facilitators,
                new DeliveryPattern(r.en(DayOfWeek.class, "weekday"), r.time("start_time"),
                        r.duration("session_length_nanos"), r.i("every_weeks")),
                r.date("start_date"), r.str("area_code"), r.en(GroupStatus.class, "status"), r.l("row_version"));
    }

    @Override
    public void insert(Group group) {
        Checks.required(group, "group");
        db.own(group.agency());
        db.insert("Group", group.id(), INSERT, params(group));
    }

    @Override
    public Optional<Group> find(GroupId id) {
        Checks.required(id, "id");
        return db.one(SELECT + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public Group get(GroupId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Group", id));
    }

    @Override
    public Group update(Group g) {
        Checks.required(g, "group");
        db.own(g.agency());
        DeliveryPattern p = g.pattern();
        int n = db.update("UPDATE dv_group SET name = ?, curriculum_id = ?, group_type = ?, capacity = ?, "
                + "facilitators = ?, weekday = ?, start_time = ?, session_length_nanos = ?, every_weeks = ?, "
                + "start_date = ?, area_code = ?, status = ?, row_version = row_version + 1 "
                + "WHERE agency_id = ? AND id = ? AND row_version = ? AND allocated <= ?", g.name(), g.curriculumId(),
                g.type(), g.capacity(), Codec.list(g.facilitators()), p.weekday(), p.startTime(), p.sessionLength(),
                p.everyWeeks(), g.startDate(), g.areaCode(), g.status(), db.agencyId, g.id(), g.version(),
                g.capacity());
        if (n == 0) {
            Optional<long[]> stored = db.one("SELECT row_version, allocated FROM dv_group WHERE agency_id = ? AND id = ?",
                    r -> new long[] {r.l("row_version"), r.l("allocated")}, db.agencyId, g.id());
            if (stored.isEmpty()) {
                throw new NotFoundException("Group", g.id());
            }
            if (stored.get()[0] == g.version()) {
                throw new InvalidInputException("capacity", "at-least-allocated", "capacity cannot fall below the "
                        + stored.get()[1] + " men already allocated");
            }
            throw new OptimisticLockException("Group", g.id(), g.version());
        }
        return new Group(g.id(), g.agency(), g.name(), g.curriculumId(), g.type(), g.capacity(), g.facilitators(),
                g.pattern(), g.startDate(), g.areaCode(), g.status(), g.version() + 1);
    }

    @Override
    public List<Group> list() {
        return db.list(SELECT + " ORDER BY start_date, id", this::map, db.agencyId);
    }
}
