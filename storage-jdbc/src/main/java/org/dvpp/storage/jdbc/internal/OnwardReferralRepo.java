package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.OnwardReferralStatus;
import org.dvpp.domain.casework.OnwardService;
import org.dvpp.storage.spi.OnwardReferralRepository;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.Versioned;

final class OnwardReferralRepo implements OnwardReferralRepository {
    private static final String SELECT = "SELECT id, case_id, made_on, service, organisation, status, made_by, "
            + "need_code, row_version FROM onward_referral WHERE agency_id = ?";
    private final Db db;

    OnwardReferralRepo(Db db) {
        this.db = db;
    }

    private Versioned<OnwardReferral> map(Row r) throws SQLException {
        return new Versioned<>(new OnwardReferral(new OnwardReferralId(r.uuid("id")), db.agency,
                new CaseId(r.uuid("case_id")), r.date("made_on"), r.en(OnwardService.class, "service"),
                r.str("organisation"), r.en(OnwardReferralStatus.class, "status"), new UserId(r.uuid("made_by")), r.optStr("need_code")),
                r.l("row_version"));
    }

    @Override
    public void insert(OnwardReferral o) {
        Checks.required(o, "referral");
        db.own(o.agency());
        db.insert("OnwardReferral", o.id(), INSERT, params(o));
    }

    static final String INSERT = "INSERT INTO onward_referral (agency_id, id, case_id, made_on, service, "
            + "organisation, status, made_by, need_code, row_version) VALUES (?,?,?,?,?,?,?,?,?,0)";

    static Object[] params(OnwardReferral o) {
        return new Object[] {o.agency(), o.id(), o.caseId(), o.madeOn(), o.service(), o.organisation(), o.status(),
            o.madeBy(), Db.opt(o.need(), java.sql.Types.VARCHAR)};
    }

    @Override
    public Optional<OnwardReferral> find(OnwardReferralId id) {
        return findVersioned(id).map(Versioned::value);
    }

    @Override
    public Optional<Versioned<OnwardReferral>> findVersioned(OnwardReferralId id) {
        Checks.required(id, "id");
        return db.one(SELECT + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public long update(OnwardReferral o, long expectedVersion) {
        Checks.required(o, "referral");
        db.own(o.agency());
        int n = db.update("UPDATE onward_referral SET case_id = ?, made_on = ?, service = ?, organisation = ?, "
                + "status = ?, made_by = ?, need_code = ?, row_version = row_version + 1 WHERE agency_id = ? "
                + "AND id = ? AND row_version = ?", o.caseId(), o.madeOn(), o.service(), o.organisation(), o.status(),
                o.madeBy(), Db.opt(o.need(), java.sql.Types.VARCHAR), db.agencyId, o.id(), expectedVersion);
        if (n == 0) {
            if (find(o.id()).isEmpty()) {
                throw new NotFoundException("OnwardReferral", o.id());
            }
            throw new OptimisticLockException("OnwardReferral", o.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    @Override
    public List<OnwardReferral> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + " AND case_id = ? ORDER BY made_on, id", this::map, db.agencyId, caseId).stream()
                .map(Versioned::value).toList();
    }
}
