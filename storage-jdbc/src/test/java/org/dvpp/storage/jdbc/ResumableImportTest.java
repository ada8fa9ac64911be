package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;

/** A resumable bulk import skips the calls that committed, writes the rest, and refuses a different batch. */
class ResumableImportTest {

    private static List<List<Participant>> batches(Fixtures f, int count, int size) {
        List<List<Participant>> out = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            List<Participant> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(f.participant("north"));
            }
            out.add(batch);
        }
        return out;
    }

    @Test
    void runningTheSameImportAgainWritesOnlyTheCallsThatHadNotCommitted() {
        try (TestDatabases.Db db = TestDatabases.h2(); Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "R");
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                return null;
            });
            List<List<Participant>> batches = batches(f, 4, 30);
            // the first run is interrupted after two calls
            var first = storage.bulkImport(f.agencyId()).resumable("history-2019");
            assertThat(first.participants(batches.get(0))).isEqualTo(30);
            assertThat(first.participants(batches.get(1))).isEqualTo(30);

            // without resume, running the import again fails on the first record already there
            assertThatThrownBy(() -> storage.bulkImport(f.agencyId()).participants(batches.get(0)))
                    .isInstanceOf(DuplicateRecordException.class);

            // the same import again: calls 1 and 2 are skipped, 3 and 4 written
            var again = storage.bulkImport(f.agencyId()).resumable("history-2019");
            List<Long> written = new ArrayList<>();
            for (List<Participant> b : batches) {
                written.add(again.participants(b));
            }
            assertThat(written).containsExactly(0L, 0L, 30L, 30L);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().count())).isEqualTo(120);

            // a third run writes nothing
            var third = storage.bulkImport(f.agencyId()).resumable("history-2019");
            for (List<Participant> b : batches) {
                assertThat(third.participants(b)).isZero();
            }
            // another import id is another import: its first call is new, and the records clash
            assertThatThrownBy(() -> storage.bulkImport(f.agencyId()).resumable("history-2020")
                    .participants(batches.get(0))).isInstanceOf(DuplicateRecordException.class);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().count())).isEqualTo(120);
        }
    }

    @Test
    void aDifferentBatchAtACheckpointedCallIsRefusedAndNothingIsWritten() {
        try (TestDatabases.Db db = TestDatabases.h2(); Storage storage = db.open()) {
            Fixtures f = new Fixtures(AgencyId.random(), "R");
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                return null;
            });
            List<List<Participant>> batches = batches(f, 2, 10);
            storage.bulkImport(f.agencyId()).resumable("x").participants(batches.get(0));
            var again = storage.bulkImport(f.agencyId()).resumable("x");
            assertThatThrownBy(() -> again.participants(batches.get(1))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                            .satisfies(v -> {
                                assertThat(v.path()).isEqualTo("importId");
                                assertThat(v.rule()).isEqualTo("same-batches");
                            }));
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().count())).isEqualTo(10);
            assertThatThrownBy(() -> storage.bulkImport(f.agencyId()).resumable(" "))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
