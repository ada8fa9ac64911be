package org.dvpp.benchmarks;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Role;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.Measure;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ReportDimension;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
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
 * The outcome report at national scale on PostgreSQL (issue 14): the full report through the front door
 * ({@code Dvpp.reports().outcomes}: permission, transaction, the outcome statement, the pre/post pairs with their
 * scores decrypted and judged, disclosure control, audit) against the same SQL run directly over JDBC in the same run,
 * with the same decryption (Tink, the same associated data), the same re-scoring of TOP and the same sums, but without
 * the pipeline, the records or disclosure control. The statements are the SDK's own, noted from one report call in
 * set-up (not retyped), and set-up checks that both paths find the same referrals and pairs.
 *
 * <p>The dataset ({@link NationalDataset}) is generated once per fork at {@code scale} times 100,000 men (default 0.01;
 * {@code -p scale=1} for the national figure). Ratio: SDK time over raw time, target at most 1.05x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NationalReportBenchmark {
    /** The share of 100,000 men to generate. */
    @Param({"0.01"})
    public double scale;

    private com.zaxxer.hikari.HikariDataSource dataSource;
    private Path keys;
    private Dvpp dvpp;
    private ActingUser manager;
    private AgencyId agency;
    private OutcomeQuery query;
    private String outcomeSql;
    private String pairSql;
    private Aead aead;
    private InstrumentRegistry instruments;
    private NationalDataset.Stats stats;

    /** The seed of the dataset. */
    static final long SEED = 14L;
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /**
     * Generates the dataset (or finds the one an earlier fork or run made at this scale: it is kept in the schema
     * {@code dvpp_national_MEN_SEED} with its keyset and agency id under the temporary directory, since each benchmark
     * method runs in a fork of its own and generating takes minutes at national scale), notes the SDK's statements and
     * checks that both paths agree.
     */
    @Setup(Level.Trial)
    public void open() throws Exception {
        int men = NationalDataset.men(scale);
        String schema = schema(scale);
        Path home = Path.of(System.getProperty("java.io.tmpdir"), schema);
        Files.createDirectories(home);
        keys = home.resolve("keyset.json");
        Path agencyFile = home.resolve("agency-id");
        boolean ready = Files.exists(agencyFile) && Files.exists(keys);
        if (ready) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".referral")) {
                ready = rs.next() && rs.getLong(1) == men;
            } catch (java.sql.SQLException missing) {
                ready = false;
            }
        }
        if (!ready) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
            Files.deleteIfExists(agencyFile);
            Files.deleteIfExists(keys);
            Keysets.generate(keys);
        }
        com.zaxxer.hikari.HikariConfig cfg = new com.zaxxer.hikari.HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        cfg.setMaximumPoolSize(4);
        dataSource = new com.zaxxer.hikari.HikariDataSource(cfg);
        StatementLog log = new StatementLog();
        dvpp = Dvpp.builder().dataSource(log.wrap(dataSource)).keyProvider(KeyProviders.keysetFile(keys)).build();
        if (ready) {
            agency = new AgencyId(UUID.fromString(Files.readString(agencyFile).trim()));
            System.out.println("national dataset: " + men + " men, made earlier in schema " + schema);
        } else {
            agency = AgencyId.random();
            register(dvpp, agency);
            try (Storage copy = new JdbcStorageProvider().open(StorageConfig.builder(dataSource).migrate(false)
                    .option("postgresql.copyBulkImport", "true").keyProvider(KeyProviders.keysetFile(keys)).build())) {
                stats = NationalDataset.generate(copy, agency, scale, SEED, n -> { });
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            Files.writeString(agencyFile, agency.value().toString());
            System.out.println("national dataset: " + stats + ", in schema " + schema + " (kept for the next fork; "
                    + "DROP SCHEMA " + schema + " CASCADE to free it)");
        }
        manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
        query = OutcomeQuery.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 1), ReportDimension.AREA);
        log.recording = true;
        PublishedReport report = dvpp.reports().rawOutcomes(ActingUser.of(UserId.random(), agency,
                Role.ADMINISTRATOR), query);
        log.recording = false;
        outcomeSql = log.statements.stream().filter(s -> s.startsWith("WITH x AS") && s.contains("SUM(screened)"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the outcome statement was not seen"));
        pairSql = log.statements.stream().filter(s -> s.startsWith("WITH x AS") && s.contains("ROW_NUMBER()"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the pair statement was not seen"));
        AeadConfig.register();
        aead = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keys), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        instruments = InstrumentRegistry.withBuiltIns();
        long[] raw = raw();
        long referred = report.total().count(Measure.REFERRED).value().orElseThrow();
        long pairs = report.total().changes().stream().filter(c -> c.scoreId().equals("total"))
                .mapToLong(c -> c.pairs().value().orElseThrow()).sum();
        if (raw[0] != referred || raw[1] != pairs || referred != men) {
            throw new IllegalStateException("the paths disagree: raw referred " + raw[0] + ", pairs " + raw[1]
                    + "; SDK referred " + referred + ", pairs " + pairs + "; generated " + men);
        }
    }

    /**
     * @param scale the share of 100,000 men
     * @return the schema the dataset of that size is kept in
     */
    static String schema(double scale) {
        return "dvpp_national_" + NationalDataset.men(scale) + "_" + SEED;
    }

    /** Registers the benchmark's agency with the dataset's areas. */
    static void register(Dvpp dvpp, AgencyId agency) {
        List<Area> areas = new ArrayList<>();
        for (String a : NationalDataset.AREAS) {
            areas.add(new Area(a, a));
        }
        dvpp.agencies().register(ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR),
                new Agencies.AgencyDetails("National benchmark", new ServiceArea(areas)));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        dvpp.close();
        dataSource.close();
    }

    /** @return the protected report through the front door */
    @Benchmark
    public PublishedReport sdk() {
        return dvpp.reports().outcomes(manager, query, DisclosurePolicy.DEFAULT);
    }

    /** @return the same statements over JDBC, with the same decryption, re-scoring and sums: the limit */
    @Benchmark
    public long[] rawSql() throws Exception {
        return raw();
    }

    /** Values sealed with a man's own data key start with this header and his id (storage's per-subject keys). */
    private static final byte[] SUBJECT_MAGIC = {'D', 'V', 'S', 1};

    /**
     * Opens an assessment value as storage does: bound to the agency, table, record and column, and sealed either with
     * the agency keyset or with the man's own data key (read from {@code subject_key} once per man per report, as
     * storage reads it once per transaction).
     */
    private byte[] open(Connection c, Map<UUID, Aead> subjectKeys, String id, String column, byte[] ciphertext)
            throws Exception {
        byte[] ad = (agency.value() + "|assessment|" + id + "|" + column).getBytes(StandardCharsets.UTF_8);
        boolean sealed = ciphertext.length > 20;
        for (int i = 0; sealed && i < SUBJECT_MAGIC.length; i++) {
            sealed = ciphertext[i] == SUBJECT_MAGIC[i];
        }
        if (!sealed) {
            return aead.decrypt(ciphertext, ad);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ciphertext, 4, 16);
        UUID subject = new UUID(b.getLong(), b.getLong());
        Aead key = subjectKeys.get(subject);
        if (key == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT key_enc FROM subject_key WHERE agency_id = ? AND "
                    + "subject_id = ?")) {
                ps.setObject(1, agency.value());
                ps.setObject(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    key = com.google.crypto.tink.TinkProtoKeysetFormat.parseEncryptedKeyset(rs.getBytes(1), aead,
                            ("subject_key|" + agency.value() + "|" + subject).getBytes(StandardCharsets.UTF_8))
                            .getPrimitive(RegistryConfiguration.get(), Aead.class);
                }
            }
            subjectKeys.put(subject, key);
        }
        return key.decrypt(java.util.Arrays.copyOfRange(ciphertext, 20, ciphertext.length), ad);
    }

    private java.util.Optional<BigDecimal> total(Connection c, Map<UUID, Aead> keys, String id, byte[] ciphertext)
            throws Exception {
        byte[] framed = open(c, keys, id, "total_enc", ciphertext);
        return framed.length == 0 || framed[0] != 1 ? java.util.Optional.empty()
                : java.util.Optional.of(new BigDecimal(new String(framed, 1, framed.length - 1,
                        StandardCharsets.UTF_8)));
    }

    private Map<String, String> answers(Connection c, Map<UUID, Aead> keys, String id, byte[] ciphertext)
            throws Exception {
        String text = new String(open(c, keys, id, "answers_enc", ciphertext), StandardCharsets.UTF_8);
        String[] parts = text.split("\\|", -1);
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            m.put(parts[i], parts[i + 1]);
        }
        return m;
    }

    /** @return {referrals, pairs with totals, checksum} */
    private long[] raw() throws Exception {
        long referred = 0;
        long pairs = 0;
        long check = 0;
        UUID a = agency.value();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(outcomeSql)) {
                int i = 1;
                ps.setObject(i++, a);
                ps.setObject(i++, query.from());
                ps.setObject(i++, query.toExclusive());
                for (int k = 0; k < 6; k++) {
                    ps.setObject(i++, a);
                }
                ps.setLong(i, query.hoursTarget().toNanos());
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        referred += rs.getLong("referred");
                        for (int col = 3; col <= md.getColumnCount(); col++) {
                            check += rs.getLong(col);
                        }
                    }
                }
            }
            Map<String, long[]> sums = new HashMap<>();
            Map<UUID, Aead> keys = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(pairSql)) {
                ps.setFetchSize(500);
                ps.setObject(1, a);
                ps.setObject(2, query.from());
                ps.setObject(3, query.toExclusive());
                ps.setObject(4, a);
                ps.setObject(5, a);
                try (ResultSet rs = ps.executeQuery()) {
                    // the SDK's pairing: rows by referral, instrument and time point, END just before INTAKE
                    String[] prev = null;
                    byte[][] prevBytes = null;
                    while (rs.next()) {
                        String[] row = {rs.getString("rid"), rs.getString("k"), rs.getString("iid"),
                            rs.getString("ver"), rs.getString("tp"), rs.getString("aid")};
                        byte[][] bytes = {rs.getBytes("tot"), rs.getBytes("ans")};
                        String[] e = prev;
                        byte[][] eb = prevBytes;
                        prev = row;
                        prevBytes = bytes;
                        if (e == null || !e[0].equals(row[0]) || !e[2].equals(row[2]) || !e[3].equals(row[3])
                                || !e[4].equals("END") || !row[4].equals("INTAKE")) {
                            continue;
                        }
                        Instrument instrument = instruments.find(row[2], row[3]).orElseThrow();
                        var before = total(c, keys, row[5], bytes[0]);
                        var after = total(c, keys, e[5], eb[0]);
                        long[] s = sums.computeIfAbsent(row[1] + "|" + row[2], x -> new long[3]);
                        if (before.isPresent() && after.isPresent()) {
                            pairs++;
                            BigDecimal d = after.get().subtract(before.get());
                            s[0]++;
                            var rel = instrument.descriptor().reliability();
                            if (rel.isPresent()) {
                                s[1] += ReliableChange.verdict(instrument.descriptor(), rel.get(), d)
                                        == ReliableChange.Outcome.RELIABLY_IMPROVED ? 1 : 0;
                            }
                            s[2] += d.unscaledValue().longValue();
                        }
                        if (bytes[1] != null && eb[1] != null) {
                            ScoreResult sb = instrument.score(Answers.parse(answers(c, keys, row[5], bytes[1])));
                            ScoreResult se = instrument.score(Answers.parse(answers(c, keys, e[5], eb[1])));
                            for (var ch : org.dvpp.assessment.ScoreComparison.compare(instrument.descriptor(), sb,
                                    se)) {
                                if (ch.delta().isPresent()) {
                                    s[2] += ch.delta().get().numerator();
                                }
                            }
                        }
                    }
                }
            }
            c.commit();
            for (long[] s : sums.values()) {
                check += s[0] + s[1] + s[2];
            }
        }
        return new long[] {referred, pairs, check};
    }

    /**
     * Runs it alone: {@code java -cp ... org.dvpp.benchmarks.NationalReportBenchmark [JMH options]}, for example
     * {@code -p scale=0.01}.
     *
     * @param args JMH options
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {NationalReportBenchmark.class.getName()}
                : concat(NationalReportBenchmark.class.getName(), args));
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
