package org.dvpp.storage.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

/**
 * Brings the schema up to date. Flyway does the migrating, with the scripts read from this module by
 * {@link Class#getResourceAsStream} (class-path scanning does not see into a named module) and the dialect filling in
 * the type placeholders. Two cases skip loading Flyway, which costs more at start-up than everything else in opening
 * storage:
 * <ul>
 *   <li>the history table already lists exactly our scripts, all successful, with the checksums Flyway would compute
 *       for them: the schema is current and there is nothing to do;</li>
 *   <li>a new, empty embedded H2 database: the scripts are run directly and the history table is written exactly as
 *       Flyway writes it, so that Flyway takes over unchanged for the next script (tested against Flyway itself).</li>
 * </ul>
 * Anything else (a pending script, a changed script, a failed or unknown entry, a non-empty schema without history)
 * goes to Flyway, which migrates or refuses with its own message.
 *
 * <p>A schema shared with the host ({@link Options#shared()}): when it holds the host's tables but no history table of
 * ours, Flyway is told to baseline at version {@value #BASELINE_VERSION} (below every script, so every script still
 * runs) after a check that none of our table names is taken. The baseline row it writes is then accepted by the
 * fast "already current" check.
 */
public final class MigrationRunner {
    /** The migration scripts, in order. Add new ones at the end. */
    private static final List<String> SCRIPTS = List.of("V1__schema.sql", "V10__referral_episode.sql",
            "V11__bulk_import_checkpoint.sql", "V20__pathways_facilitators_voids.sql",
            "V30__casework_documents.sql", "V40__partner_support.sql", "V70__data_rights.sql",
            "V90__partnerships.sql");
    /** @return the migration scripts, in order (for tests that compare a history with them) */
    public static List<String> scripts() {
        return SCRIPTS;
    }

