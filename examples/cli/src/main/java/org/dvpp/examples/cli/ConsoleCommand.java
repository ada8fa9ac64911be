package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.dvpp.examples.console.Console;
import org.dvpp.examples.console.DemoConsole;
import org.dvpp.examples.console.LocalUsers;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the staff web console: on a fresh demo cohort by default (its users' passwords printed once), or on a database
 * the user names ({@link NamedDatabase}: an embedded directory, or a PostgreSQL or MariaDB URL with its keyset file and
 * the agency), with the users given on the command line. Runs until interrupted (Ctrl-C).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Start the staff web console (facilitators, partner support, managers) in your browser.",
            "By default it opens on a fresh demo cohort, six weeks into its group, with one user per role."})
final class ConsoleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "The port, on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dir", description = "Where the demo database goes (default: $DVPP_HOME/console, replaced each run).")
    Path dir;

    @Option(names = "--database", paramLabel = "DIR", description = "Open this embedded database instead of the "
            + "demo: a directory with db/ and keyset.json (such as one `dvpp demo --dir` made), with --user.")
    Path database;

    @Mixin
    NamedDatabase.Options named = new NamedDatabase.Options();

    @Option(names = "--user", description = "With a named database: a user as name:ROLE[,ROLE...][:user-id], repeatable; "
            + "each gets a random password, printed once.")
    List<String> userSpecs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65_535) {
            err.println("--port must be 1 to 65535");
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        AutoCloseable running;
        if (database == null && !named.namesServer()) {
            if (!userSpecs.isEmpty() || named.agency != null || named.keyset != null) {
                err.println("--user and --agency go with --database, --postgres-url or --mariadb-url (and --keyset with"
                        + " a URL); the demo makes its own users");
                return 2;
            }
            Path home = dir != null ? dir : DataHome.directory().resolve("console");
            DemoCommand.prepare(home);
            out.println("Preparing the demo cohort in " + home + " ...");
            out.flush();
            DemoConsole demo = DemoConsole.start(home, port, Optional.empty(), step -> { }, Clock.systemUTC());
            running = demo;
            out.println("DVPP console: " + demo.console().uri());
            out.println("Demo users (these passwords are shown only now; they last until the console stops):");
            demo.passwords().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %-12s %s%n", e.getKey(), e.getValue()));
        } else {
            Optional<Started> started;
            try {
                started = openNamed(err);
            } catch (NamedDatabase.NotOpened e) {
                return e.exitCode;
            }
            if (started.isEmpty()) {
                return 2;
            }
            running = started.get();
            out.println("DVPP console: " + started.get().console.uri());
            out.println("Users (these passwords are shown only now):");
            started.get().passwords.forEach(line -> out.println("  " + line));
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        final AutoCloseable toClose = running;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                toClose.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stop.countDown();
        }, "dvpp-console-stop"));
        stop.await();
        return 0;
    }

    /** The console on a named database. */
    private static final class Started implements AutoCloseable {
        final Dvpp dvpp;
        final Console console;
        final List<String> passwords;

        Started(Dvpp dvpp, Console console, List<String> passwords) {
            this.dvpp = dvpp;
            this.console = console;
            this.passwords = passwords;
        }

        @Override
        public void close() {
            try {
                console.close();
            } finally {
                dvpp.close();
            }
        }
    }

    private Optional<Started> openNamed(PrintWriter err) throws IOException, NamedDatabase.NotOpened {
        Optional<NamedDatabase> db = NamedDatabase.find(database, null, named, err);
        if (db.isEmpty()) {
            return Optional.empty();
        }
        AgencyId agencyId = db.get().agency();
        if (userSpecs.isEmpty()) {
            err.println("Give at least one --user name:ROLE, such as --user fay:FACILITATOR");
            return Optional.empty();
        }
        LocalUsers users = new LocalUsers(Clock.systemUTC());
        List<String> passwords = new ArrayList<>();
        for (String s : userSpecs) {
            try {
                UserSpec u = UserSpec.parse(s, agencyId);
                String pw = randomPassword();
                users.add(u.name(), u.name(), u.user(), pw.toCharArray());
                passwords.add(String.format("%-12s %s  (%s, user id %s)", u.name(), pw, u.user().roles(),
                        u.user().id().value()));
            } catch (InvalidInputException e) {
                err.println("--user " + s + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        Dvpp dvpp = db.get().open(err);
        try {
            Console console = Console.builder(dvpp, users).port(port).build().start();
            return Optional.of(new Started(dvpp, console, passwords));
        } catch (RuntimeException e) {
            dvpp.close();
            throw e;
        }
    }

    /**
     * A user given on the command line.
     *
     * @param name the user name
     * @param user the SDK identity
     */
    record UserSpec(String name, ActingUser user) {
        /**
         * @param spec name:ROLE[,ROLE...][:user-id]
         * @param agency the agency
         * @return the user
         */
        static UserSpec parse(String spec, AgencyId agency) {
            String[] parts = spec.split(":", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidInputException("user", "format", "write name:ROLE[,ROLE...][:user-id]");
            }
            java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
            for (String r : parts[1].split(",")) {
                try {
                    roles.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("user.roles", "known-role", "no role '" + r + "'; known: "
                            + java.util.Arrays.toString(Role.values()));
                }
            }
            UserId id;
            try {
                id = parts.length == 3 ? new UserId(UUID.fromString(parts[2])) : UserId.random();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("user.id", "uuid", "the user id must be a UUID");
            }
            return new UserSpec(parts[0], new ActingUser(id, agency, roles));
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
