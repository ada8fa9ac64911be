package org.dvpp.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.sql.DataSource;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.storage.spi.BulkImport;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.dvpp.storage.spi.OutboxDispatch;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageUnavailableException;
import org.dvpp.storage.spi.TransactionRetriesExhaustedException;
import org.dvpp.storage.spi.TransactionWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JDBC storage on the host's data source: runs units of work with bounded retries on serialization failure. */
public final class JdbcStorage implements Storage {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private final DataSource dataSource;
    private final Dialect dialect;
    private final FieldCipher cipher;
    private final Clock clock;
    private final int maxAttempts;
    private final boolean copyBulkImport;
    private final boolean closeEmbedded;

    /**
     * @param config the configuration
     * @param dialect the detected dialect
     * @param cipher the field cipher
     */
    public JdbcStorage(StorageConfig config, Dialect dialect, FieldCipher cipher) {
        this.dataSource = config.dataSource();
        this.dialect = dialect;
        this.cipher = cipher;
        this.clock = config.clock();
        this.maxAttempts = config.maxAttempts();
        this.copyBulkImport = dialect == Dialect.POSTGRESQL
                && Boolean.parseBoolean(config.option("postgresql.copyBulkImport").orElse("false"));
        this.closeEmbedded = (dataSource instanceof EmbeddedDataSource
                || dataSource instanceof SchemaDataSource sds && sds.host() instanceof EmbeddedDataSource)
                && Boolean.parseBoolean(config.option(StorageConfig.CLOSE_EMBEDDED_DATABASE).orElse("false"));
    }

    @Override
    public String providerId() {
        return "jdbc";
    }

    /** @return the dialect in use */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(AgencyId agency, TransactionWork<T> work) {
        Checks.required(work, "work");
        return withDb(agency, false, db -> work.run(new JdbcTransaction(db)));
    }

    @Override
    public <T> T readOnly(AgencyId agency, TransactionWork<T> work) {
        Checks.required(work, "work");
        return withDb(agency, true, db -> work.run(new JdbcTransaction(db)));
    }

    /** Runs work on one transaction's connection, retrying the whole of it on serialization failure. */
    <T> T withDb(AgencyId agency, boolean readOnly, Function<Db, T> work) {
        Checks.required(agency, "agency");
        for (int attempt = 1;; attempt++) {
            try {
                return once(agency, readOnly, work);
            } catch (SqlFailure f) {
                SQLException e = f.sql();
                if (dialect.isRetryable(e)) {
                    if (attempt < maxAttempts) {
                        LOG.debug("transaction attempt {} of {} conflicted (SQLSTATE {}); retrying", attempt,
                                maxAttempts, e.getSQLState());
                        backOff(attempt);
                        continue;
                    }
                    throw new TransactionRetriesExhaustedException(attempt, e);
                }
                if (dialect.isDuplicate(e)) {
                    throw new DuplicateRecordException("record", "(unknown)", e);
                }
                throw new StorageUnavailableException("The database failed (SQLSTATE " + e.getSQLState()
                        + "); the transaction was not committed", e);
            }
        }
    }

    private static void backOff(int attempt) {
        long maxMillis = Math.min(200, 5L << Math.min(attempt, 6));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, maxMillis + 1) * 1_000_000L);
    }

    private <T> T once(AgencyId agency, boolean readOnly, Function<Db, T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            try {
                // each of these is a round trip on some drivers (on H2 a setting change also commits): change only
                // what differs, and restore only what was changed
                if (autoCommit) {
                    c.setAutoCommit(false);
                }
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                if (readOnly) {
                    c.setReadOnly(true);
                }
                T result;
                try {
                    result = work.apply(new Db(c, dialect, cipher, agency, clock));
                } catch (RuntimeException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                }
                if (readOnly) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return result;
            } finally {
                restoreQuietly(c, autoCommit, isolation, readOnly);
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreQuietly(Connection c, boolean autoCommit, int isolation, boolean readOnly) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (readOnly) {
                c.setReadOnly(false);
            }
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                c.setTransactionIsolation(isolation);
            }
            if (autoCommit) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("could not restore connection settings: {}", e.getMessage());
        }
    }

    @Override
    public OutboxDispatch outboxDispatch() {
        return new JdbcOutboxDispatch(this, cipher, clock);
    }

    @Override
    public BulkImport bulkImport(AgencyId agency) {
        Checks.required(agency, "agency");
        return new JdbcBulkImport(this, agency, copyBulkImport);
    }

    @Override
    public long reencrypt(AgencyId agency) {
        Checks.required(agency, "agency");
        cipher.reload();
        return new Reencryption(this).run(agency);
    }

    @Override
    public void refreshKeys() {
        cipher.reload();
    }

    @Override
    public void close() {
        // a host's data source belongs to the host; an embedded database the SDK made is shut down, releasing its files
        if (closeEmbedded) {
            try (var c = dataSource.getConnection(); var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                throw new org.dvpp.storage.spi.StorageUnavailableException("the embedded database could not be closed",
                        e);
            }
        }
    }
}
