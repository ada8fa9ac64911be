package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.dvpp.examples.demo.DemoCohort;
import org.dvpp.programme.Dvpp;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the demo cohort ({@link DemoCohort}) from end to end on the embedded H2 database, then prints the funnel and the
 * completion figures. Everything goes through the SDK's public API.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a demo cohort end to end on the embedded H2 database and print its figures.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", description = "Where the demo database goes (default: $DVPP_HOME/demo, replaced each run).")
    Path dir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--referrals", defaultValue = "30", description = "How many referrals (default: ${DEFAULT-VALUE}).")
    int referrals;

    @Option(names = "--curriculum", defaultValue = DemoCohort.CLOSED_CURRICULUM, description = "The group's "
            + "curriculum: " + DemoCohort.CLOSED_CURRICULUM + " (a closed cohort of 12 weeks) or "
            + DemoCohort.ROLLING_CURRICULUM + " (a rolling group of 26 sessions, men joining at sessions 1, 5 and 11;"
            + " 36 weeks) (default: ${DEFAULT-VALUE}).")
    String curriculum;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DemoCohort.Builder options = DemoCohort.builder().seed(seed);
        try {
            options.referrals(referrals).curriculum(curriculum);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--" + e.getMessage());
            return 2;
        }
        Path home = dir != null ? dir : DataHome.directory().resolve("demo");
        prepare(home);
        Path keys = home.resolve("keyset.json");
        Keysets.generate(keys);
        out.println("DVPP Kit demo: a simulated cohort on the embedded H2 database in " + home);
        long t0 = System.nanoTime();
        ProgressBar[] bar = new ProgressBar[1];
        DemoCohort demo = options.progress(step -> bar[0].step(step)).build();
        bar[0] = new ProgressBar(out, demo.steps());
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(home.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .clock(demo.clock()).addListener(demo.listener()).build()) {
            DemoCohort.Result result = demo.run(dvpp);
            result.print(out);
            // so that `dvpp report` can find the demo agency's figures
            Files.writeString(home.resolve(NamedDatabase.AGENCY_FILE), result.agency().value().toString());
        }
        out.printf("Done in %.1f s. Database: %s%n", (System.nanoTime() - t0) / 1e9, home.resolve("db"));
        return 0;
    }

    static void prepare(Path home) throws IOException {
        Path marker = home.resolve(".dvpp-demo");
        if (Files.exists(home)) {
            if (!Files.exists(marker)) {
                try (var s = Files.list(home)) {
                    if (s.findAny().isPresent()) {
                        throw new IOException(home + " exists and is not a demo directory; choose another --dir");
                    }
                }
            }
            try (var files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(home)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(home);
        Files.writeString(marker, "created by dvpp demo; replaced on each run\n");
    }
}
