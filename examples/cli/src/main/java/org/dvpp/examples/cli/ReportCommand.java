package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ReportDimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = {"--database", "--dir"}, paramLabel = "DIR", description = "The embedded database directory "
            + "(default: the demo's, $DVPP_HOME/demo); it holds db/, keyset.json and agency-id, or give --agency.")
    Path dir;

    @Mixin
    NamedDatabase.Options database = new NamedDatabase.Options();

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
        Optional<NamedDatabase> db = NamedDatabase.find(dir, DataHome.directory().resolve("demo"), database, err);
        if (db.isEmpty()) {
            return 2;
        }
        AgencyId agencyId = db.get().agency();
        // progress goes to stderr, so that the report itself can be piped
        ProgressBar bar = new ProgressBar(err, 4);
        bar.step("opening the database");
        Dvpp opened;
        try {
            opened = db.get().open(err);
        } catch (NamedDatabase.NotOpened e) {
            return e.exitCode;
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
