package org.dvpp.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.jdbc.internal.Dialect;
import org.dvpp.storage.jdbc.internal.FieldCipher;
import org.dvpp.storage.jdbc.internal.JdbcStorage;
import org.dvpp.storage.jdbc.internal.MigrationRunner;
import org.dvpp.storage.jdbc.internal.SchemaDataSource;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageProvider;
import org.dvpp.storage.spi.StorageUnavailableException;

/**
 * The JDBC storage provider, id {@value #ID}: H2 (the embedded default), PostgreSQL and MariaDB on the host's
 * {@link javax.sql.DataSource}. Opening it loads the keys (refusing to start without a usable keyset), detects the
 * database, and (unless {@link StorageConfig#migrate()} is false) brings the schema up to date: with Flyway when a
 * script is pending, directly (with a Flyway-identical history) on a new embedded H2 database, and not at all when the
 * schema is already current.
 *
 * <p>Options ({@link StorageConfig.Builder#option(String, String)}; any other is refused): {@value #COPY_BULK_IMPORT}
 * {@code =true} makes bulk import use PostgreSQL's COPY instead of batched INSERTs; {@value #DURABILITY_GUARD}
 * {@code =warn} (see below); and the schema options of {@link StorageConfig}: {@link StorageConfig#SHARED_SCHEMA}
 * (the SDK's tables beside the host's in one schema), {@link StorageConfig#HISTORY_TABLE} (the name of the SDK's
 * migration history table) and {@link StorageConfig#SCHEMA} (a schema of the SDK's own).
 *
 * <p>For good batch performance give the data source {@code reWriteBatchedInserts=true} (PostgreSQL) or
 * {@code rewriteBatchedStatements=true} (MariaDB).
 *
 * @since 0.1
 */
public final class JdbcStorageProvider implements StorageProvider {
    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    /** The provider id. */
    public static final String ID = "jdbc";

    /** Creates the provider (also done by {@link java.util.ServiceLoader}). */
    public JdbcStorageProvider() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Storage open(StorageConfig config) {
        Checks.required(config, "config");
        // loading the keys (Tink) and connecting and migrating are independent and both slow: do them side by side
        FutureTask<FieldCipher> keys = new FutureTask<>(() -> new FieldCipher(config.keyProvider(),
                config.keyProviderTimeout(), "refuse".equals(config.option(StorageConfig.CLEARTEXT_KEYS)
                        .orElse("warn"))));
        if ("sequential".equals(System.getProperty("dvpp.benchmark.startUp"))) {
            keys.run(); // the cold-start benchmark measuring what the side-by-side start gains (not an option)
        } else {
            Thread loader = new Thread(keys, "dvpp-storage-keys");
            loader.setDaemon(true);
            loader.start();
        }
        Dialect dialect;
        FieldCipher cipher;
        StorageConfig effective = config;
        try {
            checkOptions(config);
            try (Connection c = config.dataSource().getConnection()) {
                dialect = Dialect.detect(c);
                if (dialect == Dialect.POSTGRESQL) {
                    durabilityGuard(c, config);
                }
            } catch (SQLException e) {
                throw new StorageUnavailableException("Cannot connect to the database to open storage (SQLSTATE "
                        + e.getSQLState() + ")", e);
            }
            java.util.Optional<String> schema = config.option(StorageConfig.SCHEMA);
            if (schema.isPresent()) {
                try {
                    effective = new StorageConfig(SchemaDataSource.create(config.dataSource(), dialect, schema.get()),
                            config.keyProvider(), config.clock(), config.maxAttempts(), config.migrate(),
                            config.options(), config.keyProviderTimeout());
                } catch (SQLException e) {
                    throw new org.dvpp.storage.spi.StorageConfigurationException("The SDK's own schema "
                            + schema.get() + " could not be created or used (SQLSTATE " + e.getSQLState() + "); "
                            + "create it and grant the SDK's role its use, or choose another name", e);
                }
            }
            if (config.migrate()) {
                MigrationRunner.migrate(effective.dataSource(), dialect, new MigrationRunner.Options(
                        config.option(StorageConfig.HISTORY_TABLE).orElse(MigrationRunner.HISTORY_TABLE),
                        Boolean.parseBoolean(config.option(StorageConfig.SHARED_SCHEMA).orElse("false"))));
                java.util.Optional<String> role = config.option(StorageConfig.RUNTIME_ROLE);
                if (role.isPresent()) {
                    org.dvpp.storage.jdbc.internal.RuntimeRole.grant(effective.dataSource(), dialect, role.get(),
                            config.option(StorageConfig.HISTORY_TABLE).orElse(MigrationRunner.HISTORY_TABLE));
                }
            }
        } finally {
            // a key problem is reported before a database problem, as it was when the keys were loaded first
            cipher = keys(keys);
        }
        return new JdbcStorage(effective, dialect, cipher);
    }

    /** Option: {@code true} makes bulk import on PostgreSQL use COPY instead of batched INSERTs. */
    public static final String COPY_BULK_IMPORT = "postgresql.copyBulkImport";

    /** Every option this provider understands; any other is refused, so that a misspelt one is not silently ignored. */
    public static final java.util.Set<String> OPTIONS = java.util.Set.of(COPY_BULK_IMPORT, "postgresql.durabilityGuard",
            StorageConfig.CLOSE_EMBEDDED_DATABASE, StorageConfig.SHARED_SCHEMA, StorageConfig.HISTORY_TABLE,
            StorageConfig.SCHEMA, StorageConfig.RUNTIME_ROLE, StorageConfig.CLEARTEXT_KEYS);

