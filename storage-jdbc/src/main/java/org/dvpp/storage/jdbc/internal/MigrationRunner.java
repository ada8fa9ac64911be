package org.dvpp.storage.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Runs the schema migrations with Flyway. The scripts are read from this module with {@link Class#getResourceAsStream}
 * (not by class-path scanning, which does not see into a named module); the dialect fills in the type placeholders.
 */
public final class MigrationRunner {
    /** The migration scripts, in order. Add new ones at the end. */
    private static final List<String> SCRIPTS = List.of("V1__schema.sql");
    private static final String FOLDER = "migration/";
    static final String HISTORY_TABLE = "dvpp_schema_history";

    private MigrationRunner() {
    }

    /**
     * @param dataSource the data source
     * @param dialect its dialect
     */
    public static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure(MigrationRunner.class.getClassLoader())
                    .dataSource(dataSource)
                    .loggers("slf4j")
                    .table(HISTORY_TABLE)
                    .placeholders(dialect.placeholders())
                    .resourceProvider(new Scripts())
                    .javaMigrationClassProvider(List::of)
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageConfigurationException("The storage schema could not be migrated: " + e.getMessage(), e);
        }
    }

    private static final class Scripts implements ResourceProvider {
        @Override
        public LoadableResource getResource(String name) {
            String file = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
            return SCRIPTS.contains(file) ? new Script(file) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> out = new ArrayList<>();
            for (String s : SCRIPTS) {
                for (String suffix : suffixes) {
                    if (s.startsWith(prefix) && s.endsWith(suffix)) {
                        out.add(new Script(s));
                        break;
                    }
                }
            }
            return out;
        }
    }

    private static final class Script extends LoadableResource {
        private final String file;

        Script(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = MigrationRunner.class.getResourceAsStream(FOLDER + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("migration script missing: " + file));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return "org/dvpp/storage/jdbc/internal/" + FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
