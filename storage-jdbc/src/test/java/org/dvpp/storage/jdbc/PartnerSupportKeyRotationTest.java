package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.dvpp.storage.tck.PartnerSupportContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key rotation (checklist item 19) reaches every encrypted partner-support column: the old key can be retired. */
class PartnerSupportKeyRotationTest {

    @Test
    void everyPartnerSupportRecordReadsTheSameAfterRotationReencryptionAndRetiringTheOldKey(@TempDir Path dir) {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            Path keys = dir.resolve("keys.json");
            Keysets.generate(keys);
            Fixtures f = new Fixtures(AgencyId.random(), "ROT");
            Participant p = f.participant("north");
            PersonAtRisk par = f.personAtRisk(p.id());
            Object before;
            try (Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build())) {
                storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                    tx.agencies().insert(f.agency());
                    tx.participants().insert(p);
                    tx.peopleAtRisk().insert(par);
                    PartnerSupportContract.writeEveryKind(tx, f, par.id(), CaseId.random());
                    return null;
                });
                before = storage.readOnly(f.agencyId(), (Transaction tx) -> java.util.List.of(
                        tx.partnerSupport().contacts(par.id()), tx.partnerSupport().accounts(par.id()),
                        tx.partnerSupport().safetyPlans(par.id()), tx.partnerSupport().signposting(par.id()),
                        tx.partnerSupport().notifications(par.id()), tx.partnerSupport().glassAccesses(Instant.EPOCH)));
                Keysets.rotate(keys);
                // every value here is sealed with the man's own data key (V70): rotation re-wraps that one key, and
                // the reads after retiring the old key below prove it was re-wrapped
                assertThat(storage.reencrypt(f.agencyId())).isGreaterThanOrEqualTo(1);
            }
            Keysets.retirePreviousKeys(keys);
            try (Storage reopened = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(keys)).build())) {
                Object after = reopened.readOnly(f.agencyId(), (Transaction tx) -> java.util.List.of(
                        tx.partnerSupport().contacts(par.id()), tx.partnerSupport().accounts(par.id()),
                        tx.partnerSupport().safetyPlans(par.id()), tx.partnerSupport().signposting(par.id()),
                        tx.partnerSupport().notifications(par.id()), tx.partnerSupport().glassAccesses(Instant.EPOCH)));
                assertThat(after).isEqualTo(before);
                assertThat((java.util.List<?>) before).allSatisfy(list -> assertThat((java.util.List<?>) list)
                        .isNotEmpty());
            }
        }
    }
}
