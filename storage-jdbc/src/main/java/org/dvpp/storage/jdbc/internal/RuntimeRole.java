package org.dvpp.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grants the application's database role what the SDK needs and no more (option {@link StorageConfig#RUNTIME_ROLE}),
 * run as the schema's owner after migrating: SELECT, INSERT, UPDATE, DELETE on every SDK table, SELECT and INSERT only
 * on {@code audit_log}, SELECT only on the migration history. TRUNCATE is granted on nothing; on PostgreSQL UPDATE,
 * DELETE and TRUNCATE on {@code audit_log} are also revoked, in case an earlier grant gave them. On MariaDB, TRUNCATE
 * needs DROP, which is granted on nothing.
 */
public final class RuntimeRole {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeRole.class);
    /** The table the runtime role may only read and append to. */
    static final String AUDIT_TABLE = "audit_log";

    private RuntimeRole() {
    }

    /**
     * @param owner a data source connecting as the schema's owner
     * @param dialect the database
     * @param role the runtime role (a plain SQL name, checked by the provider)
     * @param historyTable the migration history table
     */
    public static void grant(DataSource owner, Dialect dialect, String role, String historyTable) {
        if (dialect == Dialect.H2) {
            throw new InvalidInputException(StorageConfig.RUNTIME_ROLE, "allowed-value", "The option "
                    + StorageConfig.RUNTIME_ROLE + " is for PostgreSQL and MariaDB; the embedded H2 database has one "
                    + "user");
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                if (dialect == Dialect.POSTGRESQL) {
                    String schema;
                    try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                        rs.next();
                        schema = rs.getString(1);
                    }
                    s.execute("GRANT USAGE ON SCHEMA \"" + schema.replace("\"", "\"\"") + "\" TO " + role);
                }
                for (String table : MigrationRunner.tableNames()) {
                    s.execute("GRANT SELECT, INSERT" + (table.equals(AUDIT_TABLE) ? "" : ", UPDATE, DELETE") + " ON "
                            + table + " TO " + role);
                }
                s.execute("GRANT SELECT ON " + historyTable + " TO " + role);
                if (dialect == Dialect.POSTGRESQL) {
                    s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + AUDIT_TABLE + " FROM " + role);
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageConfigurationException("The runtime role " + role + " could not be granted its "
                    + "privileges (SQLSTATE " + e.getSQLState() + "): it must exist, and storage must be opened as the "
                    + "schema's owner to grant them", e);
        }
        LOG.info("runtime role {} granted the SDK's tables, with SELECT and INSERT only on {}", role, AUDIT_TABLE);
    }
}
