package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dvpp.domain.UserId;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.ResearchExport;
import org.dvpp.programme.ResearchExportKey;
import org.dvpp.programme.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports for people outside the agency; for now the research export. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export data for people outside the agency.",
        subcommands = {ExportCommand.Research.class, CommandLine.HelpCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The pseudonymised research export (CSV files, data dictionary, note) of the demo database, another embedded
     * database the user names, or a PostgreSQL or MariaDB database given by its JDBC URL with its keyset file and the
     * agency ({@link NamedDatabase}), made as the data protection officer. A password in the URL is never printed.
     */
    @Command(name = "research", mixinStandardHelpOptions = true,
            description = {"Write the pseudonymised research export for an external evaluator: keyed pseudonyms, "
                + "months for dates, no free text, no partner or child data, no names, references or dates of "
                + "birth; with a data dictionary.",
                "Without --key the pseudonyms' key is made for this export only and forgotten, so the export can "
                + "never be linked to another one."})
    static final class Research implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, description = "The directory to write into (new or empty).")
        Path out;

        @Option(names = {"--database", "--dir"}, paramLabel = "DIR", description = "The embedded database "
                + "directory (default: the demo's, $DVPP_HOME/demo); it holds db/, keyset.json and agency-id, or give "
                + "--agency.")
        Path dir;

        @Mixin
        NamedDatabase.Options database = new NamedDatabase.Options();

        @Option(names = "--key", description = "The pseudonyms' key file (a Tink PRF keyset), made if it does not "
                + "exist: exports with the same key use the same pseudonyms. Keep it away from the exports.")
        Path key;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter o = spec.commandLine().getOut();
            Path target = out.toAbsolutePath().normalize();
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
                err.println("--out " + out + " must be a new or empty directory");
                return 2;
            }
            if (key != null && key.toAbsolutePath().normalize().startsWith(target)) {
                err.println("--key must not be inside --out: the key stays with the agency, apart from the export");
                return 2;
            }
            Optional<NamedDatabase> db = NamedDatabase.find(dir, DataHome.directory().resolve("demo"), database,
                    err);
            if (db.isEmpty()) {
                return 2;
            }
            ResearchExportKey k;
            if (key == null) {
                k = ResearchExportKey.generate();
            } else {
                if (Files.notExists(key)) {
                    ResearchExportKey.generateFile(key);
                    o.println("Made a new pseudonym key in " + key + " (keep it apart from the exports).");
                }
                k = ResearchExportKey.fromFile(key);
            }
            Dvpp opened;
            try {
                opened = db.get().open(err);
            } catch (NamedDatabase.NotOpened e) {
                return e.exitCode;
            }
            ResearchExport export;
            try (Dvpp dvpp = opened) {
                ActingUser dpo = ActingUser.of(UserId.random(), db.get().agency(), Role.DATA_PROTECTION_OFFICER);
                export = dvpp.research().export(dpo, k);
            }
            export.writeTo(target);
            o.println("Wrote " + export.files().size() + " files to " + target + " (pseudonym key check "
                    + export.keyCheck() + (key == null ? ", a one-off key" : "") + ").");
            o.println("The export is pseudonymised personal data: share it only under a data sharing agreement.");
            o.flush();
            return 0;
        }

        private static boolean isEmpty(Path d) throws IOException {
            try (var s = Files.list(d)) {
                return s.findAny().isEmpty();
            }
        }
    }
}
