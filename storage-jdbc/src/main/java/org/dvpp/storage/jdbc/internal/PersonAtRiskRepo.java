package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.Checks;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.PersonAtRiskRepository;

final class PersonAtRiskRepo implements PersonAtRiskRepository {
    static final String TABLE = "person_at_risk";
    static final String INSERT = "INSERT INTO person_at_risk (agency_id, id, participant_id, relationship, name_enc, "
            + "date_of_birth_enc, phone_enc, address_enc, safe_contact_notes_enc, lives_with_participant, "
            + "support_status, row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String SELECT = "SELECT id, participant_id, relationship, name_enc, date_of_birth_enc, "
            + "phone_enc, address_enc, safe_contact_notes_enc, lives_with_participant, support_status, row_version "
            + "FROM person_at_risk WHERE agency_id = ?";
    private final Db db;

    PersonAtRiskRepo(Db db) {
        this.db = db;
    }

    static Object[] params(Db db, PersonAtRisk p) {
        UUID id = p.id().value();
        ContactDetails c = p.contact();
        FieldCipher f = db.cipher.forSubject(p.participant().value());
        return new Object[] {p.agency(), p.id(), p.participant(), p.relationship(),
            f.encrypt(TABLE, id, "name_enc", c.name()),
            f.encryptOptional(TABLE, id, "date_of_birth_enc", c.dateOfBirth().map(LocalDate::toString)),
            f.encrypt(TABLE, id, "phone_enc", c.phone()), f.encrypt(TABLE, id, "address_enc", c.address()),
            f.encrypt(TABLE, id, "safe_contact_notes_enc", c.safeContactNotes()), p.livesWithParticipant(),
            p.supportStatus(), p.version()};
    }

    private PersonAtRisk map(Row r) throws SQLException {
        UUID id = r.uuid("id");
        FieldCipher f = db.cipher;
        ContactDetails c = new ContactDetails(f.decrypt(TABLE, id, "name_enc", r.bytes("name_enc")),
                f.decryptOptional(TABLE, id, "date_of_birth_enc", r.bytes("date_of_birth_enc")).map(LocalDate::parse),
                f.decrypt(TABLE, id, "phone_enc", r.bytes("phone_enc")),
                f.decrypt(TABLE, id, "address_enc", r.bytes("address_enc")),
                f.decrypt(TABLE, id, "safe_contact_notes_enc", r.bytes("safe_contact_notes_enc")));
        return new PersonAtRisk(new PersonAtRiskId(id), db.agency, new ParticipantId(r.uuid("participant_id")),
                r.en(Relationship.class, "relationship"), c, r.bool("lives_with_participant"),
                r.en(PartnerSupportStatus.class, "support_status"), r.l("row_version"));
    }

    @Override
    public void insert(PersonAtRisk person) {
        Checks.required(person, "person");
        db.own(person.agency());
        db.insert("PersonAtRisk", person.id(), INSERT, params(db, person));
    }

    @Override
    public Optional<PersonAtRisk> find(PersonAtRiskId id) {
        Checks.required(id, "id");
        return db.one(SELECT + Db.notErased("person_at_risk.agency_id", "person_at_risk.participant_id") + " AND id = ?", this::map, db.agencyId, id);
    }

    @Override
    public PersonAtRisk update(PersonAtRisk p) {
        Checks.required(p, "person");
        db.own(p.agency());
        Object[] v = params(db, p);
        int n = db.update("UPDATE person_at_risk SET participant_id = ?, relationship = ?, name_enc = ?, "
                + "date_of_birth_enc = ?, phone_enc = ?, address_enc = ?, safe_contact_notes_enc = ?, "
                + "lives_with_participant = ?, support_status = ?, row_version = row_version + 1 "
                + "WHERE agency_id = ? AND id = ? AND row_version = ?", v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                v[9], v[10], db.agencyId, p.id(), p.version());
        if (n == 0) {
            if (find(p.id()).isEmpty()) {
                throw new NotFoundException("PersonAtRisk", p.id());
            }
            throw new OptimisticLockException("PersonAtRisk", p.id(), p.version());
        }
        return new PersonAtRisk(p.id(), p.agency(), p.participant(), p.relationship(), p.contact(),
                p.livesWithParticipant(), p.supportStatus(), p.version() + 1);
    }

    @Override
    public List<PersonAtRisk> listForParticipant(ParticipantId participant) {
        Checks.required(participant, "participant");
        return db.list(SELECT + Db.notErased("person_at_risk.agency_id", "person_at_risk.participant_id")
                + " AND participant_id = ? ORDER BY id", this::map, db.agencyId, participant);
    }
}
