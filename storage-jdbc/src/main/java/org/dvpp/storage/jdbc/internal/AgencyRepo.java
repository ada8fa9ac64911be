package org.dvpp.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.storage.spi.AgencyRepository;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.Versioned;

final class AgencyRepo implements AgencyRepository {
    private final Db db;

    AgencyRepo(Db db) {
        this.db = db;
    }

    private static String areas(ServiceArea sa) {
        List<String> flat = new ArrayList<>();
        for (Area a : sa.areas()) {
            flat.add(a.code());
            flat.add(a.name());
        }
        return Codec.list(flat);
    }

    private static ServiceArea areas(String text) {
        List<String> flat = Codec.list(text);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            areas.add(new Area(flat.get(i), flat.get(i + 1)));
        }
        return new ServiceArea(areas);
    }

    @Override
    public void insert(Agency agency) {
        db.own(agency.id());
        db.insert("Agency", agency.id(), "INSERT INTO agency (agency_id, name, areas, row_version) VALUES (?,?,?,0)",
                agency.id(), agency.name(), areas(agency.serviceArea()));
        db.update("INSERT INTO audit_head (agency_id, last_seq, last_hash) VALUES (?,0,?)", agency.id(),
                AuditRepo.GENESIS);
    }

    @Override
    public Optional<Agency> find() {
        return findVersioned().map(Versioned::value);
    }

    @Override
    public Optional<Versioned<Agency>> findVersioned() {
        return db.one("SELECT name, areas, row_version FROM agency WHERE agency_id = ?",
                r -> new Versioned<>(new Agency(db.agency, r.str("name"), areas(r.str("areas"))), r.l("row_version")),
                db.agencyId);
    }

    @Override
    public long update(Agency agency, long expectedVersion) {
        db.own(agency.id());
        int n = db.update("UPDATE agency SET name = ?, areas = ?, row_version = row_version + 1 "
                + "WHERE agency_id = ? AND row_version = ?", agency.name(), areas(agency.serviceArea()), db.agencyId,
                expectedVersion);
        if (n == 0) {
            if (find().isEmpty()) {
                throw new NotFoundException("Agency", agency.id());
            }
            throw new OptimisticLockException("Agency", agency.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }
}
