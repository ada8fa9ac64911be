package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JVM killed with SIGKILL in the middle of a bulk import (issue 16; the checklist has no item of its own for it, so
 * it sits with item 38, a crash in the middle of a transaction). A child process ({@link ImportChild}, started with the
 * same java and class path) runs a resumable import of 8 batches of 250 participants; it is killed inside a batch's
 * transaction (rows and checkpoint sent, COMMIT not yet) and run again: on PostgreSQL three times, in the first, a
 * middle and the last batch; on MariaDB once, in a middle batch. After every kill the database holds exactly the batches that committed and
 * no part of the killed one; the final run writes exactly the rest; in the end every participant is there once.
 */
class KilledImportTest {
    static final int BATCHES = 8;
    static final int SIZE = 250;

    private record Run(int exit, List<String> lines) {
    }

    private static Run child(Databases.Database db, AgencyId agency, int pauseAt) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // a short-lived child: C1 only and the serial collector start it faster on two shared cores
        Process proc = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp",
                classPath, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                ImportChild.class.getName(), db.url, db.keyset.toString(), agency.value().toString(), "migration-1",
                String.valueOf(BATCHES), String.valueOf(SIZE), String.valueOf(pauseAt))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(proc.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("INSIDE ")) {
                    proc.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback from the client
                    break;
                }
            }
        }
        assertThat(proc.waitFor(60, TimeUnit.SECONDS)).as("child exited").isTrue();
        return new Run(proc.exitValue(), lines);
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void item38_aJvmKilledInTheMiddleOfABulkImportResumesWithNoDuplicate(Databases.Kind kind) throws Exception {
        try (Databases.Database db = Databases.open(kind, 2);
                Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                        .keyProvider(KeyProviders.keysetFile(db.keyset)).build());
                Databases.Checker check = db.checker()) {
            Fixtures f = new Fixtures(AgencyId.random(), "IMP");
            storage.inTransaction(f.agencyId(), tx -> {
                tx.agencies().insert(f.agency());
                return null;
            });
            int committed = 0;
            // PostgreSQL: killed in the first, a middle and the last batch; MariaDB (the same SDK code): a middle one
            int[] killPoints = kind == Databases.Kind.POSTGRESQL ? new int[] {1, 4, BATCHES} : new int[] {4};
            for (int killAt : killPoints) {
                Run run = child(db, f.agencyId(), killAt);
                assertThat(run.lines()).as("killed inside batch " + killAt).last().isEqualTo("INSIDE " + killAt);
                assertThat(run.exit()).as("exit status of a SIGKILLed JVM").isEqualTo(128 + 9);
                // each run wrote only the batches the previous ones had not
                long wroteNow = run.lines().stream().filter(l -> l.startsWith("CALL ") && !l.endsWith(" WROTE 0"))
                        .count();
                assertThat(wroteNow).isEqualTo(killAt - 1 - committed);
                committed = killAt - 1;
                assertThat(check.count("SELECT COUNT(*) FROM participant")).as("after the kill in batch " + killAt)
                        .isEqualTo((long) committed * SIZE);
                assertThat(check.count("SELECT COUNT(*) FROM bulk_import_batch")).isEqualTo(committed);
            }
            Run last = child(db, f.agencyId(), 0);
            assertThat(last.exit()).isZero();
            assertThat(last.lines()).last().isEqualTo("DONE " + (long) (BATCHES - committed) * SIZE);
            assertThat(check.count("SELECT COUNT(*) FROM participant")).isEqualTo((long) BATCHES * SIZE);
            assertThat(check.count("SELECT COUNT(DISTINCT id) FROM participant")).isEqualTo((long) BATCHES * SIZE);
            assertThat(check.count("SELECT COUNT(*) FROM bulk_import_batch")).isEqualTo(BATCHES);
            // every expected record, once: read back through the SDK
            for (int b = 1; b <= BATCHES; b++) {
                for (int r = 0; r < SIZE; r += 83) {
                    var expected = ImportChild.participant(f.agencyId(), b, r);
                    Participant stored = storage.readOnly(f.agencyId(),
                            tx -> tx.participants().find(expected.id()).orElseThrow());
                    assertThat(stored).isEqualTo(expected);
                }
            }
            System.out.printf("item38 %s bulk import: %d batches x %d rows, SIGKILL inside batch(es) %s, resumed each "
                    + "time; %d rows, no duplicate%n", kind, BATCHES, SIZE, java.util.Arrays.toString(killPoints),
                    BATCHES * SIZE);
        }
    }
}
