package org.dvpp.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.spi.BulkImport;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.tck.Fixtures;

/**
 * The child process of {@link KilledImportTest}: imports {@code batches x size} participants whose ids follow from the
 * batch and row number (so every run imports the same records), as one resumable import, one call per batch. With a
 * pause batch, it stops inside that batch's transaction, at its COMMIT (every row and the checkpoint sent, nothing
 * committed), says so on standard output and waits on standard input for ever: the parent kills it there with SIGKILL.
 * Prints one line per committed call and, at the end, the rows it wrote.
 */
public final class ImportChild {
    private ImportChild() {
    }

    static Participant participant(AgencyId agency, int batch, int row) {
        ParticipantId id = new ParticipantId(new UUID(0x5eed_0000_0000_0000L | batch, row));
        return new Participant(id, agency, "IMP-" + batch + "-" + row, Fixtures.BASE.minusYears(30), "merton");
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path keyset = Path.of(args[1]);
        AgencyId agency = new AgencyId(UUID.fromString(args[2]));
        String importId = args[3];
        int batches = Integer.parseInt(args[4]);
        int size = Integer.parseInt(args[5]);
        int pauseAt = Integer.parseInt(args[6]); // 0: no pause

        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(cfg)) {
            FaultyDataSource ds = new FaultyDataSource(pool);
            int[] call = {0};
            ds.arm((point, physical) -> {
                if (pauseAt > 0 && point.kind() == FaultyDataSource.Kind.COMMIT && call[0] == pauseAt) {
                    System.out.println("INSIDE " + call[0]);
                    System.out.flush();
                    try {
                        System.in.read(); // the parent kills this process here
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("the parent was to kill this process");
                }
            });
            try (Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(ds)
                    .keyProvider(KeyProviders.keysetFile(keyset)).build())) {
                BulkImport importer = storage.bulkImport(agency).resumable(importId);
                long written = 0;
                for (int b = 1; b <= batches; b++) {
                    List<Participant> rows = new ArrayList<>();
                    for (int r = 0; r < size; r++) {
                        rows.add(participant(agency, b, r));
                    }
                    call[0] = b;
                    long n = importer.participants(rows);
                    written += n;
                    System.out.println("CALL " + b + " WROTE " + n);
                }
                System.out.println("DONE " + written);
            }
        }
    }
}