    /** A plain SQL name: needs no quoting on any engine and folds to itself on PostgreSQL. */
    private static final java.util.regex.Pattern SQL_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static void checkOptions(StorageConfig config) {
        for (String key : config.options().keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new InvalidInputException("options", "allowed-value", "The jdbc storage provider has no option '"
                        + key + "'; it understands " + new java.util.TreeSet<>(OPTIONS));
            }
        }
        for (String key : java.util.List.of(COPY_BULK_IMPORT, StorageConfig.CLOSE_EMBEDDED_DATABASE,
                StorageConfig.SHARED_SCHEMA)) {
            String v = config.option(key).orElse("false");
            if (!v.equals("true") && !v.equals("false")) {
                throw new InvalidInputException(key, "allowed-value", "The option " + key
                        + " must be true or false");
            }
        }
        String guard = config.option("postgresql.durabilityGuard").orElse("refuse");
        if (!guard.equals("refuse") && !guard.equals("warn")) {
            throw new InvalidInputException("postgresql.durabilityGuard", "allowed-value",
                    "The option postgresql.durabilityGuard must be refuse or warn");
        }
        String cleartext = config.option(StorageConfig.CLEARTEXT_KEYS).orElse("warn");
        if (!cleartext.equals("warn") && !cleartext.equals("refuse")) {
            throw new InvalidInputException(StorageConfig.CLEARTEXT_KEYS, "allowed-value",
                    "The option " + StorageConfig.CLEARTEXT_KEYS + " must be warn or refuse");
        }
        for (String key : java.util.List.of(StorageConfig.HISTORY_TABLE, StorageConfig.SCHEMA,
                StorageConfig.RUNTIME_ROLE)) {
            java.util.Optional<String> v = config.option(key);
            if (v.isPresent() && !SQL_NAME.matcher(v.get()).matches()) {
                throw new InvalidInputException(key, "pattern", "The option " + key + " must be a plain SQL name: "
                        + "a lower-case letter, then up to 62 lower-case letters, digits or _");
            }
        }
    }

    /** Option: {@code warn} turns the PostgreSQL durability guard's refusal into a logged security warning. */
    public static final String DURABILITY_GUARD = "postgresql.durabilityGuard";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcStorageProvider.class);

    /** R-REL-4: refuse to run where a committed transaction may be lost (fsync or synchronous_commit off). */
    private static void durabilityGuard(Connection c, StorageConfig config) throws SQLException {
        java.util.List<String> off = new java.util.ArrayList<>();
        for (String setting : java.util.List.of("fsync", "synchronous_commit")) {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SHOW " + setting)) {
                if (rs.next() && "off".equalsIgnoreCase(rs.getString(1).trim())) {
                    off.add(setting);
                }
            }
        }
        if (off.isEmpty()) {
            return;
        }
        String what = "PostgreSQL has " + String.join(" and ", off) + " off for this connection: a committed change "
                + "(an audit entry, a risk event) can be lost in a crash";
        if ("warn".equals(config.option(DURABILITY_GUARD).orElse("refuse"))) {
            LOG.warn("SECURITY durability guard: {}; running anyway because {}=warn", what, DURABILITY_GUARD);
            return;
        }
        throw new org.dvpp.storage.spi.StorageConfigurationException(what + "; turn it on (or set the option "
                + DURABILITY_GUARD + "=warn to run with a logged warning)");
    }

    private static FieldCipher keys(FutureTask<FieldCipher> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The embedded default: an H2 database file {@code dvpp} in the directory, kept open while the JVM runs. H2 must be
     * on the module or class path (it is a dependency of this artifact).
     *
     * <p>H2 has no way to quote a file name inside its URL: a {@code ;} starts a connection setting (so a directory
     * named {@code x;INIT=...} would run SQL). A directory whose absolute path holds a {@code ;} or a control character
     * is therefore refused with an {@link InvalidInputException} (field {@code directory}, rule
     * {@value #RULE_EMBEDDED_PATH}) before any database is opened.
     *
     * @throws InvalidInputException if the directory's path cannot be put in an H2 URL safely
     */
    @Override
    public java.util.Optional<javax.sql.DataSource> embeddedDataSource(java.nio.file.Path directory) {
        Checks.required(directory, "directory");
        String file = directory.toAbsolutePath().resolve("dvpp").toString();
        checkEmbeddedPath(file);
        String url = "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1";
        return java.util.Optional.of(new org.dvpp.storage.jdbc.internal.EmbeddedDataSource(url));
    }

    /** The rule code for an embedded-database directory that cannot be put in an H2 URL safely. */
    public static final String RULE_EMBEDDED_PATH = "no-url-syntax-in-path";

    private static void checkEmbeddedPath(String file) {
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == ';' || Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                throw new InvalidInputException("directory", RULE_EMBEDDED_PATH, "The embedded database directory "
                        + "must not contain ';' or control characters: H2 reads ';' in its URL as the start of a "
                        + "connection setting (character " + (i + 1) + " of the absolute path); choose another "
                        + "directory");
            }
        }
    }

    /**
     * Writes a new development keyset with {@link Keysets#generate(java.nio.file.Path)}.
     *
     * @return always {@code true}
     */
    @Override
    public boolean generateKeysetFile(java.nio.file.Path file) {
        Keysets.generate(file);
        return true;
    }

    /**
     * Writes a new development audit signing keyset with {@link Keysets#generateAuditSigning(java.nio.file.Path)}.
     *
     * @return always {@code true}
     */
    @Override
    public boolean generateAuditSigningKeysetFile(java.nio.file.Path file) {
        Keysets.generateAuditSigning(file);
        return true;
    }

    @Override
    public String toString() {
        return "JdbcStorageProvider[" + ID + "]";
    }
}
