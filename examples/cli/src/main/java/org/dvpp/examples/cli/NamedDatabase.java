package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.programme.Dvpp;
import org.dvpp.storage.spi.KeyProviders;

/**
 * An embedded database directory as {@code dvpp demo} leaves it ({@code db/}, {@code keyset.json} and
 * {@code agency-id}), named with {@code --dir} or the demo's own, and the agency to act for.
 *
 * @param home the directory
 * @param agency the agency
 */
record NamedDatabase(Path home, AgencyId agency) {
    /** The file beside the demo database that holds the demo agency's id. */
    static final String AGENCY_FILE = "agency-id";

    /**
     * @param dir the directory the user named, or null for the demo's ({@code $DVPP_HOME/demo})
     * @param agency the agency id the user gave, or null to read it from {@value #AGENCY_FILE}
     * @param err where to say what is wrong
     * @return the database, or empty (having said why) when there is none or no agency
     * @throws IOException if the agency file cannot be read
     */
    static Optional<NamedDatabase> find(Path dir, String agency, PrintWriter err) throws IOException {
        Path home = dir != null ? dir : DataHome.directory().resolve("demo");
        if (!Files.isDirectory(home.resolve("db")) || !Files.exists(home.resolve("keyset.json"))) {
            err.println("No database in " + home + " (run `dvpp demo` first, or name one with --dir)");
            return Optional.empty();
        }
        String id = agency != null ? agency : Files.exists(home.resolve(AGENCY_FILE))
                ? Files.readString(home.resolve(AGENCY_FILE)).trim() : null;
        if (id == null) {
            err.println("No agency: give --agency");
            return Optional.empty();
        }
        try {
            return Optional.of(new NamedDatabase(home, new AgencyId(UUID.fromString(id))));
        } catch (IllegalArgumentException e) {
            err.println("--agency is not a valid id");
            return Optional.empty();
        }
    }

    /** @return the SDK on this database (close it) */
    Dvpp open() {
        return Dvpp.builder().embeddedDatabase(home.resolve("db")).keyProvider(KeyProviders.keysetFile(
                home.resolve("keyset.json"))).build();
    }
}
