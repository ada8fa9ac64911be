package org.dvpp.benchmarks.peers;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.postgresql.PGConnection;

/** What the peers share: Hibernate's bootstrap, batched Jdbi and Hibernate inserts, and a COPY writer. */
public final class Peers {
    private Peers() {
    }

    /**
     * A Hibernate session factory over the SDK's own tables (validation and DDL off), JDBC batching on.
     *
     * @param dataSource the pool the other paths use
     * @param batch rows per JDBC batch
     * @param entities the mapped row classes
     * @return the factory
     */
    public static SessionFactory hibernate(DataSource dataSource, int batch, Class<?>... entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, batch)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                // the peer validates nothing, as a team would configure it for a bulk path
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> e : entities) {
            sources.addAnnotatedClass(e);
        }
        return sources.buildMetadata().buildSessionFactory();
    }

    /**
     * Inserts rows through a stateless session in one transaction.
     *
     * @param factory the session factory
     * @param batch rows per JDBC batch
     * @param rows the records
     * @param toEntity maps a record to its entity
     * @param <T> the record type
     * @return rows inserted
     */
    public static <T> long insertAll(SessionFactory factory, int batch, List<T> rows, Function<T, Object> toEntity) {
        try (StatelessSession s = factory.openStatelessSession()) {
            s.setJdbcBatchSize(batch);
            Transaction tx = s.beginTransaction();
            for (T row : rows) {
                s.insert(toEntity.apply(row));
            }
            tx.commit();
        }
        return rows.size();
    }

    /**
     * Binds each row to a Jdbi prepared batch and executes it every {@code size} rows.
     *
     * @param batch the prepared batch
     * @param rows the records
     * @param size rows per execution
     * @param binder binds one row
     * @param <T> the record type
     * @return rows written
     */
    public static <T> long jdbiBatch(PreparedBatch batch, List<T> rows, int size, BiConsumer<PreparedBatch, T> binder) {
        int pending = 0;
        for (T row : rows) {
            binder.accept(batch, row);
            batch.add();
            if (++pending == size) {
                batch.execute();
                pending = 0;
            }
        }
        if (pending > 0) {
            batch.execute();
        }
        return rows.size();
    }

    /** Builds one line of COPY text format. */
    public static final class Line {
        private final StringBuilder b;

        Line(StringBuilder b) {
            this.b = b;
        }

        /** @param v a value @return this */
        public Line uuid(UUID v) {
            b.append(v).append('\t');
            return this;
        }

        /** @param v a value with no tab, newline or backslash @return this */
        public Line text(String v) {
            b.append(v).append('\t');
            return this;
        }

        /** @param v bytes, written as bytea hex @return this */
        public Line bytes(byte[] v) {
            b.append("\\\\x").append(HexFormat.of().formatHex(v)).append('\t');
            return this;
        }

        /** @param v the last value of the line */
        public void last(String v) {
            b.append(v).append('\n');
        }
    }

    /**
     * Streams rows to PostgreSQL with {@code COPY ... FROM STDIN} in one transaction.
     *
     * @param dataSource the pool
     * @param tableAndColumns such as {@code participant (agency_id, id)}
     * @param rows the records
     * @param writer writes one record's line
     * @param <T> the record type
     * @return rows copied
     */
    public static <T> long copy(DataSource dataSource, String tableAndColumns, List<T> rows,
            BiConsumer<Line, T> writer) throws SQLException, IOException {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        Line line = new Line(text);
        for (T row : rows) {
            writer.accept(line, row);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long n = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
            c.commit();
            c.setAutoCommit(true);
            return n;
        }
    }
}
