package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dvpp report} over the demo database, a named embedded database and a named PostgreSQL database. */
class ReportCommandTest {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Test
    void theReportOfANamedEmbeddedDatabaseIsBrokenDownByPathwayWithItsPrePostFigures(@TempDir Path dir)
            throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(CliRun.of("demo", "--dir", demo.toString(), "--seed", "7").exitCode()).isZero();
        CliRun r = CliRun.of("report", "--database", demo.toString(), "--from", "2020-01-01", "--to", "2035-12-31",
                "--by", "pathway", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"by\" : \"PATHWAY\"").contains("\"key\" : \"group\"").contains("\"changes\"");
        assertThat(r.err()).contains("computing the figures");
        Path csv = dir.resolve("r.csv");
        assertThat(CliRun.of("report", "--dir", demo.toString(), "--from", "2020-01-01", "--to", "2035-12-31",
                "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        assertThat(Files.readString(csv)).startsWith("key,label,Referred");
    }

    @Test
    void aServerDatabaseNeedsItsKeysetAndAgencyAndOneDatabaseIsNamed(@TempDir Path dir) {
        CliRun noKeys = CliRun.of("report", "--postgres-url", PG, "--from", "2025-01-01", "--to", "2025-03-31");
        assertThat(noKeys.exitCode()).isEqualTo(2);
        assertThat(noKeys.err()).contains("--keyset").contains("--agency");
        CliRun two = CliRun.of("report", "--postgres-url", PG, "--mariadb-url", "jdbc:mariadb://x/y", "--from",
                "2025-01-01", "--to", "2025-03-31");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("Name one database");
        CliRun wrong = CliRun.of("report", "--postgres-url", "jdbc:mariadb://h/db?password=hunter2", "--keyset",
                dir.toString(), "--agency", UUID.randomUUID().toString(), "--from", "2025-01-01", "--to", "2025-03-31");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).doesNotContain("hunter2");
    }

    @Test
    void aPasswordInTheUrlOfAnUnreachableServerIsNeverPrinted(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keyset.json");
        KeyProviders.generateKeysetFile(keys);
        CliRun r = CliRun.of("report", "--postgres-url",
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=s3cr3t-pw&connectTimeout=2", "--keyset",
                keys.toString(), "--agency", UUID.randomUUID().toString(), "--from", "2025-01-01", "--to",
                "2025-03-31");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out() + r.err()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void theReportOfANamedPostgresDatabaseRuns(@TempDir Path dir) throws Exception {
        String schema = "cli_report_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            if (Boolean.getBoolean("dvpp.requireDatabases")) {
                throw unreachable;
            }
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is not reachable: " + unreachable.getMessage());
        }
        try {
            Path keys = dir.resolve("keyset.json");
            KeyProviders.generateKeysetFile(keys);
            CliRun r = CliRun.of("report", "--postgres-url", PG + "&currentSchema=" + schema, "--keyset",
                    keys.toString(), "--agency", UUID.randomUUID().toString(), "--from", "2025-01-01", "--to",
                    "2025-03-31", "--format", "csv");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("key,label,Referred");
        } finally {
            try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
