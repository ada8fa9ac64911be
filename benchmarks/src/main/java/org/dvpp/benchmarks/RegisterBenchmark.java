package org.dvpp.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Role;
import org.dvpp.programme.Safety;
import org.dvpp.programme.ScreeningAnswers;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sixteen facilitators taking their groups' 12-man registers at the same moment on PostgreSQL, through the front door
 * (permission, the facilitator runs the group, the session's state, the men due, 12 attendance lines, the session
 * marked taken with its version checked, the hash-chained audit entry; one transaction, retried on a serialization
 * failure) against raw JDBC running the statements the SDK runs, at the same concurrency. Before each call the
 * thread's session is reset outside the timed region; after it the register is counted: a lost or doubled line stops
 * the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(RegisterBenchmark.FACILITATORS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RegisterBenchmark {
    static final int FACILITATORS = 16;
    static final int MEN = 12;

    private BenchDatabase database;
    private Path keys;
    private Dvpp dvpp;
    private final List<Group> groups = new ArrayList<>();
    private final AtomicInteger nextGroup = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    private final StatementLog log = new StatementLog();
    private AgencyId agency;
    private ActingUser practitioner;

    /** One facilitator's group: the session whose register he takes, and the men due at it. */
    record Group(ActingUser facilitator, List<UserId> team, GroupId id, SessionId session, List<CaseId> men) {
    }

    /** A clock the setup moves: referrals in the past, then a date after every session. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = new BenchDatabase("postgresql", FACILITATORS + 4);
        keys = Files.createTempDirectory("dvpp-bench").resolve("keys.json");
        Keysets.generate(keys);
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        dvpp = Dvpp.builder().dataSource(log.wrap(database.dataSource)).keyProvider(KeyProviders.keysetFile(keys))
                .clock(clock).build();
        agency = AgencyId.random();
        dvpp.agencies().register(ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR),
                new Agencies.AgencyDetails("Benchmark agency", new ServiceArea(List.of(new Area("north", "North")))));
        practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        ActingUser supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
        ActingUser manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
        LocalDate today = LocalDate.ofInstant(clock.now, ZoneOffset.UTC);
        for (int g = 0; g < FACILITATORS; g++) {
            ActingUser facilitator = ActingUser.of(UserId.random(), agency, Role.FACILITATOR);
            UserId coFacilitator = UserId.random();
            // the agency's facilitator rule: two facilitators with records, trained by the session's date
            for (UserId f : List.of(facilitator.id(), coFacilitator)) {
                dvpp.facilitators().save(manager, new org.dvpp.programme.Facilitators.NewFacilitator(f,
                        "Facilitator " + g, Set.of("dvpp-facilitator"), Optional.of(today.minusYears(1)),
                        Optional.empty()));
            }
            GroupId id = dvpp.groups().create(manager, new Groups.NewGroup("Group " + g, "dvpp-integrated-12",
                    GroupType.CLOSED, MEN, List.of(facilitator.id(), coFacilitator),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), today.plusWeeks(1),
                    "north")).group().id();
            List<CaseId> men = new ArrayList<>();
            for (int m = 0; m < MEN; m++) {
                CaseId c = readyMan(supervisor, String.format("REG-%02d-%02d", g, m), today);
                dvpp.groups().allocate(manager, id, c);
                men.add(c);
            }
            groups.add(new Group(facilitator, List.of(facilitator.id(), coFacilitator), id, null, men));
        }
        clock.now = clock.now.plusSeconds(86_400L * 120);
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            SessionId first = dvpp.groups().sessions(gr.facilitator(), gr.id()).get(0).id();
            groups.set(g, new Group(gr.facilitator(), gr.team(), gr.id(), first, gr.men()));
        }
        // the statements the SDK runs for one register, which rawJdbc runs too
        reset(groups.get(0));
        log.recording = true;
        sdk(new Facilitator(groups.get(0)));
        log.recording = false;
        System.err.println("[register] the SDK's statements for one register: " + log.statements);
        reset(groups.get(0));
        Map<String, Long> before = database.counts(TABLES);
        rawJdbc(new Facilitator(groups.get(0)));
        Map<String, Long> raw = BenchDatabase.delta(before, database.counts(TABLES));
        reset(groups.get(0));
        before = database.counts(TABLES);
        sdk(new Facilitator(groups.get(0)));
        Map<String, Long> sdk = BenchDatabase.delta(before, database.counts(TABLES));
        if (!raw.equals(sdk)) {
            throw new IllegalStateException("raw JDBC writes " + raw + ", the SDK " + sdk);
        }
    }

    static final List<String> TABLES = List.of("attendance", "session_facilitator", "audit_log", "outbox");

    private CaseId readyMan(ActingUser supervisor, String ref, LocalDate today) {
        CaseId c = dvpp.referrals().receive(practitioner, new Referrals.NewReferral(ref, today.minusYears(30),
                "north", ReferralSource.PROBATION, today, Referrer.self(), "benchmark")).caseId();
        dvpp.cases().screen(practitioner, c, ScreeningAnswers.of(true));
        var intake = dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("audit-c",
                TimePoint.INTAKE, today, Map.of("Q1", "1", "Q2", "1", "Q3", "0"))).id();
        dvpp.cases().decideSuitability(supervisor, c, new Cases.SuitabilityInput(Suitability.SUITABLE,
                practitioner.id(), List.of(intake)));
        dvpp.cases().recordConsent(practitioner, c, new Cases.ConsentInput("2026-01", today,
                Set.of(SharingScope.PARTNER_SUPPORT), true));
        dvpp.safety().addPersonAtRisk(practitioner, c, new Safety.NewPersonAtRisk(Relationship.PARTNER,
                new ContactDetails("Partner " + ref, Optional.empty(), "", "", ""), false));
        return c;
    }

    /** Puts a session back to "register not taken", outside the timed region. */
    private void reset(Group g) throws SQLException {
        try (Connection c = database.dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attendance WHERE agency_id = ? AND "
                    + "session_id = ?")) {
                ps.setObject(1, agency.value());
                ps.setObject(2, g.session().value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_facilitator WHERE agency_id = ? AND "
                    + "session_id = ?")) {
                ps.setObject(1, agency.value());
                ps.setObject(2, g.session().value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE group_session SET register_taken = false "
                    + "WHERE agency_id = ? AND id = ?")) {
                ps.setObject(1, agency.value());
                ps.setObject(2, g.session().value());
                ps.executeUpdate();
            }
        }
    }

    /** One facilitator: a thread, its group. */
    @State(Scope.Thread)
    public static class Facilitator {
        Group group;

        public Facilitator() {
        }

        Facilitator(Group g) {
            this.group = g;
        }

        @Setup(Level.Trial)
        public void pick(RegisterBenchmark b) {
            group = b.groups.get(b.nextGroup.getAndIncrement() % b.groups.size());
        }

        @Setup(Level.Invocation)
        public void before(RegisterBenchmark b) throws SQLException {
            b.reset(group);
        }

        @TearDown(Level.Invocation)
        public void after(RegisterBenchmark b) throws SQLException {
            try (Connection c = b.database.dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT count(*), count(DISTINCT case_id) FROM "
                            + "attendance WHERE agency_id = ? AND session_id = ?")) {
                ps.setObject(1, b.agency.value());
                ps.setObject(2, group.session().value());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != MEN || rs.getLong(2) != MEN) {
                        b.wrong.add(group.session() + ": " + rs.getLong(1) + " lines for " + rs.getLong(2) + " men");
                    }
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        dvpp.close();
        database.close();
        Files.deleteIfExists(keys);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("registers with lost or doubled lines: " + wrong);
        }
    }

    /** @return the attendance recorded, through the front door */
    @Benchmark
    public Object sdk(Facilitator f) {
        List<Groups.RegisterLine> lines = new ArrayList<>(MEN);
        for (CaseId c : f.group.men()) {
            lines.add(new Groups.RegisterLine(c, AttendanceStatus.PRESENT, Optional.empty()));
        }
        return dvpp.groups().takeRegister(f.group.facilitator(), f.group.session(), lines);
    }

    /** @return lines written by hand-written JDBC, the same statements in one transaction */
    @Benchmark
    public long rawJdbc(Facilitator f) throws SQLException {
        return RawRegister.take(database.dataSource, agency, f.group.facilitator().id(), f.group.team(),
                f.group.id(), f.group.session(), f.group.men());
    }
}
