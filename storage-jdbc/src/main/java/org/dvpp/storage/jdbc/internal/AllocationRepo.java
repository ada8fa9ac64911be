package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.WaitingListEntry;
import org.dvpp.storage.spi.AllocationRepository;

/**
 * Capacity-safe allocation without advisory locks: a conditional UPDATE on the group's counter
 * ({@code allocated = allocated + 1 WHERE allocated < capacity}) takes the row lock and re-checks the condition on
 * the latest committed value on every supported engine, so concurrent allocations queue on that row and the last ones
 * find the group full. A CHECK constraint backs it up.
 */
final class AllocationRepo implements AllocationRepository {
    private static final String SELECT = "SELECT group_id, case_id, allocated_on, entry_session, status "
            + "FROM allocation WHERE agency_id = ?";
    private final Db db;

    AllocationRepo(Db db) {
        this.db = db;
    }

    private Allocation map(Row r) throws SQLException {
        return new Allocation(db.agency, new GroupId(r.uuid("group_id")), new CaseId(r.uuid("case_id")),
                r.date("allocated_on"), r.i("entry_session"), r.en(AllocationStatus.class, "status"));
    }

    @Override
    public Outcome allocate(Allocation a) {
        Checks.required(a, "allocation");
        db.own(a.agency());
        if (a.status() != AllocationStatus.ACTIVE) {
            throw new InvalidInputException("status", "active", "only an ACTIVE allocation can be made");
        }
        Optional<Allocation> existing = find(a.group(), a.caseId());
        if (existing.isPresent() && existing.get().status() == AllocationStatus.ACTIVE) {
            return Outcome.ALREADY_ALLOCATED;
        }
        int n = db.update("UPDATE dv_group SET allocated = allocated + 1 "
                + "WHERE agency_id = ? AND id = ? AND allocated < capacity", db.agencyId, a.group());
        if (n == 0) {
            if (db.count("SELECT COUNT(*) FROM dv_group WHERE agency_id = ? AND id = ?", db.agencyId,
                    a.group()) == 0) {
                throw new NotFoundException("Group", a.group());
            }
            return Outcome.GROUP_FULL;
        }
        if (existing.isPresent()) {
            db.update("UPDATE allocation SET allocated_on = ?, entry_session = ?, status = ? "
                    + "WHERE agency_id = ? AND group_id = ? AND case_id = ?", a.allocatedOn(), a.entrySession(),
                    a.status(), db.agencyId, a.group(), a.caseId());
        } else {
            db.insert("Allocation", a.group() + "/" + a.caseId(), "INSERT INTO allocation (agency_id, group_id, "
                    + "case_id, allocated_on, entry_session, status) VALUES (?,?,?,?,?,?)", a.agency(), a.group(),
                    a.caseId(), a.allocatedOn(), a.entrySession(), a.status());
        }
        return Outcome.ALLOCATED;
    }

    @Override
    public boolean end(GroupId group, CaseId caseId) {
        Checks.required(group, "group");
        Checks.required(caseId, "caseId");
        int n = db.update("UPDATE allocation SET status = ? WHERE agency_id = ? AND group_id = ? AND case_id = ? "
                + "AND status = ?", AllocationStatus.ENDED, db.agencyId, group, caseId, AllocationStatus.ACTIVE);
        if (n == 0) {
            return false;
        }
        db.update("UPDATE dv_group SET allocated = allocated - 1 WHERE agency_id = ? AND id = ?", db.agencyId, group);
        return true;
    }

    @Override
    public Optional<Allocation> find(GroupId group, CaseId caseId) {
        Checks.required(group, "group");
        Checks.required(caseId, "caseId");
        return db.one(SELECT + " AND group_id = ? AND case_id = ?", this::map, db.agencyId, group, caseId);
    }

    @Override
    public List<Allocation> activeInGroup(GroupId group) {
        Checks.required(group, "group");
        return db.list(SELECT + " AND group_id = ? AND status = ? ORDER BY case_id", this::map, db.agencyId, group,
                AllocationStatus.ACTIVE);
    }

    @Override
    public List<Allocation> allInGroup(GroupId group) {
        Checks.required(group, "group");
        return db.list(SELECT + " AND group_id = ? ORDER BY allocated_on, case_id", this::map, db.agencyId, group);
    }

    @Override
    public List<Allocation> forCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + " AND case_id = ? ORDER BY allocated_on, group_id", this::map, db.agencyId, caseId);
    }

    @Override
    public void addToWaitingList(WaitingListEntry e) {
        Checks.required(e, "entry");
        db.own(e.agency());
        db.insert("WaitingListEntry", e.group() + "/" + e.caseId(), "INSERT INTO waiting_list (agency_id, group_id, "
                + "case_id, since_nanos) VALUES (?,?,?,?)", e.agency(), e.group(), e.caseId(), e.since());
    }

    @Override
    public boolean removeFromWaitingList(GroupId group, CaseId caseId) {
        Checks.required(group, "group");
        Checks.required(caseId, "caseId");
        return db.update("DELETE FROM waiting_list WHERE agency_id = ? AND group_id = ? AND case_id = ?", db.agencyId,
                group, caseId) > 0;
    }

    @Override
    public List<WaitingListEntry> waitingList(GroupId group) {
        Checks.required(group, "group");
        return db.list("SELECT group_id, case_id, since_nanos FROM waiting_list WHERE agency_id = ? AND group_id = ? "
                + "ORDER BY since_nanos, case_id", r -> new WaitingListEntry(db.agency, new GroupId(r.uuid("group_id")),
                        new CaseId(r.uuid("case_id")), r.instant("since_nanos")), db.agencyId, group);
    }

    @Override
    public List<WaitingListEntry> waitingListsOf(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list("SELECT group_id, case_id, since_nanos FROM waiting_list WHERE agency_id = ? AND case_id = ? "
                + "ORDER BY since_nanos, group_id", r -> new WaitingListEntry(db.agency, new GroupId(r.uuid("group_id")),
                        new CaseId(r.uuid("case_id")), r.instant("since_nanos")), db.agencyId, caseId);
    }
}
