package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.jdbc.internal.Dialect;
import org.dvpp.storage.jdbc.internal.MigrationRunner;
import org.dvpp.storage.spi.Erasure;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.dvpp.storage.tck.PartnerSupportContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checklist item 31 at rest, and the V70 upgrade. A database made at V40 holds a man's person at risk written under the
 * agency keyset; it is upgraded to V70 and read back unchanged. Then he and another man get every kind of record
 * (sealed with their own keys: case history, a voided assessment and its void among them), each with his own marker,
 * and the first is erased. The scan then tries to decrypt every
 * encrypted cell of every table with every key the database and the agency keyset still give (the agency keyset, and
 * every subject key still wrapped in {@code subject_key}), under each cell's own associated data: nothing decrypts to
 * the erased man's marker, his old agency-key values were moved under his destroyed key, while the other man's marker
 * still decrypts (so the scan can see a marker when there is one). No column holds his marker or his reference in
 * clear, and on PostgreSQL neither does a {@code pg_dump} of the schema.
 */
class ErasureScanTest {
    private static final byte[] MAGIC = {'D', 'V', 'S', 1};

    static {
        try {
            AeadConfig.register();
        } catch (java.security.GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void item31_anErasedMansValuesAreUnreadableInEveryTableWithHistoryVoidedRecordsAndRowsFromBeforeV70(String kind)
            throws Exception {
        try (TestDatabases.Db db = EncryptionAtRestTest.database(kind)) {
            Dialect dialect = switch (kind) {
                case "h2" -> Dialect.H2;
                case "postgresql" -> Dialect.POSTGRESQL;
                default -> Dialect.MARIADB;
            };
            org.flywaydb.core.Flyway.configure(MigrationRunner.class.getClassLoader())
                    .configuration(MigrationRunner.configured(db.dataSource, dialect).getConfiguration())
                    .target("40").load().migrate();
            Aead agencyKey = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(db.keyset),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
            AgencyId agency = AgencyId.random();
            String erasedMarker = "GONE" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
            String keptMarker = "KEPT" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
            Fixtures gone = new Fixtures(agency, erasedMarker);
            Fixtures kept = new Fixtures(agency, keptMarker);
            Participant man = gone.participant("north");
            PersonAtRisk legacy = gone.personAtRisk(man.id());
            try (Connection c = db.raw()) {
                insertLegacy(c, agencyKey, agency, man, legacy);
            }
            try (Storage storage = db.open()) {
                // the row written before V70 reads as it was written
                assertThat(storage.readOnly(agency, (Transaction tx) -> tx.peopleAtRisk().find(legacy.id())))
                        .contains(legacy);
                storage.inTransaction(agency, (Transaction tx) -> {
                    tx.agencies().insert(gone.agency());
                    return null;
                });
                everything(storage, gone, man);
                Participant other = kept.participant("north");
                storage.inTransaction(agency, (Transaction tx) -> {
                    tx.participants().insert(other);
                    return null;
                });
                everything(storage, kept, other);
                Erasure e = storage.inTransaction(agency, (Transaction tx) -> tx.dataRights().erase(man.id(),
                        gone.supervisor(), Fixtures.AT, "REQUEST"));
                assertThat(e.valuesSealed()).as("the V40 row's five values moved under his key").isEqualTo(5);
                assertThat(e.valuesShredded()).isGreaterThanOrEqualTo(40);

                Scan scan = scan(db, agencyKey, agency, erasedMarker, keptMarker, man.id().value());
                assertThat(scan.encryptedCells).isGreaterThan(70);
                assertThat(scan.erasedHits).as("cells that still decrypt to the erased man's marker").isEmpty();
                assertThat(scan.keptHits).as("the other man's values still decrypt").isGreaterThan(15);
                assertThat(scan.sealedUnderErasedKey).as("his values, all sealed with his destroyed key")
                        .isEqualTo(e.valuesShredded());
                assertThat(scan.clearHits).as("columns holding his marker or reference in clear").isEmpty();
                assertThat(scan.undecryptableOthers).as("no other cell is unreadable").isZero();
                if (kind.equals("postgresql")) {
                    String dump = pgDump(db.name);
                    assertThat(dump).contains("subject_key").doesNotContain(erasedMarker)
                            .doesNotContain(man.reference());
                }
            }
        }
    }

    /** Every kind of record for one man, each sensitive text carrying the fixtures' marker. */
    private static void everything(Storage storage, Fixtures f, Participant man) {
        Referral r = f.referral(man.id(), ReferralSource.PROBATION, Fixtures.BASE);
        Case c = f.started(f.openCase(man.id(), r.id()), GroupId.random());
        Case closed = f.apply(f.apply(c, new CaseCommand.Complete(true, "all-sessions")),
                new CaseCommand.Close(f.reason(), f.supervisor()));
        storage.inTransaction(f.agencyId(), (Transaction tx) -> {
            if (tx.participants().find(man.id()).isEmpty()) {
                // the erased man was stored before V70 by raw SQL
                throw new IllegalStateException("the man must be stored first");
            }
            tx.referrals().insert(r);
            tx.cases().insert(closed);
            PersonAtRisk par = f.personAtRisk(man.id());
            tx.peopleAtRisk().insert(par);
            PartnerSupportContract.writeEveryKind(tx, f, par.id(), closed.id());
            tx.riskEvents().insert(f.riskEvent(closed.id()));
            tx.informationSharing().insert(f.sharing(closed.id()));
            tx.assessments().insert(f.assessment(closed.id()));
            // a soft-deleted record: a voided assessment stays in its table, its void's reason beside it
            org.dvpp.domain.casework.AssessmentRecord mistaken = f.assessment(closed.id());
            tx.assessments().insert(mistaken);
            tx.voids().voidAssessment(mistaken.id());
            tx.voids().record(new org.dvpp.domain.casework.VoidedRecord(UUID.randomUUID(), f.agencyId(), closed.id(),
                    org.dvpp.domain.casework.VoidedRecord.Kind.ASSESSMENT, mistaken.id().value(), "assessment intake",
                    Fixtures.AT, f.supervisor(), f.reason()));
            tx.caseDocuments().insert(f.caseDocument(closed.id(), "needs-assessment"));
            tx.dataRights().placeHold(new org.dvpp.domain.participant.DataHold(org.dvpp.domain.DataHoldId.random(),
                    man.id(), org.dvpp.domain.participant.HoldKind.LEGAL, Fixtures.AT, f.supervisor(), f.reason(),
                    java.util.Optional.of(Fixtures.AT), java.util.Optional.of(f.supervisor())));
            return null;
        });
    }

    private static void insertLegacy(Connection c, Aead key, AgencyId agency, Participant man, PersonAtRisk p)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO participant (agency_id, id, ref_code, "
                + "date_of_birth, area_of_residence, row_version) VALUES (?,?,?,?,?,0)")) {
            EncryptionAtRestTest.bindId(c, ps, 1, agency.value());
            EncryptionAtRestTest.bindId(c, ps, 2, man.id().value());
            ps.setString(3, man.reference());
            ps.setObject(4, man.dateOfBirth());
            ps.setString(5, man.areaOfResidence());
            ps.executeUpdate();
        }
        String id = p.id().value().toString();
        byte[] dob = ("\u0001" + p.contact().dateOfBirth().orElseThrow()).getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_at_risk (agency_id, id, participant_id, "
                + "relationship, name_enc, date_of_birth_enc, phone_enc, address_enc, safe_contact_notes_enc, "
                + "lives_with_participant, support_status, row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)")) {
            EncryptionAtRestTest.bindId(c, ps, 1, agency.value());
            EncryptionAtRestTest.bindId(c, ps, 2, p.id().value());
            EncryptionAtRestTest.bindId(c, ps, 3, man.id().value());
            ps.setString(4, p.relationship().name());
            ps.setBytes(5, key.encrypt(utf8(p.contact().name()), ad("person_at_risk", id, "name_enc")));
            ps.setBytes(6, key.encrypt(dob, ad("person_at_risk", id, "date_of_birth_enc")));
            ps.setBytes(7, key.encrypt(utf8(p.contact().phone()), ad("person_at_risk", id, "phone_enc")));
            ps.setBytes(8, key.encrypt(utf8(p.contact().address()), ad("person_at_risk", id, "address_enc")));
            ps.setBytes(9, key.encrypt(utf8(p.contact().safeContactNotes()), ad("person_at_risk", id,
                    "safe_contact_notes_enc")));
            ps.setBoolean(10, p.livesWithParticipant());
            ps.setString(11, p.supportStatus().name());
            ps.executeUpdate();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ad(String table, String id, String column) {
        return utf8(table + "|" + id + "|" + column);
    }

    /** What the scan found. */
    private static final class Scan {
        int encryptedCells;
        int keptHits;
        long sealedUnderErasedKey;
        int undecryptableOthers;
        final List<String> erasedHits = new ArrayList<>();
        final List<String> clearHits = new ArrayList<>();
    }

    private static Scan scan(TestDatabases.Db db, Aead agencyKey, AgencyId agency, String erasedMarker,
            String keptMarker, UUID erased) throws Exception {
        Scan scan = new Scan();
        try (Connection c = db.raw()) {
            Map<UUID, Aead> subjectKeys = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT agency_id, subject_id, "
                    + "key_enc FROM subject_key WHERE key_enc IS NOT NULL")) {
                while (rs.next()) {
                    UUID subject = UUID.fromString(rs.getString(2));
                    subjectKeys.put(subject, TinkProtoKeysetFormat.parseEncryptedKeyset(rs.getBytes(3), agencyKey,
                            utf8("subject_key|" + rs.getString(1) + "|" + subject)).getPrimitive(
                                    RegistryConfiguration.get(), Aead.class));
                }
            }
            assertThat(subjectKeys).as("the erased man's key is gone").doesNotContainKey(erased).isNotEmpty();
            String quote = c.getMetaData().getIdentifierQuoteString();
            for (String table : tables(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote + table + quote)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> text = new HashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i).toLowerCase(Locale.ROOT);
                            if (!col.endsWith("_enc")) {
                                String v = rs.getString(i);
                                text.put(col, v);
                                if (v != null && (v.contains(erasedMarker) || v.contains("P-" + erased.toString()
                                        .substring(24)))) {
                                    scan.clearHits.add(table + "." + col);
                                }
                            }
                        }
                        String id = text.containsKey("id") ? text.get("id")
                                : text.containsKey("seq") ? text.get("case_id") + "#" + text.get("seq")
                                : text.get("subject_id");
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i).toLowerCase(Locale.ROOT);
                            byte[] ct = col.endsWith("_enc") ? rs.getBytes(i) : null;
                            if (ct == null || table.equalsIgnoreCase("subject_key")) {
                                continue;
                            }
                            scan.encryptedCells++;
                            // bound to the agency since agency-scoped ciphertexts (item 22); a row from before
                            // that is bound to table, record and column only
                            String t = table.toLowerCase(Locale.ROOT);
                            String plain = decrypt(ct, agencyKey, subjectKeys, List.of(utf8(agency.value() + "|" + t
                                    + "|" + id + "|" + col), ad(t, id, col)), erased, scan);
                            if (plain == null) {
                                continue;
                            }
                            if (plain.contains(erasedMarker)) {
                                scan.erasedHits.add(table + "." + col);
                            }
                            if (plain.contains(keptMarker)) {
                                scan.keptHits++;
                            }
                        }
                    }
                }
            }
        }
        return scan;
    }

    /** @return the plaintext, or null when no key the scan holds opens it (counted in the scan) */
    private static String decrypt(byte[] ct, Aead agencyKey, Map<UUID, Aead> subjectKeys, List<byte[]> ads,
            UUID erased, Scan scan) {
        for (int i = 0; i < ads.size() - 1; i++) {
            try {
                String plain = open(ct, agencyKey, subjectKeys, ads.get(i));
                if (plain != null) {
                    return plain;
                }
            } catch (java.security.GeneralSecurityException tryNext) {
                // not bound to this associated data
            }
        }
        return decrypt(ct, agencyKey, subjectKeys, ads.get(ads.size() - 1), erased, scan);
    }

    /** @return the plaintext under this associated data, or null when no key the scan holds is the cell's */
    private static String open(byte[] ct, Aead agencyKey, Map<UUID, Aead> subjectKeys, byte[] ad)
            throws java.security.GeneralSecurityException {
        if (ct.length > 20 && ct[0] == MAGIC[0] && ct[1] == MAGIC[1] && ct[2] == MAGIC[2] && ct[3] == MAGIC[3]) {
            ByteBuffer b = ByteBuffer.wrap(ct, 4, 16);
            Aead key = subjectKeys.get(new UUID(b.getLong(), b.getLong()));
            return key == null ? null : new String(key.decrypt(java.util.Arrays.copyOfRange(ct, 20, ct.length), ad),
                    StandardCharsets.UTF_8);
        }
        return new String(agencyKey.decrypt(ct, ad), StandardCharsets.UTF_8);
    }

    private static String decrypt(byte[] ct, Aead agencyKey, Map<UUID, Aead> subjectKeys, byte[] ad, UUID erased,
            Scan scan) {
        boolean sealed = ct.length > 20 && ct[0] == MAGIC[0] && ct[1] == MAGIC[1] && ct[2] == MAGIC[2]
                && ct[3] == MAGIC[3];
        try {
            if (sealed) {
                ByteBuffer b = ByteBuffer.wrap(ct, 4, 16);
                UUID subject = new UUID(b.getLong(), b.getLong());
                Aead key = subjectKeys.get(subject);
                if (key == null) {
                    if (subject.equals(erased)) {
                        scan.sealedUnderErasedKey++;
                    } else {
                        scan.undecryptableOthers++;
                    }
                    return null;
                }
                return new String(key.decrypt(java.util.Arrays.copyOfRange(ct, 20, ct.length), ad),
                        StandardCharsets.UTF_8);
            }
            return new String(agencyKey.decrypt(ct, ad), StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException e) {
            scan.undecryptableOthers++;
            return null;
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        String schema = c.getSchema();
        String catalog = c.getCatalog();
        boolean maria = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria");
        try (ResultSet rs = c.getMetaData().getTables(maria ? catalog : null, maria ? null : schema, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(out.stream().map(t -> t.toLowerCase(Locale.ROOT))).contains("subject_key", "subject_hold",
                "person_at_risk", "ps_contact", "case_document", "case_transition");
        return out;
    }

    private static String pgDump(String schema) throws Exception {
        Process p = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-n", schema, "test")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
