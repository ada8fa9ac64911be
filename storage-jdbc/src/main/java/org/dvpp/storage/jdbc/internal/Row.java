package org.dvpp.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/** A typed view of the current row of a result set. */
final class Row {
    private final ResultSet rs;
    private final Dialect dialect;

    Row(ResultSet rs, Dialect dialect) {
        this.rs = rs;
        this.dialect = dialect;
    }

    UUID uuid(String c) throws SQLException {
        UUID u = dialect.getUuid(rs, c);
        if (u == null) {
            throw new SQLException("column " + c + " is null");
        }
        return u;
    }

    Optional<UUID> optUuid(String c) throws SQLException {
        return Optional.ofNullable(dialect.getUuid(rs, c));
    }

    String str(String c) throws SQLException {
        return rs.getString(c);
    }

    Optional<String> optStr(String c) throws SQLException {
        return Optional.ofNullable(rs.getString(c));
    }

    int i(String c) throws SQLException {
        return rs.getInt(c);
    }

    long l(String c) throws SQLException {
        return rs.getLong(c);
    }

    /** @return the column's value, or null when it is SQL NULL */
    Long lOrNull(String c) throws SQLException {
        long v = rs.getLong(c);
        return rs.wasNull() ? null : v;
    }

    long l(int index) throws SQLException {
        return rs.getLong(index);
    }

    boolean bool(String c) throws SQLException {
        return rs.getBoolean(c);
    }

    Optional<Boolean> optBool(String c) throws SQLException {
        boolean b = rs.getBoolean(c);
        return rs.wasNull() ? Optional.empty() : Optional.of(b);
    }

    LocalDate date(String c) throws SQLException {
        return rs.getObject(c, LocalDate.class);
    }

    Optional<LocalDate> optDate(String c) throws SQLException {
        return Optional.ofNullable(rs.getObject(c, LocalDate.class));
    }

    LocalDateTime dateTime(String c) throws SQLException {
        return rs.getObject(c, LocalDateTime.class);
    }

    LocalTime time(String c) throws SQLException {
        return rs.getObject(c, LocalTime.class);
    }

    Instant instant(String c) throws SQLException {
        return Codec.instant(rs.getLong(c));
    }

    Duration duration(String c) throws SQLException {
        return Duration.ofNanos(rs.getLong(c));
    }

    byte[] bytes(String c) throws SQLException {
        return rs.getBytes(c);
    }

    <E extends Enum<E>> E en(Class<E> type, String c) throws SQLException {
        return Enum.valueOf(type, rs.getString(c));
    }

    <E extends Enum<E>> Optional<E> optEn(Class<E> type, String c) throws SQLException {
        String s = rs.getString(c);
        return s == null ? Optional.empty() : Optional.of(Enum.valueOf(type, s));
    }
}
