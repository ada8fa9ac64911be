package org.dvpp.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dvpp.benchmarks.peers.Peers;
import org.dvpp.benchmarks.peers.Rows;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.participant.Participant;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.tck.Fixtures;
import org.hibernate.SessionFactory;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import of an agency's history (participants, group attendance, assessment answers) through the SDK's
 * {@link org.dvpp.storage.spi.BulkImport}, against raw JDBC batch inserts of the same rows into the same tables in the
 * same run. One operation imports {@value #MEN} men, 12 attendance records each and one assessment each, as three
 * transactions on both paths.
 *
 * <p>The baseline inserts byte strings of exactly the length the SDK's ciphertexts have, prepared outside the timed
 * region; the SDK encrypts inside it. Both use the same pooled data source and batches of 500 rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StorageImportBenchmark {
    static final int MEN = 1_000;
    static final int SESSIONS = 12;
    /** Tink AES-GCM ciphertext overhead: 5-byte key prefix, 12-byte nonce, 16-byte tag. */
    static final int AEAD_OVERHEAD = 5 + 12 + 16;

    /** {@code h2} (in-memory) or {@code postgresql} (127.0.0.1:5432, database test). */
    @Param({"h2", "postgresql"})
    public String db;

    private HikariDataSource dataSource;
    private Storage storage;
    private Storage copyStorage;
    private Jdbi jdbi;
    private SessionFactory hibernate;
    private String schema;
    private Path keys;

    private AgencyId agency;
    private List<Participant> men;
    private List<Attendance> attendance;
    private List<AssessmentRecord> answers;

    @Setup(Level.Trial)
    public void open() throws Exception {
        schema = "dvpp_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig cfg = new HikariConfig();
        if (db.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                    + "&reWriteBatchedInserts=true");
        } else {
            cfg.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        }
        cfg.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(cfg);
        keys = Files.createTempDirectory("dvpp-bench").resolve("keys.json");
        Keysets.generate(keys);
        storage = new JdbcStorageProvider().open(StorageConfig.builder(dataSource)
                .keyProvider(KeyProviders.keysetFile(keys)).build());
        copyStorage = new JdbcStorageProvider().open(StorageConfig.builder(dataSource).migrate(false)
                .option("postgresql.copyBulkImport", "true").keyProvider(KeyProviders.keysetFile(keys)).build());
        jdbi = Jdbi.create(dataSource);
        hibernate = Peers.hibernate(dataSource, BATCH, Rows.Participant.class, Rows.Attendance.class,
                Rows.Assessment.class);
    }

    /** Rows per JDBC batch, on every path. */
    static final int BATCH = 500;

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @TearDown(Level.Trial)
    public void close() throws Exception {
        hibernate.close();
        storage.close();
        copyStorage.close();
        dataSource.close();
        Files.deleteIfExists(keys);
        if (db.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Empties the tables so every iteration starts from the same size. */
    @Setup(Level.Iteration)
    public void truncate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String t : List.of("participant", "attendance", "assessment")) {
                s.execute("TRUNCATE TABLE " + t);
            }
        }
    }

    /** Fresh records for a fresh agency, built outside the timed region. */
    @Setup(Level.Invocation)
    public void records() {
        agency = AgencyId.random();
        Fixtures f = new Fixtures(agency, "bench");
        men = new ArrayList<>(MEN);
        attendance = new ArrayList<>(MEN * SESSIONS);
        answers = new ArrayList<>(MEN);
        List<SessionId> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            sessions.add(SessionId.random());
        }
        AttendanceStatus[] statuses = AttendanceStatus.values();
        for (int i = 0; i < MEN; i++) {
            Participant p = f.participant(i % 2 == 0 ? "north" : "south");
            CaseId c = CaseId.random();
            men.add(p);
            for (int s = 0; s < SESSIONS; s++) {
                attendance.add(f.attendance(sessions.get(s), c, statuses[(i + s) % statuses.length]));
            }
            answers.add(f.assessment(c));
        }
    }

    @Benchmark
    public long sdk() {
        return importThrough(storage);
    }

    @Benchmark
    public long sdkCopy() {
        return importThrough(copyStorage);
    }

    private long importThrough(Storage s) {
        var importer = s.bulkImport(agency);
        return importer.participants(men) + importer.attendance(attendance) + importer.assessments(answers);
    }

    static final String PARTICIPANT_SQL = "INSERT INTO participant (agency_id, id, ref_code, date_of_birth, "
            + "area_of_residence, row_version) VALUES (?,?,?,?,?,0)";
    static final String ATTENDANCE_SQL = "INSERT INTO attendance (agency_id, session_id, case_id, status, "
            + "credited_nanos) VALUES (?,?,?,?,?)";
    static final String ASSESSMENT_SQL = "INSERT INTO assessment (agency_id, id, case_id, instrument_id, "
            + "instrument_version, time_point, completed_on, answers_enc, total_enc, band_code_enc, assessor) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    /** @return rows written by hand-written JDBC batches: the limit */
    @Benchmark
    public long rawJdbc() throws SQLException {
        long n = 0;
        n += batch(PARTICIPANT_SQL, men, (ps, p) -> {
                    ps.setObject(1, p.agency().value());
                    ps.setObject(2, p.id().value());
                    ps.setString(3, p.reference());
                    ps.setObject(4, p.dateOfBirth());
                    ps.setString(5, p.areaOfResidence());
                });
        n += batch(ATTENDANCE_SQL, attendance, (ps, a) -> {
                    ps.setObject(1, a.agency().value());
                    ps.setObject(2, a.session().value());
                    ps.setObject(3, a.caseId().value());
                    ps.setString(4, a.status().name());
                    ps.setLong(5, a.credited().toNanos());
                });
        List<byte[][]> blobs = new ArrayList<>(answers.size());
        for (AssessmentRecord a : answers) {
            blobs.add(ciphertextSizedBlobs(a));
        }
        int[] i = {0};
        n += batch(ASSESSMENT_SQL, answers, (ps, a) -> {
                    byte[][] b = blobs.get(i[0]++);
                    ps.setObject(1, a.agency().value());
                    ps.setObject(2, a.id().value());
                    ps.setObject(3, a.caseId().value());
                    ps.setString(4, a.instrumentId());
                    ps.setString(5, a.instrumentVersion());
                    ps.setString(6, a.timePoint().name());
                    ps.setObject(7, a.completedOn());
                    ps.setBytes(8, b[0]);
                    ps.setBytes(9, b[1]);
                    ps.setBytes(10, b[2]);
                    ps.setObject(11, a.assessor().value());
                });
        return n;
    }

    /** @return rows written by Jdbi 3 prepared batches of the same size, in the same three transactions */
    @Benchmark
    public long jdbi() {
        long n = 0;
        n += jdbi.inTransaction(h -> Peers.jdbiBatch(h.prepareBatch(PARTICIPANT_SQL), men, BATCH, (b, p) -> b
                .bind(0, p.agency().value()).bind(1, p.id().value()).bind(2, p.reference())
                .bind(3, p.dateOfBirth()).bind(4, p.areaOfResidence())));
        n += jdbi.inTransaction(h -> Peers.jdbiBatch(h.prepareBatch(ATTENDANCE_SQL), attendance, BATCH, (b, a) -> b
                .bind(0, a.agency().value()).bind(1, a.session().value()).bind(2, a.caseId().value())
                .bind(3, a.status().name()).bind(4, a.credited().toNanos())));
        n += jdbi.inTransaction(h -> Peers.jdbiBatch(h.prepareBatch(ASSESSMENT_SQL), answers, BATCH, (b, a) -> {
            byte[][] blob = ciphertextSizedBlobs(a);
            b.bind(0, a.agency().value()).bind(1, a.id().value()).bind(2, a.caseId().value())
                    .bind(3, a.instrumentId()).bind(4, a.instrumentVersion()).bind(5, a.timePoint().name())
                    .bind(6, a.completedOn()).bind(7, blob[0]).bind(8, blob[1]).bind(9, blob[2])
                    .bind(10, a.assessor().value());
        }));
        return n;
    }

    /** @return rows inserted by Hibernate's StatelessSession with JDBC batching, in the same three transactions */
    @Benchmark
    public long hibernate() {
        long n = 0;
        n += Peers.insertAll(hibernate, BATCH, men, p -> {
            Rows.Participant r = new Rows.Participant();
            r.agencyId = p.agency().value();
            r.id = p.id().value();
            r.refCode = p.reference();
            r.dateOfBirth = p.dateOfBirth();
            r.areaOfResidence = p.areaOfResidence();
            return r;
        });
        n += Peers.insertAll(hibernate, BATCH, attendance, a -> {
            Rows.Attendance r = new Rows.Attendance();
            r.agencyId = a.agency().value();
            r.sessionId = a.session().value();
            r.caseId = a.caseId().value();
            r.status = a.status().name();
            r.creditedNanos = a.credited().toNanos();
            return r;
        });
        n += Peers.insertAll(hibernate, BATCH, answers, a -> {
            byte[][] blob = ciphertextSizedBlobs(a);
            Rows.Assessment r = new Rows.Assessment();
            r.agencyId = a.agency().value();
            r.id = a.id().value();
            r.caseId = a.caseId().value();
            r.instrumentId = a.instrumentId();
            r.instrumentVersion = a.instrumentVersion();
            r.timePoint = a.timePoint().name();
            r.completedOn = a.completedOn();
            r.answersEnc = blob[0];
            r.totalEnc = blob[1];
            r.bandCodeEnc = blob[2];
            r.assessor = a.assessor().value();
            return r;
        });
        return n;
    }

    /**
     * The physical limit on PostgreSQL: the same rows streamed with the driver's {@code CopyManager} in COPY's text
     * format, one COPY per table in the same three transactions. On H2 there is no COPY, and the method says so.
     *
     * @return rows copied
     */
    @Benchmark
    public long rawCopy() throws Exception {
        if (!db.equals("postgresql")) {
            throw new UnsupportedOperationException("COPY is PostgreSQL only");
        }
        long n = 0;
        n += Peers.copy(dataSource, "participant (agency_id, id, ref_code, date_of_birth, area_of_residence, "
                + "row_version)", men, (b, p) -> b.uuid(p.agency().value()).uuid(p.id().value())
                .text(p.reference()).text(p.dateOfBirth().toString()).text(p.areaOfResidence()).last("0"));
        n += Peers.copy(dataSource, "attendance (agency_id, session_id, case_id, status, credited_nanos)",
                attendance, (b, a) -> b.uuid(a.agency().value()).uuid(a.session().value())
                        .uuid(a.caseId().value()).text(a.status().name()).last(Long.toString(a.credited().toNanos())));
        n += Peers.copy(dataSource, "assessment (agency_id, id, case_id, instrument_id, instrument_version, "
                + "time_point, completed_on, answers_enc, total_enc, band_code_enc, assessor)", answers, (b, a) -> {
                    byte[][] blob = ciphertextSizedBlobs(a);
                    b.uuid(a.agency().value()).uuid(a.id().value()).uuid(a.caseId().value())
                            .text(a.instrumentId()).text(a.instrumentVersion()).text(a.timePoint().name())
                            .text(a.completedOn().toString()).bytes(blob[0]).bytes(blob[1]).bytes(blob[2])
                            .last(a.assessor().value().toString());
                });
        return n;
    }

    /** Byte strings as long as the SDK's ciphertexts of the same values (the plaintext encodings plus overhead). */
    private static byte[][] ciphertextSizedBlobs(AssessmentRecord a) {
        Map<String, String> sorted = new TreeMap<>(a.answers());
        int answers = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            answers += e.getKey().length() + String.valueOf(e.getValue()).length() + 2;
        }
        int total = 1 + a.total().map(t -> t.toString().length()).orElse(0);
        int band = 1 + a.bandCode().map(String::length).orElse(0);
        return new byte[][] {new byte[answers + AEAD_OVERHEAD], new byte[total + AEAD_OVERHEAD],
            new byte[band + AEAD_OVERHEAD]};
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> long batch(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
        return rows.size();
    }
}
