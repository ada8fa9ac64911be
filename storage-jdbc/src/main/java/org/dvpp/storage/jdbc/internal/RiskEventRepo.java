package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.storage.spi.RiskEventRepository;

final class RiskEventRepo implements RiskEventRepository {
    static final String TABLE = "risk_event";
    private static final String SELECT = "SELECT id, case_id, kind, occurred_at_nanos, level_before, level_after, "
            + "marac_criteria, summary_enc, recorded_by FROM risk_event WHERE agency_id = ?";
    private final Db db;

    RiskEventRepo(Db db) {
        this.db = db;
    }

    private RiskEvent map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        Set<MaracCriterion> marac = EnumSet.noneOf(MaracCriterion.class);
        for (String s : Codec.list(r.str("marac_criteria"))) {
            marac.add(MaracCriterion.valueOf(s));
        }
        return new RiskEvent(new RiskEventId(id), db.agency, new CaseId(r.uuid("case_id")),
                r.en(RiskEventKind.class, "kind"), r.instant("occurred_at_nanos"),
                r.en(RiskLevel.class, "level_before"), r.en(RiskLevel.class, "level_after"), marac,
                db.cipher.decrypt(TABLE, id, "summary_enc", r.bytes("summary_enc")),
                new UserId(r.uuid("recorded_by")));
    }

    @Override
    public void insert(RiskEvent e) {
        Checks.required(e, "event");
        db.own(e.agency());
        db.insert("RiskEvent", e.id(), INSERT, params(db, e));
    }

    static final String INSERT = "INSERT INTO risk_event (agency_id, id, case_id, kind, occurred_at_nanos, "
            + "level_before, level_after, marac_criteria, summary_enc, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?)";

    static Object[] params(Db db, RiskEvent e) {
        return new Object[] {e.agency(), e.id(), e.caseId(), e.kind(), e.occurredAt(), e.levelBefore(),
            e.levelAfter(), Codec.list(e.maracCriteria().stream().map(Enum::name).sorted().toList()),
            db.cipher.forCase(e.caseId().value()).encrypt(TABLE, e.id().value(), "summary_enc",
                e.summary()), e.recordedBy()};
    }

    @Override
    public Optional<RiskEvent> find(RiskEventId id) {
        Checks.required(id, "id");
        return db.one(SELECT + db.visibleCase("risk_event.agency_id", "risk_event.case_id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<RiskEvent> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + db.visibleCase("risk_event.agency_id", "risk_event.case_id") + " AND case_id = ? ORDER BY occurred_at_nanos, id", this::map, db.agencyId, caseId);
    }
}
