package org.dvpp.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Identifier;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.spi.DuplicateRecordException;

/** One transaction's connection with parameter binding, row mapping and batching; the agency it is scoped to. */
final class Db {
    /** Rows per executed batch. */
    static final int BATCH = 500;

    final Connection connection;
    final Dialect dialect;
    final FieldCipher cipher;
    final AgencyId agency;
    final UUID agencyId;
    final Clock clock;

    /** The subjects' own data keys, for this transaction. */
    final SubjectKeys subjects;
    /** Whether this transaction sees restricted subjects (a legal-hold read); erased ones stay hidden. */
    private boolean revealRestricted;

    Db(Connection connection, Dialect dialect, FieldCipher cipher, AgencyId agency, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.agency = agency;
        this.agencyId = agency.value();
        this.clock = clock;
        this.subjects = new SubjectKeys(this);
        this.cipher = cipher.forAgency(agency.value()).within(subjects);
    }

    /** Lets the rest of this transaction see restricted subjects, for a read under the legal-hold permission. */
    void revealRestricted() {
        this.revealRestricted = true;
    }

    /**
     * The condition that leaves out hidden subjects (restricted, unless revealed, and erased) from a list, caseload,
     * export or figure. It refers to the outer query's agency column by {@code agencyColumn}, so it needs no
     * parameter.
     *
     * @param agencyColumn the outer query's agency column, such as {@code c.agency_id}
     * @param subjectColumn the outer query's column holding the man's participant id, such as {@code c.participant_id}
     * @return {@code " AND NOT EXISTS (...)"}
     */
    String visible(String agencyColumn, String subjectColumn) {
        return visible(agencyColumn, subjectColumn, revealRestricted);
    }

    /** {@link #visible(String, String)} for a report figure, which never counts a restricted subject. */
    static String visible(String agencyColumn, String subjectColumn, boolean revealRestricted) {
        return " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ WHERE ss_.agency_id = " + agencyColumn
                + " AND ss_.subject_id = " + subjectColumn + (revealRestricted ? " AND ss_.state = 'ERASED'" : "")
                + ")";
    }

    /** {@link #visible(String, String)} for a table tied to a subject through its case. */
    String visibleCase(String agencyColumn, String caseColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ JOIN dv_case sc_ ON sc_.agency_id = ss_.agency_id "
                + "AND sc_.participant_id = ss_.subject_id WHERE ss_.agency_id = " + agencyColumn + " AND sc_.id = "
                + caseColumn + (revealRestricted ? " AND ss_.state = 'ERASED'" : "") + ")";
    }

    /**
     * The condition that leaves out the people at risk from an erased man, and their partner-support casework. A
     * restriction of <em>his</em> records does not hide them: they are hers, and her support goes on.
     *
     * @param agencyColumn the outer query's agency column
     * @param subjectColumn the outer query's column holding the man's participant id
     * @return {@code " AND NOT EXISTS (...)"}
     */
    static String notErased(String agencyColumn, String subjectColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ WHERE ss_.agency_id = " + agencyColumn
                + " AND ss_.subject_id = " + subjectColumn + " AND ss_.state = 'ERASED')";
    }

    /** {@link #notErased(String, String)} for a table tied to a man through a person at risk. */
    String visiblePerson(String agencyColumn, String personColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ JOIN person_at_risk sp_ ON sp_.agency_id = "
                + "ss_.agency_id AND sp_.participant_id = ss_.subject_id WHERE ss_.agency_id = " + agencyColumn
                + " AND sp_.id = " + personColumn + " AND ss_.state = 'ERASED')";
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Rejects a record of another agency. */
    void own(AgencyId recordAgency) {
        if (!recordAgency.equals(agency)) {
            throw new InvalidInputException("agency", "same-agency",
                    "the record belongs to another agency than this transaction's");
        }
    }

    static Null nul(int sqlType) {
        return new Null(sqlType);
    }

    static Object opt(Optional<?> value, int sqlType) {
        return value.isPresent() ? value.get() : new Null(sqlType);
    }

    static Object optUuid(Optional<? extends Identifier> value) {
        return value.isPresent() ? value.get().value() : new Null(Types.OTHER);
    }

    void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    private void bindOne(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof Null n) {
            if (n.sqlType() == Types.OTHER) {
                // a UUID column: the dialect decides the type
                ps.setNull(i, dialect == Dialect.MARIADB ? Types.CHAR : Types.OTHER);
            } else {
                ps.setNull(i, n.sqlType());
            }
        } else if (v instanceof UUID u) {
            dialect.setUuid(ps, i, u);
        } else if (v instanceof Identifier id) {
            dialect.setUuid(ps, i, id.value());
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof Enum<?> e) {
            ps.setString(i, e.name());
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else if (v instanceof LocalDateTime d) {
            ps.setObject(i, d);
        } else if (v instanceof LocalTime t) {
            ps.setObject(i, t);
        } else if (v instanceof Instant t) {
            ps.setLong(i, Codec.nanos(t));
        } else if (v instanceof Duration d) {
            ps.setLong(i, d.toNanos());
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Inserts one row; a unique-key clash becomes a {@link DuplicateRecordException}. */
    void insert(String kind, Object key, String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (dialect.isDuplicate(e) && !dialect.isRetryable(e)) {
                throw new DuplicateRecordException(kind, key, e);
            }
            throw new SqlFailure(e);
        }
    }

    <T> List<T> list(String sql, Mapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                Row row = new Row(rs, dialect);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Streams a query's rows to a consumer, a page of {@link #BATCH} rows at a time (a cursor inside the transaction
     * on PostgreSQL), so a large result is never held in memory whole.
     */
    <T> void each(String sql, Mapper<T> mapper, java.util.function.Consumer<? super T> sink, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(BATCH);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs, dialect);
                while (rs.next()) {
                    sink.accept(mapper.map(row));
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    <T> Optional<T> one(String sql, Mapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... params) {
        return one(sql, r -> r.l(1), params).orElse(0L);
    }

    /** A batched statement: rows are sent every {@link #BATCH} rows and on {@link #finish()}. */
    final class Batch implements AutoCloseable {
        private final PreparedStatement ps;
        private final String kind;
        private int pending;
        private long written;

        Batch(String kind, String sql) {
            this.kind = kind;
            try {
                this.ps = connection.prepareStatement(sql);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        void add(Object... params) {
            try {
                bind(ps, params);
                ps.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                written += pending;
                pending = 0;
            }
        }

        long finish() {
            try {
                flush();
                return written;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private RuntimeException failure(SQLException e) {
            SQLException root = e.getNextException() != null && e.getSQLState() == null ? e.getNextException() : e;
            if (dialect.isDuplicate(root) || dialect.isDuplicate(e)) {
                return new DuplicateRecordException(kind, "(in a batch)", e);
            }
            return new SqlFailure(e);
        }

        @Override
        public void close() {
            try {
                ps.close();
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }
    }

    Batch batch(String kind, String sql) {
        return new Batch(kind, sql);
    }
}
