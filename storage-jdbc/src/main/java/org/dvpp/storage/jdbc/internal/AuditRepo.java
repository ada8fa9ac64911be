package org.dvpp.storage.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.AuditLog;
import org.dvpp.storage.spi.AuditRecord;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.AuditChainBrokenException;
import org.dvpp.storage.spi.SignedAuditHead;
import org.dvpp.domain.InvalidInputException;

/**
 * The hash-chained audit log. Appends lock the agency's chain-head row ({@code SELECT ... FOR UPDATE}), so appends of
 * one agency are serialised and the chain cannot fork.
 */
final class AuditRepo implements AuditLog {
    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1_000;
    private final Db db;

    AuditRepo(Db db) {
        this.db = db;
    }

    String hash(long seq, AuditEntry e, String previous) {
        String canonical = Codec.list(List.of(String.valueOf(seq), db.agencyId.toString(), e.actor().toString(),
                e.action().name(), e.entityType(), e.entityId().toString(), e.purpose(),
                String.valueOf(Codec.nanos(e.at())), previous));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private AuditRecord map(Row r) throws SQLException {
        AuditEntry e = new AuditEntry(new UserId(r.uuid("actor")), r.en(AuditAction.class, "audit_action"),
                r.str("entity_type"), r.uuid("entity_id"), r.str("purpose"), r.instant("at_nanos"));
        return new AuditRecord(r.l("seq"), e, r.str("prev_hash"), r.str("entry_hash"));
    }

    @Override
    public AuditRecord append(AuditEntry e) {
        Checks.required(e, "entry");
        Optional<Object[]> head = db.one("SELECT last_seq, last_hash FROM audit_head WHERE agency_id = ?"
                + db.dialect.forUpdate(), r -> new Object[] {r.l("last_seq"), r.str("last_hash")}, db.agencyId);
        if (head.isEmpty()) {
            throw new NotFoundException("Agency", db.agency + " (store the agency before writing its audit log)");
        }
        long seq = (Long) head.get()[0] + 1;
        String previous = (String) head.get()[1];
        String hash = hash(seq, e, previous);
        db.update("INSERT INTO audit_log (agency_id, seq, actor, audit_action, entity_type, entity_id, purpose, "
                + "at_nanos, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?)", db.agencyId, seq, e.actor(),
                e.action(), e.entityType(), e.entityId(), e.purpose(), e.at(), previous, hash);
        db.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE agency_id = ?", seq, hash, db.agencyId);
        return new AuditRecord(seq, e, previous, hash);
    }

    @Override
    public List<AuditRecord> list(long fromSequence, int limit) {
        Checks.range(limit, "limit", 1, 10_000);
        return db.list("SELECT seq, actor, audit_action, entity_type, entity_id, purpose, at_nanos, prev_hash, "
                + "entry_hash FROM audit_log WHERE agency_id = ? AND seq >= ? ORDER BY seq LIMIT ?", this::map,
                db.agencyId, fromSequence, limit);
    }

    @Override
    public AuditVerification verify() {
        long expected = 1;
        String previous = GENESIS;
        long checked = 0;
        while (true) {
            List<AuditRecord> page = list(expected, PAGE);
            for (AuditRecord r : page) {
                checked++;
                if (r.sequence() != expected || !r.previousHash().equals(previous)
                        || !r.hash().equals(hash(r.sequence(), r.entry(), previous))) {
                    return new AuditVerification(checked, Optional.of(expected), previous);
                }
                previous = r.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Optional<Object[]> head = db.one("SELECT last_seq, last_hash FROM audit_head WHERE agency_id = ?",
                r -> new Object[] {r.l("last_seq"), r.str("last_hash")}, db.agencyId);
        if (head.isPresent() && ((Long) head.get()[0] != expected - 1 || !head.get()[1].equals(previous))) {
            return new AuditVerification(checked, Optional.of(Math.min(expected, (Long) head.get()[0])), previous);
        }
        return new AuditVerification(checked, Optional.empty(), previous);
    }

    @Override
    public SignedAuditHead signedHead() {
        if (!db.cipher.canSign()) {
            db.cipher.sign(new byte[0]); // throws the configuration error naming what is missing
        }
        AuditVerification v = verify();
        if (!v.intact()) {
            throw new AuditChainBrokenException(v.firstBrokenSequence().orElseThrow());
        }
        java.time.Instant at = db.clock.instant();
        byte[] signed = SignedAuditHead.signedBytes(db.agency, v.recordsChecked(), v.headHash(), at);
        return new SignedAuditHead(db.agency, v.recordsChecked(), v.headHash(), at,
                java.util.Base64.getEncoder().encodeToString(db.cipher.sign(signed)));
    }

    @Override
    public AuditVerification verify(SignedAuditHead lastExported) {
        Checks.required(lastExported, "head");
        if (!lastExported.agency().equals(db.agency)) {
            throw new InvalidInputException("head", "same-agency", "the signed head is another agency's");
        }
        if (!db.cipher.verifies(java.util.Base64.getDecoder().decode(lastExported.signature()),
                lastExported.signedBytes())) {
            throw new InvalidInputException("head", "signature", "the signed head's signature does not verify with "
                    + "the audit signing key: it was changed, or signed with another key");
        }
        AuditVerification v = verify();
        if (!v.intact()) {
            return v;
        }
        long head = lastExported.sequence();
        if (v.recordsChecked() < head) {
            // the tail was cut off (and the head row rewound with it): the first missing entry is the first broken
            return new AuditVerification(v.recordsChecked(), Optional.of(v.recordsChecked() + 1), v.headHash());
        }
        String hashThere = head == 0 ? GENESIS : list(head, 1).get(0).hash();
        if (!hashThere.equals(lastExported.hash())) {
            return new AuditVerification(v.recordsChecked(), Optional.of(Math.max(1, head)), v.headHash());
        }
        return v;
    }
}
