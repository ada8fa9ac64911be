package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.InformationSharingRepository;

final class SharingRepo implements InformationSharingRepository {
    static final String TABLE = "sharing_entry";
    private static final String SELECT = "SELECT id, case_id, shared_on, recipient, recipient_name, what_enc, why_enc, "
            + "lawful_basis, shared_by, agreement_id FROM sharing_entry WHERE agency_id = ?";
    private final Db db;

    SharingRepo(Db db) {
        this.db = db;
    }

    private InformationSharingEntry map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new InformationSharingEntry(new SharingEntryId(id), db.agency, new CaseId(r.uuid("case_id")),
                r.date("shared_on"), r.en(SharingRecipient.class, "recipient"), r.str("recipient_name"),
                db.cipher.decrypt(TABLE, id, "what_enc", r.bytes("what_enc")),
                db.cipher.decrypt(TABLE, id, "why_enc", r.bytes("why_enc")), r.en(LawfulBasis.class, "lawful_basis"),
                new UserId(r.uuid("shared_by")), r.optUuid("agreement_id").map(org.dvpp.domain.AgreementId::new));
    }

    @Override
    public void insert(InformationSharingEntry e) {
        Checks.required(e, "entry");
        db.own(e.agency());
        db.insert("InformationSharingEntry", e.id(), INSERT, params(db, e));
    }

    static final String INSERT = "INSERT INTO sharing_entry (agency_id, id, case_id, shared_on, recipient, "
            + "recipient_name, what_enc, why_enc, lawful_basis, shared_by, agreement_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    static Object[] params(Db db, InformationSharingEntry e) {
        UUID id = e.id().value();
        return new Object[] {e.agency(), e.id(), e.caseId(), e.sharedOn(), e.recipient(), e.recipientName(),
            db.cipher.forCase(e.caseId().value()).encrypt(TABLE, id, "what_enc", e.what()),
            db.cipher.forCase(e.caseId().value()).encrypt(TABLE, id, "why_enc", e.why()),
            e.lawfulBasis(), e.sharedBy(), Db.optUuid(e.agreement())};
    }

    @Override
    public Optional<InformationSharingEntry> find(SharingEntryId id) {
        Checks.required(id, "id");
        return db.one(SELECT + db.visibleCase("sharing_entry.agency_id", "sharing_entry.case_id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<InformationSharingEntry> listForCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SELECT + db.visibleCase("sharing_entry.agency_id", "sharing_entry.case_id") + " AND case_id = ? ORDER BY shared_on, id", this::map, db.agencyId, caseId);
    }
}
