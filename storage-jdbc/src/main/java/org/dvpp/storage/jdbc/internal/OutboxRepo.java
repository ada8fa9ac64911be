package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;
import org.dvpp.storage.spi.Outbox;
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.OutboxMessage;

final class OutboxRepo implements Outbox {
    static final String TABLE = "outbox";
    static final String COLS = "SELECT agency_id, id, stream_id, stream_seq, event_type, occurred_at_nanos, "
            + "partner_told, payload_enc, delivered, attempts, next_attempt_nanos, last_error FROM outbox ";
    private final Db db;

    OutboxRepo(Db db) {
        this.db = db;
    }

    static OutboxEntry map(Row r, FieldCipher cipher) throws SQLException {
        UUID id = r.uuid("id");
        UUID agency = r.uuid("agency_id");
        OutboxMessage m = new OutboxMessage(new EventId(id), new AgencyId(agency), r.uuid("stream_id"),
                r.str("event_type"), r.instant("occurred_at_nanos"), r.bool("partner_told"),
                cipher.forAgency(agency).decrypt(TABLE, id, "payload_enc", r.bytes("payload_enc")));
        return new OutboxEntry(m, r.l("stream_seq"), r.bool("delivered"), r.i("attempts"),
                r.instant("next_attempt_nanos"), r.optStr("last_error"));
    }

    @Override
    public long append(OutboxMessage m) {
        Checks.required(m, "message");
        db.own(m.agency());
        long seq;
        if (db.update("UPDATE outbox_stream SET last_seq = last_seq + 1 WHERE agency_id = ? AND stream_id = ?",
                db.agencyId, m.streamId()) == 1) {
            seq = db.count("SELECT last_seq FROM outbox_stream WHERE agency_id = ? AND stream_id = ?", db.agencyId,
                    m.streamId());
        } else {
            // a new stream; two first appends racing here collide on the unique key and the loser is retried
            db.update("INSERT INTO outbox_stream (agency_id, stream_id, last_seq) VALUES (?,?,1)", db.agencyId,
                    m.streamId());
            seq = 1;
        }
        db.insert("OutboxMessage", m.id(), "INSERT INTO outbox (agency_id, id, stream_id, stream_seq, event_type, "
                + "occurred_at_nanos, partner_told, payload_enc, delivered, attempts, next_attempt_nanos) "
                + "VALUES (?,?,?,?,?,?,?,?,?,0,?)", m.agency(), m.id(), m.streamId(), seq, m.type(), m.occurredAt(),
                m.partnerSupportMustBeTold(), db.cipher.encrypt(TABLE, m.id().value(), "payload_enc", m.payload()),
                false, db.clock.instant());
        return seq;
    }

    @Override
    public Optional<OutboxEntry> find(EventId id) {
        Checks.required(id, "id");
        return db.one(COLS + "WHERE agency_id = ? AND id = ?", r -> map(r, db.cipher), db.agencyId, id);
    }

    @Override
    public List<OutboxEntry> listForStream(UUID streamId) {
        Checks.required(streamId, "streamId");
        return db.list(COLS + "WHERE agency_id = ? AND stream_id = ? ORDER BY stream_seq", r -> map(r, db.cipher),
                db.agencyId, streamId);
    }
}
