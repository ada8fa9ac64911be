package org.dvpp.storage.jdbc.internal;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.storage.spi.ReferralRepository;

final class ReferralRepo implements ReferralRepository {
    static final String TABLE = "referral";
    static final String INSERT = "INSERT INTO referral (agency_id, id, participant_id, ref_source, received_on, "
            + "area_of_residence, referrer_org, referrer_role, referrer_contact, reason_enc) VALUES (?,?,?,?,?,?,?,?,?,?)";
    /** Links a referral to the case and episode it opened (written whenever a case is saved). */
    static final String LINK = "UPDATE referral SET case_id = ?, episode = ? WHERE agency_id = ? AND id = ? "
            + "AND (episode IS NULL OR episode <> ?)";
    private static final String COLS = "SELECT id, participant_id, ref_source, received_on, area_of_residence, referrer_org, "
            + "referrer_role, referrer_contact, reason_enc FROM referral WHERE agency_id = ?";
    private final Db db;

    ReferralRepo(Db db) {
        this.db = db;
    }

    static Object[] params(Db db, Referral r) {
        return new Object[] {r.agency(), r.id(), r.participant(), r.source(), r.receivedOn(), r.areaOfResidence(),
            r.referrer().organisation(), r.referrer().role(), r.referrer().contactReference(),
            db.cipher.forSubject(r.participant().value()).encrypt(TABLE, r.id().value(), "reason_enc", r.reason())};
    }

    private Referral map(Row r) throws java.sql.SQLException {
        ReferralId id = new ReferralId(r.uuid("id"));
        return new Referral(id, db.agency, new ParticipantId(r.uuid("participant_id")),
                r.en(ReferralSource.class, "ref_source"), r.date("received_on"), r.str("area_of_residence"),
                new Referrer(r.str("referrer_org"), r.str("referrer_role"), r.str("referrer_contact")),
                db.cipher.decrypt(TABLE, id.value(), "reason_enc", r.bytes("reason_enc")));
    }

    @Override
    public void insert(Referral referral) {
        Checks.required(referral, "referral");
        db.own(referral.agency());
        db.insert("Referral", referral.id(), INSERT, params(db, referral));
    }

    @Override
    public Optional<Referral> find(ReferralId id) {
        Checks.required(id, "id");
        return db.one(COLS + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public List<Referral> listForParticipant(ParticipantId participant) {
        Checks.required(participant, "participant");
        return db.list(COLS + " AND participant_id = ? ORDER BY received_on, id", this::map, db.agencyId,
                participant);
    }
}
