package org.dvpp.storage.spi;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * What a {@link StorageProvider} needs to open storage: the host's {@link DataSource} (the SDK never opens its own
 * pool), the {@link KeyProvider} (mandatory: there is no built-in key), the clock, the retry bound for serialization
 * failures, whether to run schema migrations, and provider-specific options. Build with {@link #builder(DataSource)}.
 *
 * @param dataSource the host's data source
 * @param keyProvider where the encryption keys come from
 * @param clock the clock for timestamps the storage sets itself (outbox, audit)
 * @param maxAttempts how many times a transaction is attempted when it hits SQLSTATE 40001/40P01 (1 = no retry)
 * @param migrate whether to create or upgrade the schema on open
 * @param options provider-specific options (for example {@code "schema"})
 * @param keyProviderTimeout how long one call to the key provider may take before opening (or a key refresh) fails
 *     closed with a generic {@link StorageConfigurationException}
 * @since 0.1
 */
@Classified
public record StorageConfig(DataSource dataSource, KeyProvider keyProvider, Clock clock, int maxAttempts,
        boolean migrate, Map<String, String> options, java.time.Duration keyProviderTimeout) {
    /** The default {@link #keyProviderTimeout()}: 30 seconds. */
    public static final java.time.Duration DEFAULT_KEY_PROVIDER_TIMEOUT = java.time.Duration.ofSeconds(30);

    /**
     * Option: {@code true} when the storage was opened on an embedded database that the caller made through
     * {@link StorageProvider#embeddedDataSource}; closing the storage then closes that database and releases its files.
     */
    public static final String CLOSE_EMBEDDED_DATABASE = "embedded.closeOnClose";

    /**
     * Option: {@code true} lets the SDK put its tables in a schema that already holds the host's own tables (a CRM's,
     * say). Without it, opening refuses a schema that holds other tables but no SDK history, so that a wrong database
     * is never filled with the SDK's tables by mistake. With it, the first start creates the SDK's tables beside the
     * host's, after checking that none of the host's tables has the name of one of the SDK's (a clash is refused with
     * the names, and nothing is created). Later starts find the SDK's own history table and migrate only the SDK's
     * tables. Default {@code false}.
     */
    public static final String SHARED_SCHEMA = "schema.shared";

    /**
     * Option: the name of the table in which the SDK records which of its schema migrations have run (a plain SQL name
     * of lower-case letters, digits and {@code _}, starting with a letter, at most 63 characters). Default
     * {@code dvpp_schema_history}, which does not collide with a host's own Flyway ({@code flyway_schema_history}) or
     * Liquibase tables. Change it only before the first start: a renamed table is not found again.
     */
    public static final String HISTORY_TABLE = "schema.historyTable";

    /**
     * Option: a schema of the SDK's own (PostgreSQL and H2: a schema; MariaDB: a database on the same server), created
     * if it does not exist; the SDK's tables and its history table live there, and every connection the SDK borrows
     * from the host's data source is switched to it for the SDK's work and switched back before it is returned. The
     * name follows the rule of {@link #HISTORY_TABLE}. Default: the data source's current schema.
     */
    public static final String SCHEMA = "schema.name";

    /**
     * Option: the name of a database role (PostgreSQL) or user or role (MariaDB) that the application runs as. When
     * storage opens with migrations on, after migrating (so as the schema's owner), it grants that role what the SDK
     * needs and no more: SELECT, INSERT, UPDATE and DELETE on its tables, but only SELECT and INSERT on the audit log,
     * so that the application's own credentials cannot UPDATE, DELETE or TRUNCATE audit entries. The role must exist;
     * the name follows the rule of {@link #HISTORY_TABLE}. Open again with it after every upgrade (new tables are
     * granted then). Not for the embedded H2 database.
     *
     * @since 0.3
     */
    public static final String RUNTIME_ROLE = "schema.runtimeRole";

    /**
     * Option: what opening does when the {@link KeyProvider} hands over a keyset in clear
     * ({@link DataKeyset.Cleartext}, such as {@link KeyProviders#keysetFile(java.nio.file.Path)}): {@code warn}
     * (the default) logs a security warning naming the provider; {@code refuse} refuses to open, for production
     * deployments that must only ever see KMS-wrapped keysets.
     *
     * @since 0.3
     */
    public static final String CLEARTEXT_KEYS = "keys.cleartext";


    /** Checks the input. */
    public StorageConfig {
        Checks.required(dataSource, "dataSource");
        Checks.required(keyProvider, "keyProvider");
        // the key provider is a plugin like any other: its id and SPI version follow the plugin rules
        org.dvpp.plugin.PluginLoader.of(KeyProvider.KIND).add(keyProvider);
        Checks.required(clock, "clock");
        Checks.range(maxAttempts, "maxAttempts", 1, 100);
        options = Map.copyOf(Checks.required(options, "options"));
        checkTimeout(keyProviderTimeout);
    }

    private static java.time.Duration checkTimeout(java.time.Duration t) {
        Checks.required(t, "keyProviderTimeout");
        if (t.isNegative() || t.isZero() || t.compareTo(java.time.Duration.ofMinutes(10)) > 0) {
            throw new org.dvpp.domain.InvalidInputException("keyProviderTimeout", "range",
                    "keyProviderTimeout must be more than zero and at most 10 minutes");
        }
        return t;
    }

    /**
     * @param key the option's name
     * @return its value, if set
     */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /**
     * @param dataSource the host's data source
     * @return a builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Checks.required(dataSource, "dataSource"));
    }

    /** Builds a {@link StorageConfig}. */
    public static final class Builder {
        private final DataSource dataSource;
        private KeyProvider keyProvider;
        private Clock clock = Clock.systemUTC();
        private int maxAttempts = 5;
        private boolean migrate = true;
        private java.time.Duration keyProviderTimeout = DEFAULT_KEY_PROVIDER_TIMEOUT;
        private final java.util.HashMap<String, String> options = new java.util.HashMap<>();

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * @param keyProvider where the encryption keys come from (required)
         * @return this
         */
        public Builder keyProvider(KeyProvider keyProvider) {
            this.keyProvider = Checks.required(keyProvider, "keyProvider");
            return this;
        }

        /**
         * @param clock the clock (default UTC system clock)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.required(clock, "clock");
            return this;
        }

        /**
         * @param maxAttempts attempts per transaction on serialization failure (default 5)
         * @return this
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = Checks.range(maxAttempts, "maxAttempts", 1, 100);
            return this;
        }

        /**
         * @param migrate whether to migrate the schema on open (default true)
         * @return this
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * @param timeout how long one key provider call may take (default 30 s; more than zero, at most 10 min)
         * @return this
         */
        public Builder keyProviderTimeout(java.time.Duration timeout) {
            this.keyProviderTimeout = checkTimeout(timeout);
            return this;
        }

        /**
         * @param key option name
         * @param value option value
         * @return this
         */
        public Builder option(String key, String value) {
            options.put(Checks.text(key, "key", 200), Checks.required(value, "value"));
            return this;
        }

        /**
         * @return the configuration
         * @throws StorageConfigurationException if no key provider was given
         */
        public StorageConfig build() {
            if (keyProvider == null) {
                throw new StorageConfigurationException("No KeyProvider configured: sensitive fields are encrypted at "
                        + "rest and there is no built-in key; pass one with keyProvider(...) "
                        + "(for development: KeyProviders.generateKeysetFile(path) once, then KeyProviders.keysetFile(path))");
            }
            return new StorageConfig(dataSource, keyProvider, clock, maxAttempts, migrate, options, keyProviderTimeout);
        }
    }
}
