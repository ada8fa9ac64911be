package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.UserId;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Role;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.ReportFormat;
import org.dvpp.reporting.ReportWriter;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ReportDimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The outcome report for a period, protected by disclosure control, over the demo database (made by {@code dvpp demo}),
 * another embedded database directory the user names ({@code --database}), or a PostgreSQL or MariaDB database given by
 * its JDBC URL with the keyset file and the agency. A password in the URL is never printed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the outcome report for a period (suppressed and rounded, safe to publish).")
final class ReportCommand implements Callable<Integer> {
    /** The file beside the demo database that holds the demo agency's id. */
    static final String AGENCY_FILE = "agency-id";

    /** The breakdowns offered on the command line. */
    enum By { area, source, curriculum, group, pathway, total }

    /** The formats offered on the command line. */
    enum Format { html, csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, description = "First day, YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day, YYYY-MM-DD (inclusive).")
    LocalDate to;

    @Option(names = "--by", defaultValue = "area", description = "Breakdown: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    By by;

    @Option(names = "--format", defaultValue = "html", description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", description = "Write to this file instead of the terminal.")
    Path outFile;

    @Option(names = {"--database", "--dir"}, description = "The embedded database directory (default: the demo's, "
            + "$DVPP_HOME/demo); it holds db/, keyset.json and agency-id, or give --agency.")
    Path dir;

    @Option(names = "--postgres-url", description = "Report on this PostgreSQL database instead (JDBC URL), with "
            + "--keyset and --agency.")
    String postgresUrl;

    @Option(names = "--mariadb-url", description = "Report on this MariaDB database instead (JDBC URL), with --keyset "
            + "and --agency.")
    String mariadbUrl;

    @Option(names = "--keyset", description = "With --postgres-url or --mariadb-url: the keyset file the SDK "
            + "encrypts that database with.")
    Path keyset;

    @Option(names = "--agency", description = "The agency's id (default: read from agency-id in --dir).")
    String agency;

    @Option(names = "--threshold", defaultValue = "10", description = "Suppression threshold, at least 8 (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (to.isBefore(from)) {
            err.println("--to must not be before --from");
            return 2;
        }
        if (threshold < 8) {
            err.println("--threshold must be at least 8 (the NHS Digital minimum)");
            return 2;
        }
        String url = postgresUrl != null ? postgresUrl : mariadbUrl;
        if (postgresUrl != null && mariadbUrl != null || url != null && dir != null) {
            err.println("Name one database: --database, --postgres-url or --mariadb-url");
            return 2;
        }
        Path home = dir != null ? dir : DataHome.directory().resolve("demo");
        Path keys = url != null ? keyset : home.resolve("keyset.json");
        if (url != null && (keyset == null || !Files.isRegularFile(keyset) || agency == null)) {
            err.println("A server database needs --keyset FILE (an existing keyset) and --agency ID");
            return 2;
        }
        if (url == null && (!Files.isDirectory(home.resolve("db")) || !Files.exists(keys))) {
            err.println("No database in " + home + " (run `dvpp demo` first, or name one with --database)");
            return 2;
        }
        if (url != null && !url.startsWith(postgresUrl != null ? "jdbc:postgresql:" : "jdbc:mariadb:")) {
            err.println((postgresUrl != null ? "--postgres-url" : "--mariadb-url") + " is not a JDBC URL of that "
                    + "database (" + Redaction.jdbcUrl(url) + ")");
            return 2;
        }
        String id = agency != null ? agency : Files.exists(home.resolve(AGENCY_FILE))
                ? Files.readString(home.resolve(AGENCY_FILE)).trim() : null;
        if (id == null) {
            err.println("No agency: give --agency");
            return 2;
        }
        AgencyId agencyId;
        try {
            agencyId = new AgencyId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            err.println("--agency is not a valid id");
            return 2;
        }
        // progress goes to stderr, so that the report itself can be piped
        ProgressBar bar = new ProgressBar(err, 4);
        bar.step("opening the database");
        org.dvpp.programme.DvppBuilder builder = Dvpp.builder().keyProvider(KeyProviders.keysetFile(keys));
        if (postgresUrl != null) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(postgresUrl);
            builder.dataSource(ds);
        } else if (mariadbUrl != null) {
            try {
                builder.dataSource(new org.mariadb.jdbc.MariaDbDataSource(mariadbUrl));
            } catch (java.sql.SQLException e) {
                err.println("--mariadb-url: " + Redaction.message(e.getMessage(), mariadbUrl));
                return 2;
            }
        } else {
            builder.embeddedDatabase(home.resolve("db"));
        }
        Dvpp opened;
        try {
            opened = builder.build();
        } catch (org.dvpp.domain.DvppException | IllegalArgumentException e) {
            // the driver's words may quote the URL: redact the password from them
            err.println("Cannot open the database: " + (url == null ? e.getMessage()
                    : Redaction.message(String.valueOf(e.getMessage()), url)));
            return 1;
        }
        try (Dvpp dvpp = opened) {
            ActingUser manager = ActingUser.of(UserId.random(), agencyId, Role.MANAGER);
            bar.step("computing the figures in the database");
            OutcomeQuery q = OutcomeQuery.of(from, to.plusDays(1), ReportDimension.valueOf(by.name().toUpperCase(
                    java.util.Locale.ROOT)));
            PublishedReport report = dvpp.reports().outcomes(manager, q, DisclosurePolicy.DEFAULT.withThreshold(
                    threshold));
            bar.step("writing " + format);
            ReportFormat f = ReportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
            if (outFile != null) {
                try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                    ReportWriter.write(report, f, w);
                }
            } else {
                StringWriter w = new StringWriter();
                ReportWriter.write(report, f, w);
                spec.commandLine().getOut().print(w);
                spec.commandLine().getOut().flush();
            }
            bar.step("done" + (outFile != null ? ": " + outFile : ""));
        }
        return 0;
    }
}
