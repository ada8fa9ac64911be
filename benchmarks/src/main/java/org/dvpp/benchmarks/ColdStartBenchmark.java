package org.dvpp.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.dvpp.domain.AgencyId;
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
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cold start to the first scored and persisted assessment on a new embedded H2 database, each measurement in a fresh
 * JVM (JMH single-shot mode, one fork per sample). The SDK path builds {@link Dvpp} (Guice wiring, plugin discovery,
 * schema creation, Tink keys, validation), registers an agency, receives a referral and records a scored PHQ-9. The
 * baseline is a bare program that opens H2, creates the five tables those rows need and inserts the same rows with JDBC.
 * The ratio is SDK time over baseline time; the target is at most 1.5x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
    private Path dir;
    private Path keyset;

    /** A fresh directory per fork; the keyset is made once by the launcher, outside the measured JVMs. */
    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("dvpp-cold-start");
        String k = System.getProperty("dvpp.bench.keyset");
        if (k == null) {
            throw new IllegalStateException("run through ColdStartBenchmark.main, which makes the keyset");
        }
        keyset = Path.of(k);
    }

    private static Map<String, String> phq9() {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            m.put("Q" + i, Integer.toString(i % 4));
        }
        return m;
    }

    /** @return the id of the stored assessment */
    @Benchmark
    public Object sdk() {
        return firstAssessment();
    }

    /**
     * The SDK with its start-up run in turn on one thread (storage, instruments, curricula, validator, and the keys
     * beside the schema): what the side-by-side start gains is this over {@link #sdk}.
     *
     * @return the id of the stored assessment
     */
    @Benchmark
    public Object sdkSequential() {
        System.setProperty("dvpp.benchmark.startUp", "sequential"); // read when the SDK's classes load, below
        return firstAssessment();
    }

    /**
     * The SDK with Flyway creating the new embedded database, instead of the scripts run directly with a history
     * written as Flyway writes it: what that shortcut gains is this over {@link #sdk}.
     *
     * @return the id of the stored assessment
     */
    @Benchmark
    public Object sdkFlyway() {
        System.setProperty("dvpp.benchmark.startUp", "flyway"); // read when the SDK's classes load, below
        return firstAssessment();
    }

    private Object firstAssessment() {
        AgencyId agency = AgencyId.random();
        ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
        ActingUser practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir).keyProvider(KeyProviders.keysetFile(keyset)).build()) {
            dvpp.agencies().register(admin, new Agencies.AgencyDetails("Bench agency",
                    new ServiceArea(List.of(new Area("merton", "Merton")))));
            var receipt = dvpp.referrals().receive(practitioner, new Referrals.NewReferral("B-1",
                    LocalDate.parse("1985-01-01"), "merton", ReferralSource.PROBATION, LocalDate.now(),
                    new Referrer("Probation", "officer", "x"), "benchmark"));
            return dvpp.assessments().record(practitioner, receipt.caseId(), new Assessments.NewAssessment("phq-9",
                    TimePoint.INTAKE, LocalDate.now(), phq9())).id();
        }
    }

    /** @return the number of rows inserted */
    @Benchmark
    public int jdbc() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("bare").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE agency (id UUID PRIMARY KEY, name VARCHAR(200), areas VARCHAR(2000))");
                s.execute("CREATE TABLE participant (agency_id UUID, id UUID, reference VARCHAR(40), dob DATE, "
                        + "area VARCHAR(40), PRIMARY KEY (agency_id, id))");
                s.execute("CREATE TABLE referral (agency_id UUID, id UUID, participant_id UUID, source VARCHAR(40), "
                        + "received_on DATE, referrer VARCHAR(400), reason VARBINARY(8000), PRIMARY KEY (agency_id, id))");
                s.execute("CREATE TABLE dv_case (agency_id UUID, id UUID, participant_id UUID, referral_id UUID, "
                        + "status VARCHAR(40), version BIGINT, PRIMARY KEY (agency_id, id))");
                s.execute("CREATE TABLE assessment (agency_id UUID, id UUID, case_id UUID, instrument VARCHAR(80), "
                        + "version VARCHAR(40), answers VARBINARY(8000), total DECIMAL(12,4), band VARCHAR(40), "
                        + "PRIMARY KEY (agency_id, id))");
            }
            UUID agency = UUID.randomUUID();
            UUID participant = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            UUID dvCase = UUID.randomUUID();
            int rows = 0;
            rows += insert(c, "INSERT INTO agency VALUES (?,?,?)", agency, "Bench agency", "merton");
            rows += insert(c, "INSERT INTO participant VALUES (?,?,?,?,?)", agency, participant, "B-1",
                    java.sql.Date.valueOf("1985-01-01"), "merton");
            rows += insert(c, "INSERT INTO referral VALUES (?,?,?,?,?,?,?)", agency, referral, participant,
                    "PROBATION", java.sql.Date.valueOf(LocalDate.now()), "Probation", "benchmark".getBytes());
            rows += insert(c, "INSERT INTO dv_case VALUES (?,?,?,?,?,?)", agency, dvCase, participant, referral,
                    "REFERRED", 0L);
            rows += insert(c, "INSERT INTO assessment VALUES (?,?,?,?,?,?,?,?)", agency, UUID.randomUUID(), dvCase,
                    "phq-9", "1.0.0", phq9().toString().getBytes(), new java.math.BigDecimal("13"), "moderate");
            c.commit();
            return rows;
        }
    }

    private static int insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    /**
     * The bare program plus the SDK's four libraries, each started on its own thread beside the H2 work as the SDK does:
     * a hand-written program with the same dependencies and the same inserts. Not the target's baseline; it shows what
     * the SDK costs beyond its libraries.
     *
     * @return the number of rows inserted
     * @throws Exception if any part fails
     */
    @Benchmark
    public int jdbcWithLibraries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> started = List.of(pool.submit(this::libraryGuice),
                    pool.submit(this::libraryHibernateValidator), pool.submit(this::libraryTink),
                    pool.submit(this::libraryJackson));
            int rows = jdbc();
            for (Future<Object> f : started) {
                f.get();
            }
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    /*
     * Each of the libraries the SDK starts, alone in a fresh JVM, doing the least that makes it ready for the first
     * assessment. Not part of the ratio: they show how much of the SDK's cold start its libraries cost by themselves.
     */

    /** A small record with Jakarta constraints, as the use cases' inputs are. */
    public record Input(@NotBlank @Size(max = 40) String reference, @NotNull @PastOrPresent LocalDate receivedOn) {
    }

    /** @return the injected clock (Guice 7: an injector with one binding, one instance) */
    @Benchmark
    public Object libraryGuice() {
        return Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(java.time.Clock.class).toInstance(java.time.Clock.systemUTC());
            }
        }).getInstance(java.time.Clock.class);
    }

    /** @return the violations (Hibernate Validator 9: a factory as the SDK builds it, one validation) */
    @Benchmark
    public Object libraryHibernateValidator() {
        try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            return f.getValidator().validate(new Input("B-1", LocalDate.now())).size();
        }
    }

    /** @return the ciphertext (Tink: read the keyset file, make the AEAD, encrypt one field) */
    @Benchmark
    public Object libraryTink() throws Exception {
        AeadConfig.register();
        Aead aead = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyset), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        return aead.encrypt("benchmark".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "referral|1|reason".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return the bound record (Jackson 3 databind: a mapper, one small document read into a record) */
    @Benchmark
    public Object libraryJackson() {
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.readValue("{\"reference\":\"B-1\",\"receivedOn\":\"2026-11-23\"}", Input.class);
    }

    /**
     * Makes a keyset, runs both benchmarks (passing JMH options through) and prints the ratio.
     *
     * @param args JMH options, such as {@code -f 10}
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        Path keys = Files.createTempDirectory("dvpp-bench-keys").resolve("keyset.json");
        Keysets.generate(keys);
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ColdStartBenchmark.class.getName() + "\\.")
                .jvmArgsAppend("-Ddvpp.bench.keyset=" + keys).build();
        Map<String, Double> ms = new java.util.LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            ms.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double sdk = ms.getOrDefault("sdk", Double.NaN);
        double baseline = ms.getOrDefault("jdbc", Double.NaN);
        System.out.printf("cold start to first scored, persisted assessment: SDK %.0f ms, bare H2 JDBC %.0f ms, "
                + "ratio %.2fx (target <= 1.5x)%n", sdk, baseline, Ratios.slowdown(sdk, baseline));
        double withLibraries = ms.getOrDefault("jdbcWithLibraries", Double.NaN);
        System.out.printf("  SDK vs the bare program that also starts the same four libraries side by side (%.0f ms): "
                + "%.2fx%n", withLibraries, Ratios.slowdown(sdk, withLibraries));
        double libraries = 0;
        for (var e : ms.entrySet()) {
            if (e.getKey().startsWith("library")) {
                libraries += e.getValue();
                System.out.printf("  %-26s %5.0f ms alone = %.2fx the bare H2 program%n", e.getKey(), e.getValue(),
                        e.getValue() / baseline);
            }
        }
        if (libraries > 0) {
            System.out.printf("  the libraries together, alone: %.0f ms = %.2fx the bare H2 program%n", libraries,
                    libraries / baseline);
        }
    }
}
