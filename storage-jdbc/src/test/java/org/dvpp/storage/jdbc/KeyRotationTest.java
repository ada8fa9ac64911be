package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys: none means no start; rotation plus re-encryption lets the old key be retired; a foreign key cannot read. */
class KeyRotationTest {

    @Test
    void storageRefusesToStartWithoutAKeyProvider() {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            assertThatThrownBy(() -> StorageConfig.builder(db.dataSource).build())
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("KeyProvider");
        }
    }

    @Test
    void storageRefusesToStartWithAnUnusableKeyset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("keyset.json");
        Files.writeString(bad, "{\"primaryKeyId\": 1, \"key\": []}");
        try (TestDatabases.Db db = TestDatabases.h2()) {
            assertThatThrownBy(() -> new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(bad)).build()))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("keyset-file");
            assertThatThrownBy(() -> new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(dir.resolve("missing.json"))).build()))
                    .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("missing.json");
        }
    }

    @Test
    void rotationAndReencryptionLetTheOldKeyBeRetired(@TempDir Path dir) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            Path keys = dir.resolve("keys.json");
            Keysets.generate(keys);
            assertThatThrownBy(() -> Keysets.generate(keys)).isInstanceOf(StorageConfigurationException.class);
            Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build());
            Fixtures f = new Fixtures(AgencyId.random(), "R");
            Participant p = f.participant("north");
            PersonAtRisk par = f.personAtRisk(p.id());
            Referral r = f.referral(p.id(), ReferralSource.COURT, Fixtures.BASE);
            Case c = f.started(f.openCase(p.id(), r.id()), org.dvpp.domain.GroupId.random());
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                tx.peopleAtRisk().insert(par);
                tx.referrals().insert(r);
                tx.cases().insert(c);
                tx.assessments().insert(f.assessment(c.id()));
                return null;
            });

            Keysets.rotate(keys);
            long rewritten = storage.reencrypt(f.agencyId());
            // his values are sealed with his own data key (V70): rotation re-wraps that key, and the reads after
            // retiring the old key below prove it
            assertThat(rewritten).isGreaterThanOrEqualTo(1);
            Keysets.retirePreviousKeys(keys);

            Storage reopened = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build());
            assertThat(reopened.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(par.id())))
                    .contains(par);
            assertThat(reopened.readOnly(f.agencyId(), (Transaction tx) -> tx.cases().get(c.id()))).isEqualTo(c);
            assertThat(reopened.readOnly(f.agencyId(), (Transaction tx) -> tx.referrals().find(r.id()))).contains(r);

            // an unrelated key reads nothing
            Path foreign = dir.resolve("foreign.json");
            Keysets.generate(foreign);
            Storage wrongKey = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(foreign)).build());
            assertThatThrownBy(() -> wrongKey.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .find(par.id()))).isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void withoutReencryptionRetiringTheOldKeyMakesOldDataUnreadable(@TempDir Path dir) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            Path keys = dir.resolve("keys.json");
            Keysets.generate(keys);
            Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build());
            Fixtures f = new Fixtures(AgencyId.random(), "R");
            PersonAtRisk par = f.personAtRisk(org.dvpp.domain.ParticipantId.random());
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.peopleAtRisk().insert(par);
                return null;
            });
            Keysets.rotate(keys);
            Keysets.retirePreviousKeys(keys);
            Storage reopened = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build());
            assertThatThrownBy(() -> reopened.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                    .find(par.id()))).isInstanceOf(DecryptionFailedException.class);
        }
    }
}
