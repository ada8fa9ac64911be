package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dvpp.examples.demo.DemoCohort;
import org.dvpp.programme.Dvpp;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command that opens a named database ({@code report}, {@code export research}, {@code console}) takes the same
 * database options with the same meaning, and none of them ever prints a password from a database URL.
 */
class NamedDatabaseOptionsTest {
    private static final List<String> SHARED = List.of("--postgres-url", "--mariadb-url", "--keyset", "--agency");

    @TempDir
    static Path dir;

    private static CommandSpec spec(String... path) {
        CommandLine cl = DvppCommand.commandLine();
        for (String p : path) {
            cl = cl.getSubcommands().get(p);
        }
        return cl.getCommandSpec();
    }

    @Test
    void theServerDatabaseAndAgencyOptionsAreTheSameInEveryCommandAndEachNamesAnEmbeddedDirectoryWithDatabase() {
        CommandSpec report = spec("report");
        for (CommandSpec s : List.of(spec("export", "research"), spec("console"))) {
            for (String name : SHARED) {
                OptionSpec mine = s.findOption(name);
                assertThat(mine).as(s.qualifiedName() + " " + name).isNotNull();
                assertThat(mine.description()).isEqualTo(report.findOption(name).description());
            }
            assertThat(s.findOption("--database")).as(s.qualifiedName()).isNotNull();
        }
        // --dir stays an alias of --database where it was one; the console's --dir is where its fresh demo goes
        assertThat(report.findOption("--dir")).isSameAs(report.findOption("--database"));
        CommandSpec export = spec("export", "research");
        assertThat(export.findOption("--dir")).isSameAs(export.findOption("--database"));
        assertThat(spec("console").findOption("--dir")).isNotSameAs(spec("console").findOption("--database"));
    }

    /** The arguments of each command, before the database options. */
    private static List<String> command(String which) {
        return switch (which) {
            case "report" -> List.of("report", "--from", "2025-01-01", "--to", "2025-03-31");
            case "export research" -> List.of("export", "research", "--out",
                    dir.resolve("out-" + UUID.randomUUID()).toString());
            case "console" -> List.of("console", "--port", "1", "--user", "fay:FACILITATOR");
            default -> throw new IllegalArgumentException(which);
        };
    }

    static Stream<Arguments> urls() {
        List<Arguments> a = new ArrayList<>();
        for (String c : List.of("report", "export research", "console")) {
            // unreachable servers, so that the driver's own words are printed
            a.add(Arguments.of(c, "--postgres-url",
                    "jdbc:postgresql://127.0.0.1:1/none?user=u&password=Pg-s3cr3t&connectTimeout=2", "Pg-s3cr3t"));
            a.add(Arguments.of(c, "--mariadb-url",
                    "jdbc:mariadb://127.0.0.1:1/none?user=u&password=Mdb-s3cr3t&connectTimeout=500", "Mdb-s3cr3t"));
            // a password in the user part
            a.add(Arguments.of(c, "--mariadb-url", "jdbc:mariadb://u:Inf0-s3cr3t@127.0.0.1:1/none?connectTimeout=500",
                    "Inf0-s3cr3t"));
            // a URL the driver refuses as it is given
            a.add(Arguments.of(c, "--mariadb-url",
                    "jdbc:mariadb://127.0.0.1:1/none?password=Bad-s3cr3t&connectTimeout=soon", "Bad-s3cr3t"));
            // the URL of the other database
            a.add(Arguments.of(c, "--postgres-url", "jdbc:mariadb://127.0.0.1:1/none?password=Wr0ng-s3cr3t",
                    "Wr0ng-s3cr3t"));
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("urls")
    void noPasswordInADatabaseUrlReachesTheOutput(String which, String option, String url, String password)
            throws Exception {
        Path keys = dir.resolve("keyset.json");
        if (Files.notExists(keys)) {
            KeyProviders.generateKeysetFile(keys);
        }
        List<String> args = new ArrayList<>(command(which));
        args.addAll(List.of(option, url, "--keyset", keys.toString(), "--agency", UUID.randomUUID().toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isNotZero();
        assertThat(run.err()).isNotBlank();
        assertThat(run.out() + run.err()).doesNotContain(password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aServerDatabaseNeedsItsKeysetAndAgencyAndOnlyOneDatabaseIsNamed(String which) {
        List<String> noKeys = new ArrayList<>(command(which));
        noKeys.addAll(List.of("--postgres-url", "jdbc:postgresql://127.0.0.1:1/none?password=NoKeys-s3cr3t"));
        CliRun a = CliRun.of(noKeys.toArray(String[]::new));
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("--keyset").contains("--agency");
        assertThat(a.out() + a.err()).doesNotContain("NoKeys-s3cr3t");
        List<String> two = new ArrayList<>(command(which));
        two.addAll(List.of("--postgres-url", "jdbc:postgresql://h/db", "--database", dir.toString()));
        CliRun b = CliRun.of(two.toArray(String[]::new));
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("Name one database");
    }

    @Test
    void theResearchExportOfANamedMariaDbDatabaseRuns() throws Exception {
        String db = "cli_export_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = "jdbc:mariadb://127.0.0.1:3306/?user=root&connectTimeout=2000";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(admin);
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        } catch (java.sql.SQLException unreachable) {
            if (Boolean.getBoolean("dvpp.requireDatabases")) {
                throw unreachable;
            }
            org.junit.jupiter.api.Assumptions.abort("MariaDB at 127.0.0.1:3306 is not reachable: "
                    + unreachable.getMessage());
        }
        try {
            Path keys = dir.resolve("maria-keyset.json");
            KeyProviders.generateKeysetFile(keys);
            String url = "jdbc:mariadb://127.0.0.1:3306/" + db + "?user=root";
            // a small demo cohort in that database, through the SDK, so that the export has men to pseudonymise
            DemoCohort demo = DemoCohort.builder().seed(5).referrals(14).build();
            DemoCohort.Result result;
            try (Dvpp dvpp = Dvpp.builder().dataSource(new org.mariadb.jdbc.MariaDbDataSource(url))
                    .keyProvider(KeyProviders.keysetFile(keys)).clock(demo.clock()).addListener(demo.listener())
                    .build()) {
                result = demo.run(dvpp);
            }
            Path out = dir.resolve("maria-export");
            CliRun r = CliRun.of("export", "research", "--out", out.toString(), "--mariadb-url", url, "--keyset",
                    keys.toString(), "--agency", result.agency().value().toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Wrote ");
            // 14 men and a header
            assertThat(Files.readString(out.resolve("participants.csv")).split("\r\n")).hasSize(15);
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(admin);
                    java.sql.Statement st = c.createStatement()) {
                st.execute("DROP DATABASE " + db);
            }
        }
    }

    static Stream<String> commands() {
        return Stream.of("report", "export research", "console");
    }
}
