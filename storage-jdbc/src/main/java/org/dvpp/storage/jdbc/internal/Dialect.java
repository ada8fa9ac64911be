package org.dvpp.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dvpp.storage.spi.StorageConfigurationException;

/**
 * Every difference between the supported databases, in one place: column types (as Flyway placeholders), how a UUID
 * is bound and read, and how errors are classified. The SQL elsewhere is plain and portable.
 */
public enum Dialect {
    /** H2 2.x, the embedded default. */
    H2(Map.of("uuid", "UUID", "bytes", "VARBINARY(16777216)", "text", "VARCHAR(16777216)", "bool", "BOOLEAN",
            "datetime", "TIMESTAMP(6)"), true),
    /** PostgreSQL 13 or later (and PostgreSQL-compatible engines). */
    POSTGRESQL(Map.of("uuid", "UUID", "bytes", "BYTEA", "text", "TEXT", "bool", "BOOLEAN",
            "datetime", "TIMESTAMP(6)"), true),
    /** MariaDB 10.6 or later (InnoDB). */
    MARIADB(Map.of("uuid", "CHAR(36) CHARACTER SET ascii", "bytes", "MEDIUMBLOB", "text", "MEDIUMTEXT",
            "bool", "BOOLEAN", "datetime", "DATETIME(6)"), false);

    private final Map<String, String> placeholders;
    private final boolean nativeUuid;

    Dialect(Map<String, String> placeholders, boolean nativeUuid) {
        this.placeholders = placeholders;
        this.nativeUuid = nativeUuid;
    }

    /** @return the Flyway placeholders that turn the portable schema into this dialect's */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /**
     * @param connection an open connection
     * @return the dialect of its database
     * @throws SQLException on driver failure
     */
    public static Dialect detect(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new StorageConfigurationException("The database '" + md.getDatabaseProductName()
                + "' is not supported by the jdbc storage provider; use H2, PostgreSQL or MariaDB");
    }

    void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (nativeUuid) {
            ps.setObject(index, value);
        } else {
            ps.setString(index, value.toString());
        }
    }

    UUID getUuid(ResultSet rs, String column) throws SQLException {
        if (nativeUuid) {
            return rs.getObject(column, UUID.class);
        }
        String s = rs.getString(column);
        return s == null ? null : UUID.fromString(s);
    }

    /** @return the statement that locks a row for the rest of the transaction, appended to a SELECT */
    String forUpdate() {
        return " FOR UPDATE";
    }

    /**
     * @param e a failure
     * @return whether the whole transaction may be retried (serialization failure, deadlock, lock timeout, a race on
     *     an outbox stream's first sequence number)
     */
    boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState() == null ? "" : s.getSQLState();
                if (state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
                if (this == MARIADB && (s.getErrorCode() == 1213 || s.getErrorCode() == 1205)) {
                    return true;
                }
                if (this == H2 && (s.getErrorCode() == 90131 || s.getErrorCode() == 50200)) {
                    return true;
                }
                if (isDuplicate(s) && String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT)
                        .contains("uq_outbox_stream")) {
                    return true;
                }
                // two first writes for one subject both made his data key: the one that lost reads the other's
                if (isDuplicate(s) && String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT)
                        .contains("uq_subject_key")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param e a failure
     * @return whether it is a unique-key violation
     */
    boolean isDuplicate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.equals("23505") || (this == MARIADB && e.getErrorCode() == 1062);
    }

    /**
     * @param dateExpr an SQL expression of type DATE
     * @return an SQL expression for its day number counted from 1970-01-01
     */
    String epochDay(String dateExpr) {
        return switch (this) {
            case H2 -> "DATEDIFF('DAY', DATE '1970-01-01', " + dateExpr + ")";
            case POSTGRESQL -> "(" + dateExpr + " - DATE '1970-01-01')";
            case MARIADB -> "DATEDIFF(" + dateExpr + ", DATE '1970-01-01')";
        };
    }

    /**
     * @param nanosExpr an SQL expression for a non-negative BIGINT of nanoseconds since the epoch
     * @return an SQL expression for the UTC day number it falls on
     */
    String epochDayOfNanos(String nanosExpr) {
        return this == MARIADB ? "(" + nanosExpr + " DIV 86400000000000)" : "(" + nanosExpr + " / 86400000000000)";
    }
}