    private static final String FOLDER = "migration/";
    /** For the cold-start benchmark only: Flyway creates a new embedded database too (not an option). */
    private static final boolean FLYWAY_ALWAYS = "flyway".equals(System.getProperty("dvpp.benchmark.startUp"));
    /** The default name of the history table. */
    public static final String HISTORY_TABLE = "dvpp_schema_history";
    /** The version Flyway baselines a shared schema at: below every script, so that all of them run. */
    static final String BASELINE_VERSION = "0";
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)");

    /**
     * How the schema is used.
     *
     * @param historyTable the name of the history table (a plain lower-case SQL name)
     * @param shared whether the schema may already hold the host's own tables
     */
    public record Options(String historyTable, boolean shared) {
        /** The defaults: history table {@value MigrationRunner#HISTORY_TABLE}, a schema of our own. */
        public static final Options DEFAULTS = new Options(HISTORY_TABLE, false);
    }
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)}");

    /** What {@link #migrate} did. */
    public enum Outcome {
        /** The schema was already current; Flyway was not needed. */
        ALREADY_CURRENT,
        /** A new embedded H2 database was given the whole schema and a Flyway-compatible history. */
        CREATED_EMBEDDED,
        /** Flyway inspected the schema and applied whatever was pending. */
        MIGRATED_BY_FLYWAY
    }

    private MigrationRunner() {
    }

    /**
     * @param dataSource the data source
     * @param dialect its dialect
     * @return what was done
     * @throws StorageConfigurationException if the schema cannot be brought up to date
     */
    public static Outcome migrate(DataSource dataSource, Dialect dialect) {
        return migrate(dataSource, dialect, Options.DEFAULTS);
    }

    /**
     * @param dataSource the data source
     * @param dialect its dialect
     * @param options the history table's name and whether the schema is shared with the host
     * @return what was done
     * @throws StorageConfigurationException if the schema cannot be brought up to date
     */
    public static Outcome migrate(DataSource dataSource, Dialect dialect, Options options) {
        String table = options.historyTable();
        boolean baseline = false;
        // one start-up at a time in this JVM, so two builders on one new embedded database cannot both create it
        synchronized (MigrationRunner.class) {
            try (Connection c = dataSource.getConnection()) {
                Optional<List<Applied>> history = history(c, dialect, table);
                if (history.isPresent() && current(history.get())) {
                    return Outcome.ALREADY_CURRENT;
                }
                // the cold-start benchmark measures what this shortcut gains with dvpp.benchmark.startUp=flyway
                if (history.isEmpty() && dialect == Dialect.H2 && !FLYWAY_ALWAYS && emptyH2Schema(c)) {
                    createEmbedded(c, dialect, table);
                    return Outcome.CREATED_EMBEDDED;
                }
                if (history.isEmpty() && options.shared()) {
                    List<String> taken = takenTableNames(c, dialect);
                    if (!taken.isEmpty()) {
                        throw new StorageConfigurationException("The shared schema already holds tables with the "
                                + "names of the SDK's own tables " + taken + ": nothing was created; rename the "
                                + "host's tables or give the SDK a schema of its own (option "
                                + "StorageConfig.SCHEMA)");
                    }
                    baseline = true;
                }
            } catch (SQLException e) {
                throw new StorageConfigurationException("The storage schema could not be checked (SQLSTATE "
                        + e.getSQLState() + "): " + e.getMessage(), e);
            }
            flyway(dataSource, dialect, table, baseline);
            return Outcome.MIGRATED_BY_FLYWAY;
        }
    }

    private static void flyway(DataSource dataSource, Dialect dialect, String table, boolean baseline) {
        try {
            configured(dataSource, dialect, table, baseline).migrate();
        } catch (FlywayException e) {
            String message = e.getMessage();
            if (message != null && message.contains("non-empty schema")) {
                message += " (the schema holds another application's tables and no history table " + table
                        + " of the SDK's: to put the SDK's tables beside them set the option StorageConfig."
                        + "SHARED_SCHEMA (\"" + "schema.shared" + "\") to true, or give the SDK a schema of its own "
                        + "with StorageConfig.SCHEMA)";
            }
            throw new StorageConfigurationException("The storage schema could not be migrated: " + message, e);
        }
    }

    /**
     * @param dataSource the data source
     * @param dialect its dialect
     * @return Flyway configured exactly as {@link #migrate} uses it (for tools and tests that inspect the history)
     */
    public static Flyway configured(DataSource dataSource, Dialect dialect) {
        return configured(dataSource, dialect, HISTORY_TABLE, false);
    }

    /**
     * @param dataSource the data source
     * @param dialect its dialect
     * @param table the history table's name
     * @param baseline whether a non-empty schema without history is baselined at {@value #BASELINE_VERSION}
     * @return Flyway configured exactly as {@link #migrate(DataSource, Dialect, Options)} uses it
     */
    public static Flyway configured(DataSource dataSource, Dialect dialect, String table, boolean baseline) {
        return Flyway.configure(MigrationRunner.class.getClassLoader())
                .dataSource(dataSource)
                .loggers("slf4j")
                .table(table)
                .baselineOnMigrate(baseline)
                .baselineVersion(BASELINE_VERSION)
                .baselineDescription("<< host schema shared with DVPP Kit >>")
                .placeholders(dialect.placeholders())
                .resourceProvider(new Scripts())
                .javaMigrationClassProvider(List::of)
                .failOnMissingLocations(false)
                .load();
    }

    /** One row of the history table. */
    record Applied(int rank, @Nullable String version, String script, @Nullable Integer checksum, String type,
            boolean success) {
    }

    /** @return the rows of the history table, or empty if there is no history table */
    static Optional<List<Applied>> history(Connection c, Dialect dialect, String name) throws SQLException {
        if (!historyTableExists(c, dialect, name)) {
            return Optional.empty();
        }
        List<Applied> rows = new ArrayList<>();
        String table = dialect == Dialect.MARIADB ? name : '"' + name + '"';
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(dialect == Dialect.MARIADB
                        ? "SELECT installed_rank, version, script, checksum, type, success FROM " + table
                                + " ORDER BY installed_rank"
                        : "SELECT \"installed_rank\", \"version\", \"script\", \"checksum\", \"type\", \"success\" FROM "
                                + table + " ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                int checksum = rs.getInt(4);
                rows.add(new Applied(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.wasNull() ? null : checksum, rs.getString(5), rs.getBoolean(6)));
            }
        }
        return Optional.of(rows);
    }

    private static boolean historyTableExists(Connection c, Dialect dialect, String name) throws SQLException {
        String schema = c.getSchema();
        String catalog = c.getCatalog();
        DatabaseMetaData md = c.getMetaData();
        // the name is a LIKE pattern, in which '_' matches any character: escape it
        String escape = md.getSearchStringEscape();
        String pattern = escape == null || escape.isEmpty() ? name : name.replace("_", escape + "_");
        try (ResultSet rs = dialect == Dialect.MARIADB ? md.getTables(catalog, null, pattern, null)
                : md.getTables(catalog, schema, pattern, null)) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** @return whether the history lists exactly our scripts, in order, all successful and unchanged */
    static boolean current(List<Applied> history) {
        // the table marker, and in a shared schema the baseline below every script, are not migrations
        List<Applied> migrations = history.stream().filter(a -> !"TABLE".equals(a.type()))
                .filter(a -> !("BASELINE".equals(a.type()) && BASELINE_VERSION.equals(a.version()) && a.success()))
                .toList();
        if (migrations.size() != SCRIPTS.size()) {
            return false;
        }
        for (int i = 0; i < SCRIPTS.size(); i++) {
            Applied a = migrations.get(i);
            String script = SCRIPTS.get(i);
            if (!a.success() || !"SQL".equals(a.type()) || !script.equals(a.script())
                    || !version(script).equals(a.version()) || a.checksum() == null
                    || a.checksum() != checksum(script)) {
                return false;
            }
        }
        return true;
    }

    /** @return the names of the SDK's tables (lower case), read from the migration scripts */
    public static java.util.SortedSet<String> tableNames() {
        java.util.SortedSet<String> ours = new java.util.TreeSet<>();
        for (String script : SCRIPTS) {
            Matcher m = CREATE_TABLE.matcher(read(script));
            while (m.find()) {
                ours.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return ours;
    }

    /** @return the names of the SDK's tables that a table already in the current schema has (case ignored) */
    private static List<String> takenTableNames(Connection c, Dialect dialect) throws SQLException {
        java.util.Set<String> ours = new java.util.TreeSet<>();
        for (String script : SCRIPTS) {
            Matcher m = CREATE_TABLE.matcher(read(script));
            while (m.find()) {
                ours.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<String> taken = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = dialect == Dialect.MARIADB ? md.getTables(c.getCatalog(), null, "%", null)
                : md.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
            while (rs.next()) {
                String existing = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (ours.contains(existing)) {
                    taken.add(existing);
                }
            }
        }
        return taken.stream().sorted().toList();
    }

    private static boolean emptyH2Schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA) + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES "
                        + "WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA)")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /**
     * Runs every script on a new, empty H2 schema and writes the history as Flyway would have. H2 commits DDL as it
     * goes, so on failure everything is dropped again (the schema was empty) and the error is reported.
     */
    private static void createEmbedded(Connection c, Dialect dialect, String table) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            String user;
            try (ResultSet rs = s.executeQuery("SELECT CURRENT_USER")) {
                rs.next();
                user = rs.getString(1);
            }
            s.execute("CREATE TABLE \"" + table + "\" (\"installed_rank\" INT NOT NULL, "
                    + "\"version\" VARCHAR(50), \"description\" VARCHAR(200) NOT NULL, \"type\" VARCHAR(20) NOT NULL, "
                    + "\"script\" VARCHAR(1000) NOT NULL, \"checksum\" INT, \"installed_by\" VARCHAR(100) NOT NULL, "
                    + "\"installed_on\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, \"execution_time\" INT NOT NULL, "
                    + "\"success\" BOOLEAN NOT NULL, CONSTRAINT \"" + table + "_pk\" PRIMARY KEY (\"installed_rank\"))");
            s.execute("CREATE INDEX \"" + table + "_s_idx\" ON \"" + table + "\" (\"success\")");
            String insert = "INSERT INTO \"" + table + "\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setInt(1, -1);
                ps.setNull(2, Types.VARCHAR);
                ps.setString(3, "<< Flyway Schema History table created >>");
                ps.setString(4, "TABLE");
                ps.setString(5, "");
                ps.setNull(6, Types.INTEGER);
                ps.setString(7, user);
                ps.setInt(8, 0);
                ps.executeUpdate();
                int rank = 1;
                for (String script : SCRIPTS) {
                    long started = System.nanoTime();
                    // H2 runs a list of statements separated by semicolons in one call
                    s.execute(fill(read(script), dialect));
                    ps.setInt(1, rank++);
                    ps.setString(2, version(script));
                    ps.setString(3, description(script));
                    ps.setString(4, "SQL");
                    ps.setString(5, script);
                    ps.setInt(6, checksum(script));
                    ps.setString(7, user);
                    ps.setInt(8, (int) ((System.nanoTime() - started) / 1_000_000));
                    ps.executeUpdate();
                }
            }
        } catch (SQLException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** @return the script with the dialect's placeholders filled in */
    static String fill(String sql, Dialect dialect) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        while (m.find()) {
            String value = dialect.placeholders().get(m.group(1));
            if (value == null) {
                throw new StorageConfigurationException("Migration script uses an unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Flyway's checksum of a script: CRC32 over its lines, each as UTF-8 without its line ending, a byte-order mark
     * removed from the first.
     *
     * @param script the script's file name
     * @return its checksum
     */
    public static int checksum(String script) {
        CRC32 crc = new CRC32();
        try (BufferedReader r = new BufferedReader(open(script))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static String read(String script) {
        try (Reader r = open(script)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) >= 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String script) {
        return name(script).group(1);
    }

    private static String description(String script) {
        return name(script).group(2).replace('_', ' ');
    }

    private static Reader open(String file) {
        InputStream in = MigrationRunner.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("migration script missing: " + file));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Matcher name(String script) {
        Matcher m = SCRIPT_NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration script name not in the form V<n>__<words>.sql: " + script);
        }
        return m;
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
            return open(file);
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
