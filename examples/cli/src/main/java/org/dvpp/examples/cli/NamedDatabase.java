package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.DvppException;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.DvppBuilder;
import org.dvpp.storage.spi.KeyProviders;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The database a command works on, as the user named it, and the agency to act for: an embedded database directory as
 * {@code dvpp demo} leaves it ({@code db/}, {@code keyset.json} and {@code agency-id}), or a PostgreSQL or MariaDB
 * database given by its JDBC URL with the keyset file the SDK encrypts it with and the agency's id. Every command that
 * opens a named database ({@code report}, {@code export research}, {@code console}) finds it here, so each option means
 * the same in all of them. A password in a URL is never printed: every message that may quote the URL or a driver's
 * words about it is redacted first.
 *
 * @param home the embedded database directory, or null for a server database
 * @param url the server database's JDBC URL, or null for an embedded one
 * @param urlOption the option that named the URL ({@code --postgres-url} or {@code --mariadb-url}), or null
 * @param keyset the keyset file
 * @param agency the agency
 */
record NamedDatabase(@Nullable Path home, @Nullable String url, @Nullable String urlOption, Path keyset,
        AgencyId agency) {
    /** The file beside the demo database that holds the demo agency's id. */
    static final String AGENCY_FILE = "agency-id";
    static final String POSTGRES_OPTION = "--postgres-url";
    static final String MARIADB_OPTION = "--mariadb-url";

    /**
     * The options that name a server database and the agency, shared by every command that opens a named database
     * (a picocli mixin). The embedded database directory is each command's own option ({@code --database}, and
     * {@code --dir} where that does not already mean something else), since {@code dvpp console --dir} names where its
     * fresh demo goes.
     */
    static final class Options {
        @Option(names = POSTGRES_OPTION, paramLabel = "URL", description = "Use this PostgreSQL database (JDBC URL) "
                + "instead of an embedded one, with --keyset and --agency; a password in it is never printed.")
        @Nullable String postgresUrl;

        @Option(names = MARIADB_OPTION, paramLabel = "URL", description = "Use this MariaDB database (JDBC URL) "
                + "instead of an embedded one, with --keyset and --agency; a password in it is never printed.")
        @Nullable String mariadbUrl;

        @Option(names = "--keyset", paramLabel = "FILE", description = "With --postgres-url or --mariadb-url: the "
                + "keyset file the SDK encrypts that database with.")
        @Nullable Path keyset;

        @Option(names = "--agency", paramLabel = "ID", description = "The agency's id (default for an embedded "
                + "database: read from agency-id in its directory; required with a server database).")
        @Nullable String agency;

        /** @return whether a server database was named */
        boolean namesServer() {
            return postgresUrl != null || mariadbUrl != null;
        }
    }

    /** The database could not be opened; why has been said. */
    static final class NotOpened extends Exception {
        private static final long serialVersionUID = 1L;
        /** The command's exit code. */
        final int exitCode;

        NotOpened(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /**
     * @param dir the embedded database directory the user named, or null
     * @param defaultHome the embedded database to use when none is named (such as the demo's), or null if one must be
     *     named
     * @param options the server database and agency options
     * @param err where to say what is wrong
     * @return the database, or empty (having said why, redacted) when the options do not name a usable one
     * @throws IOException if the agency file cannot be read
     */
    static Optional<NamedDatabase> find(@Nullable Path dir, @Nullable Path defaultHome, Options options,
            PrintWriter err) throws IOException {
        String url = options.postgresUrl != null ? options.postgresUrl : options.mariadbUrl;
        if (options.postgresUrl != null && options.mariadbUrl != null || url != null && dir != null) {
            err.println("Name one database: --database, --postgres-url or --mariadb-url");
            return Optional.empty();
        }
        if (url != null) {
            String option = options.postgresUrl != null ? POSTGRES_OPTION : MARIADB_OPTION;
            Path keys = options.keyset;
            if (keys == null || !Files.isRegularFile(keys) || options.agency == null) {
                err.println("A server database needs --keyset FILE (an existing keyset) and --agency ID");
                return Optional.empty();
            }
            if (!url.startsWith(options.postgresUrl != null ? "jdbc:postgresql:" : "jdbc:mariadb:")) {
                err.println(option + " is not a JDBC URL of that database (" + Redaction.jdbcUrl(url) + ")");
                return Optional.empty();
            }
            return agency(options.agency, err).map(a -> new NamedDatabase(null, url, option, keys, a));
        }
        Path home = dir != null ? dir : defaultHome;
        if (home == null) {
            err.println("Name a database: --database DIR, --postgres-url or --mariadb-url");
            return Optional.empty();
        }
        Path keys = home.resolve("keyset.json");
        if (!Files.isDirectory(home.resolve("db")) || !Files.exists(keys)) {
            err.println("No database in " + home + ": it needs db/ and keyset.json (run `dvpp demo` first, or name "
                    + "one with --database)");
            return Optional.empty();
        }
        String id = options.agency != null ? options.agency : Files.exists(home.resolve(AGENCY_FILE))
                ? Files.readString(home.resolve(AGENCY_FILE)).trim() : null;
        return agency(id, err).map(a -> new NamedDatabase(home, null, null, keys, a));
    }

    private static Optional<AgencyId> agency(@Nullable String id, PrintWriter err) {
        if (id == null) {
            err.println("No agency: give --agency");
            return Optional.empty();
        }
        try {
            return Optional.of(new AgencyId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            err.println("--agency is not a valid id");
            return Optional.empty();
        }
    }

    /**
     * @param err where to say why it cannot be opened (redacted)
     * @return the SDK on this database (close it)
     * @throws NotOpened if it cannot be opened: exit code 2 for a URL the driver refuses, 1 for a database that
     *     cannot be opened
     */
    Dvpp open(PrintWriter err) throws NotOpened {
        DvppBuilder builder = Dvpp.builder().keyProvider(KeyProviders.keysetFile(keyset));
        if (url == null) {
            builder.embeddedDatabase(java.util.Objects.requireNonNull(home).resolve("db"));
        } else {
            try {
                if (POSTGRES_OPTION.equals(urlOption)) {
                    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                    ds.setURL(url);
                    builder.dataSource(ds);
                } else {
                    builder.dataSource(new org.mariadb.jdbc.MariaDbDataSource(url));
                }
            } catch (SQLException | RuntimeException e) {
                // a driver that refuses the URL may quote it
                err.println(urlOption + ": " + Redaction.message(String.valueOf(e.getMessage()), url));
                throw new NotOpened(2);
            }
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            if (url == null && !(e instanceof DvppException || e instanceof IllegalArgumentException)) {
                throw e;
            }
            // the driver's words may quote the URL: redact the password from them (any failure, lest a stack trace
            // carry it out)
            err.println("Cannot open the database: " + (url == null ? e.getMessage()
                    : Redaction.message(String.valueOf(e.getMessage()), url)));
            throw new NotOpened(1);
        }
    }
}
