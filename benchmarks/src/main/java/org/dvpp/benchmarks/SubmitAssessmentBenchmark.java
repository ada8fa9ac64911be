package org.dvpp.benchmarks;

import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dvpp.benchmarks.peers.Peers;
import org.dvpp.benchmarks.peers.Rows;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Role;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
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
 * Submitting one scored assessment (a PHQ-9) through the front door, which checks permission and input, scores,
 * encrypts the answers, total and band, writes the row and appends to the agency's hash-chained audit log in one
 * transaction; against raw JDBC writing the same rows (the assessment row with byte strings of the ciphertexts'
 * length, the audit row with its SHA-256 chain hash, the chain head) in one transaction, and Hibernate persisting the
 * same rows as entities. Latency is sampled so that p50 and p99 can be compared. {@link #checkSameRows} proves, before
 * timing, that the three paths write the same number of rows to every table they touch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SubmitAssessmentBenchmark {
    static final int CASES = 64;
    static final List<String> TABLES = List.of("assessment", "audit_log", "audit_head", "outbox", "risk_event");

    /** {@code h2} (in-memory) or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String db;

    private BenchDatabase database;
    private Path keys;
    private Dvpp dvpp;
    private SessionFactory hibernate;
    private ActingUser practitioner;
    private final List<CaseId> cases = new ArrayList<>();
    private Map<String, String> answers;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = new BenchDatabase(db, 4);
        keys = Files.createTempDirectory("dvpp-bench").resolve("keys.json");
        Keysets.generate(keys);
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        dvpp = Dvpp.builder().dataSource(database.dataSource).keyProvider(KeyProviders.keysetFile(keys))
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        var agency = org.dvpp.domain.AgencyId.random();
        ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
        dvpp.agencies().register(admin, new Agencies.AgencyDetails("Benchmark agency",
                new ServiceArea(List.of(new Area("north", "North")))));
        practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < CASES; i++) {
            cases.add(dvpp.referrals().receive(practitioner, new Referrals.NewReferral(String.format("BENCH-%04d", i),
                    today.minusYears(30), "north", ReferralSource.PROBATION, today, Referrer.self(),
                    "benchmark")).caseId());
        }
        answers = new LinkedHashMap<>();
        for (int q = 1; q <= 9; q++) {
            answers.put("Q" + q, Integer.toString(q % 4));
        }
        hibernate = Peers.hibernate(database.dataSource, 50, Rows.Assessment.class, Rows.Audit.class,
                Rows.AuditHead.class);
        checkSameRows();
    }

    /** Each path, once, writes the same number of rows to each table. */
    void checkSameRows() throws Exception {
        Map<String, Long> sdk = timesOne(this::sdk);
        Map<String, Long> raw = timesOne(this::rawJdbc);
        Map<String, Long> orm = timesOne(this::hibernate);
        if (!sdk.equals(raw) || !sdk.equals(orm)) {
            throw new IllegalStateException("the paths write different rows: SDK " + sdk + ", raw JDBC " + raw
                    + ", Hibernate " + orm);
        }
        if (sdk.get("assessment") != 1 || sdk.get("audit_log") != 1) {
            throw new IllegalStateException("one submission writes " + sdk);
        }
    }

    private Map<String, Long> timesOne(ThrowingRunnable path) throws Exception {
        Map<String, Long> before = database.counts(TABLES);
        path.run();
        return BenchDatabase.delta(before, database.counts(TABLES));
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        hibernate.close();
        dvpp.close();
        database.close();
        Files.deleteIfExists(keys);
    }

    private CaseId nextCase() {
        return cases.get(next++ & (CASES - 1));
    }

    /** @return the recorded assessment, through the front door */
    @Benchmark
    public Object sdk() {
        return dvpp.assessments().record(practitioner, nextCase(), new Assessments.NewAssessment("phq-9",
                TimePoint.AD_HOC, LocalDate.parse("2026-06-01"), answers));
    }

    // the answers' plaintext encoding plus Tink's AES-GCM overhead, as the SDK stores them
    private static final byte[] ANSWERS = new byte[9 * 5 + StorageImportBenchmark.AEAD_OVERHEAD];
    private static final byte[] TOTAL = new byte[3 + StorageImportBenchmark.AEAD_OVERHEAD];
    private static final byte[] BAND = new byte[8 + StorageImportBenchmark.AEAD_OVERHEAD];

    /** @return the audit sequence written: the limit, hand-written JDBC */
    @Benchmark
    public long rawJdbc() throws SQLException {
        CaseId c = nextCase();
        UUID agency = practitioner.agency().value();
        UUID id = UUID.randomUUID();
        try (Connection con = database.dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement(StorageImportBenchmark.ASSESSMENT_SQL)) {
                ps.setObject(1, agency);
                ps.setObject(2, id);
                ps.setObject(3, c.value());
                ps.setString(4, "phq-9");
                ps.setString(5, "1.0.0");
                ps.setString(6, "AD_HOC");
                ps.setObject(7, LocalDate.parse("2026-06-01"));
                ps.setBytes(8, ANSWERS);
                ps.setBytes(9, TOTAL);
                ps.setBytes(10, BAND);
                ps.setObject(11, practitioner.id().value());
                ps.executeUpdate();
            }
            long seq = RawRegister.appendAudit(con, agency, practitioner.id().value(), "case", c.value(),
                    "assessments.record");
            con.commit();
            con.setAutoCommit(true);
            return seq;
        }
    }

    /** @return the audit sequence written: Hibernate entities persisted in one transaction */
    @Benchmark
    public long hibernate() throws NoSuchAlgorithmException {
        CaseId c = nextCase();
        UUID agency = practitioner.agency().value();
        try (Session s = hibernate.openSession()) {
            var tx = s.beginTransaction();
            Rows.Assessment a = new Rows.Assessment();
            a.agencyId = agency;
            a.id = UUID.randomUUID();
            a.caseId = c.value();
            a.instrumentId = "phq-9";
            a.instrumentVersion = "1.0.0";
            a.timePoint = "AD_HOC";
            a.completedOn = LocalDate.parse("2026-06-01");
            a.answersEnc = ANSWERS;
            a.totalEnc = TOTAL;
            a.bandCodeEnc = BAND;
            a.assessor = practitioner.id().value();
            s.persist(a);
            Rows.AuditHead head = s.find(Rows.AuditHead.class, agency, LockModeType.PESSIMISTIC_WRITE);
            Rows.Audit e = new Rows.Audit();
            e.agencyId = agency;
            e.seq = head.lastSeq + 1;
            e.actor = practitioner.id().value();
            e.action = "CREATE";
            e.entityType = "case";
            e.entityId = c.value();
            e.purpose = "assessments.record correlation " + a.id;
            e.atNanos = System.nanoTime();
            e.prevHash = head.lastHash;
            e.entryHash = sha256(e.seq + "|" + e.purpose + "|" + e.prevHash);
            s.persist(e);
            head.lastSeq = e.seq;
            head.lastHash = e.entryHash;
            tx.commit();
            return e.seq;
        }
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
