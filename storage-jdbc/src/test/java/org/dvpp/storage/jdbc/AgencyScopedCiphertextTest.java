package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.jdbc.internal.MigrationRunner;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 22. No field is encrypted deterministically and no encrypted column is searchable (indexed, unique, or flagged
 * so); every ciphertext is bound to its agency, so the same value in two agencies never gives the same ciphertext and
 * a row moved to another agency does not decrypt there.
 */
class AgencyScopedCiphertextTest {

    @Test
    void item22_noFieldIsEncryptedDeterministicallyAndNoEncryptedColumnIsSearchable() throws Exception {
        // no deterministic AEAD (or AES-SIV) anywhere in the storage implementation
        List<String> deterministic = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p);
                if (src.contains("DeterministicAead") || src.contains("tink.daead") || src.contains("AesSiv")) {
                    deterministic.add(p.toString());
                }
            }
        }
        assertThat(deterministic).as("sources using deterministic encryption").isEmpty();
        // a sensitive field can be declared with its data class only: there is no way to ask for a searchable one
        assertThat(Stream.of(Sensitive.class.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
                .containsExactly("value");
        // no index, key or unique constraint in any migration names an encrypted column
        Pattern searchable = Pattern.compile("(?i)(CREATE\\s+(UNIQUE\\s+)?INDEX|UNIQUE|PRIMARY\\s+KEY|REFERENCES)"
                + "[^;]*?\\(([^)]*)\\)");
        int scripts = 0;
        for (String script : MigrationRunner.scripts()) {
            String sql = new String(MigrationRunner.class.getResourceAsStream("migration/" + script).readAllBytes(),
                    StandardCharsets.UTF_8);
            scripts++;
            Matcher m = searchable.matcher(sql);
            while (m.find()) {
                assertThat(m.group(3).toLowerCase(Locale.ROOT)).as("%s: %s", script, m.group())
                        .doesNotContain("_enc");
            }
        }
        assertThat(scripts).isEqualTo(MigrationRunner.scripts().size()).isGreaterThan(4);
    }

    private static byte[] nameEnc(Connection c, AgencyId agency, PersonAtRisk p) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name_enc FROM person_at_risk WHERE agency_id = ? AND id = ?")) {
            AuditProofTest.bind(c, ps, 1, agency.value());
            AuditProofTest.bind(c, ps, 2, p.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void item22_theSameValueInTwoAgenciesGivesDifferentCiphertextsAndARowMovedBetweenThemFailsToDecrypt(String kind)
            throws Exception {
        try (TestDatabases.Db db = AuditProofTest.database(kind); Storage storage = db.open()) {
            Fixtures a = new Fixtures(AgencyId.random(), "SAME-VALUE");
            Fixtures b = new Fixtures(AgencyId.random(), "SAME-VALUE");
            Participant pa = a.participant("north");
            PersonAtRisk inA = a.personAtRisk(pa.id());
            PersonAtRisk alsoInA = a.personAtRisk(pa.id());
            PersonAtRisk inB = b.personAtRisk(b.participant("north").id());
            assertThat(inA.contact().name()).isEqualTo(inB.contact().name());
            storage.inTransaction(a.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(a.agency());
                tx.peopleAtRisk().insert(inA);
                tx.peopleAtRisk().insert(alsoInA);
                return null;
            });
            storage.inTransaction(b.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(b.agency());
                tx.peopleAtRisk().insert(inB);
                return null;
            });
            try (Connection c = db.raw()) {
                byte[] ca = nameEnc(c, a.agencyId(), inA);
                assertThat(ca).isNotEqualTo(nameEnc(c, b.agencyId(), inB))
                        .isNotEqualTo(nameEnc(c, a.agencyId(), alsoInA));
                // the whole row moved to the other agency, id and all: it does not decrypt there
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE person_at_risk SET agency_id = ? WHERE agency_id = ? AND id = ?")) {
                    AuditProofTest.bind(c, ps, 1, b.agencyId().value());
                    AuditProofTest.bind(c, ps, 2, a.agencyId().value());
                    AuditProofTest.bind(c, ps, 3, inA.id().value());
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            assertThatThrownBy(() -> storage.readOnly(b.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .find(inA.id()))).isInstanceOfSatisfying(DecryptionFailedException.class,
                            e -> assertThat(e.getMessage()).doesNotContain("SAME-VALUE"));
            // the other agency's own record and the first agency's other record still read
            assertThat(storage.readOnly(b.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(inB.id()))
                    .orElseThrow().contact().name()).isEqualTo(inB.contact().name());
            assertThat(storage.readOnly(a.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(alsoInA.id()))
                    .orElseThrow().contact().name()).isEqualTo(alsoInA.contact().name());
        }
    }

    @Test
    void item22_aValueWrittenBeforeAgencyBindingStillReadsAndReencryptionBindsItToItsAgency() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2(); Storage storage = db.open()) {
            Fixtures a = new Fixtures(AgencyId.random(), "LEGACY");
            Fixtures b = new Fixtures(AgencyId.random(), "LEGACY");
            PersonAtRisk p = a.personAtRisk(a.participant("north").id());
            storage.inTransaction(a.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(a.agency());
                tx.peopleAtRisk().insert(p);
                return null;
            });
            storage.inTransaction(b.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(b.agency());
                return null;
            });
            // as a release before 0.3 wrote it: associated data table|id|column, no agency
            com.google.crypto.tink.aead.AeadConfig.register();
            Aead aead = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(db.keyset),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
            byte[] legacy = aead.encrypt("Old Name".getBytes(StandardCharsets.UTF_8),
                    ("person_at_risk|" + p.id().value() + "|name_enc").getBytes(StandardCharsets.UTF_8));
            try (Connection c = db.raw(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE person_at_risk SET name_enc = ? WHERE id = ?")) {
                ps.setBytes(1, legacy);
                ps.setObject(2, p.id().value());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(storage.readOnly(a.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(p.id()))
                    .orElseThrow().contact().name()).isEqualTo("Old Name");
            assertThat(storage.reencrypt(a.agencyId())).isPositive();
            try (Connection c = db.raw()) {
                byte[] rebound = nameEnc(c, a.agencyId(), p);
                assertThatThrownBy(() -> aead.decrypt(rebound, ("person_at_risk|" + p.id().value() + "|name_enc")
                        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(java.security.GeneralSecurityException.class);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE person_at_risk SET agency_id = ? WHERE id = ?")) {
                    ps.setObject(1, b.agencyId().value());
                    ps.setObject(2, p.id().value());
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            assertThatThrownBy(() -> storage.readOnly(b.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .find(p.id()))).isInstanceOf(DecryptionFailedException.class);
        }
    }
}
