package org.dvpp.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.storage.spi.BulkImport;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.tck.Fixtures;

/**
 * The national-scale dataset of the outcome-report benchmark, written through the SDK's {@link BulkImport} (on
 * PostgreSQL its {@code COPY ... FROM STDIN} path, so every sensitive column is really encrypted): at scale 1.0,
 * 100,000 men, one referral each, in blocks of 20 referred in the same week and offered one 25-session group; about
 * 60 % start (about 1.5 million attendance rows), and every man takes PHQ-9, GAD-7, AUDIT, TOP and URICA at intake,
 * starters again at mid-point and end (about 1.1 million assessments, about 24 million answers). A seed makes it the
 * same every time; {@code scale} multiplies the number of men (0.01 for a quick look).
 */
final class NationalDataset {
    /** Men at scale 1.0. */
    static final int FULL_MEN = 100_000;
    /** Men per weekly referral block, each block offered one group. */
    static final int BLOCK = 20;
    /** Sessions of each group. */
    static final int SESSIONS = 25;
    /** The instruments every man takes. */
    static final List<String> INSTRUMENTS = List.of("phq-9", "gad-7", "audit", "top", "urica");
    static final String[] AREAS = {"barnet", "brent", "camden", "croydon", "ealing", "enfield", "hackney", "harrow",
        "islington", "lambeth", "merton", "sutton"};
    private static final ReferralSource[] SOURCES = {ReferralSource.PROBATION, ReferralSource.COURT,
        ReferralSource.SELF, ReferralSource.CHILDRENS_SOCIAL_CARE};
    /** Distinct answer sets per instrument, scored once and reused (a pool, so generating does not score a million). */
    private static final int POOL = 64;

    /** What was written and how long it took. */
    record Stats(int men, long starters, long attendance, long assessments, long answers, Duration took) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d men (%,d starters), %,d attendance rows, %,d assessments, "
                    + "%,d answers, written in %d s", men, starters, attendance, assessments, answers,
                    took.toSeconds());
        }
    }

    /** One pooled answer set with its score. */
    private record Scored(Map<String, String> answers, Optional<BigDecimal> total, Optional<String> band) {
    }

    private final Fixtures f;
    private final Random random;
    private final Map<String, List<Scored>> pool = new LinkedHashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();

    private NationalDataset(AgencyId agency, long seed) {
        this.f = new Fixtures(agency, "national");
        this.random = new Random(seed);
        InstrumentRegistry registry = InstrumentRegistry.withBuiltIns();
        for (String id : INSTRUMENTS) {
            Instrument instrument = registry.get(id);
            versions.put(id, instrument.descriptor().version());
            List<Scored> sets = new ArrayList<>();
            while (sets.size() < POOL) {
                Map<String, String> answers = randomAnswers(instrument);
                try {
                    ScoreResult r = instrument.score(Answers.parse(answers));
                    sets.add(new Scored(answers, r.total().map(t -> t.toBigDecimal(4).setScale(4,
                            RoundingMode.HALF_UP)), r.band().map(ScoreResult.BandResult::code)));
                } catch (org.dvpp.domain.DvppException notValid) {
                    // skip logic or a combined rule refused this draw: draw again
                }
            }
            pool.put(id, sets);
        }
    }

    private Map<String, String> randomAnswers(Instrument instrument) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Item item : instrument.descriptor().items()) {
            AnswerType t = item.type();
            String a = null;
            if (t instanceof AnswerType.Choice c) {
                a = Integer.toString(c.options().get(random.nextInt(c.options().size())).value());
            } else if (t instanceof AnswerType.YesNo) {
                a = random.nextBoolean() ? "yes" : "no";
            } else if (t instanceof AnswerType.IntegerRange r) {
                a = Integer.toString(r.min() + random.nextInt(r.max() - r.min() + 1));
            } else if (t instanceof AnswerType.DayCount d) {
                a = Integer.toString(random.nextInt(d.periodDays() + 1));
            }
            if (a != null && item.askedWhen().isEmpty()) {
                out.put(item.id(), a);
            }
        }
        return out;
    }

    /**
     * Writes the dataset.
     *
     * @param storage storage on the benchmark's database (with {@code postgresql.copyBulkImport=true} for speed)
     * @param agency the agency, already registered
     * @param scale the share of {@value #FULL_MEN} men
     * @param seed the seed
     * @param progress told after each block of men is written
     * @return what was written
     */
    static Stats generate(Storage storage, AgencyId agency, double scale, long seed,
            java.util.function.IntConsumer progress) {
        Instant t0 = Instant.now();
        int men = men(scale);
        NationalDataset d = new NationalDataset(agency, seed);
        long[] totals = new long[4];
        int chunk = 50 * BLOCK;
        for (int from = 0; from < men; from += chunk) {
            d.chunk(storage.bulkImport(agency), from, Math.min(men, from + chunk), totals);
            progress.accept(Math.min(men, from + chunk));
        }
        return new Stats(men, totals[0], totals[1], totals[2], totals[3], Duration.between(t0, Instant.now()));
    }

    /**
     * Generates the dataset alone, where {@link NationalReportBenchmark} looks for it (the PostgreSQL schema
     * {@code dvpp_national_MEN_SEED}, its keyset and agency id under the temporary directory), to time the generator
     * or to make the dataset before a benchmark run: {@code java -cp ... org.dvpp.benchmarks.NationalDataset SCALE}.
     * An earlier dataset of that size is dropped first.
     *
     * @param args the scale
     * @throws Exception when it fails
     */
    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[0]);
        String schema = NationalReportBenchmark.schema(scale);
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), schema);
        java.nio.file.Files.createDirectories(home);
        java.nio.file.Path keys = home.resolve("keyset.json");
        java.nio.file.Files.deleteIfExists(home.resolve("agency-id"));
        java.nio.file.Files.deleteIfExists(keys);
        org.dvpp.storage.jdbc.Keysets.generate(keys);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema
                + "&reWriteBatchedInserts=true");
        AgencyId agency = AgencyId.random();
        Instant t0 = Instant.now();
        try (org.dvpp.programme.Dvpp dvpp = org.dvpp.programme.Dvpp.builder().dataSource(ds)
                .keyProvider(org.dvpp.storage.spi.KeyProviders.keysetFile(keys)).build()) {
            NationalReportBenchmark.register(dvpp, agency);
        }
        try (Storage copy = new org.dvpp.storage.jdbc.JdbcStorageProvider().open(org.dvpp.storage.spi.StorageConfig
                .builder(ds).migrate(false).option("postgresql.copyBulkImport", "true")
                .keyProvider(org.dvpp.storage.spi.KeyProviders.keysetFile(keys)).build())) {
            Stats s = generate(copy, agency, scale, NationalReportBenchmark.SEED, n -> {
                if (n % 10_000 == 0) {
                    System.err.println(n + " men written after " + Duration.between(t0, Instant.now()).toSeconds()
                            + " s");
                }
            });
            try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            java.nio.file.Files.writeString(home.resolve("agency-id"), agency.value().toString());
            System.out.println("schema " + schema + ": " + s + "; with the schema made and ANALYZE, "
                    + Duration.between(t0, Instant.now()).toSeconds() + " s");
        }
    }

    /**
     * @param scale the share of {@value #FULL_MEN}
     * @return the men generated at it: a whole number of blocks, at least one
     */
    static int men(double scale) {
        return Math.max(BLOCK, (int) Math.round(FULL_MEN * scale) / BLOCK * BLOCK);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private Case apply(Case c, CaseCommand command, Instant at) {
        UserId actor = command instanceof CaseCommand.ReviewPartnerContactAbsence ? f.supervisor() : f.worker();
        return CaseLifecycle.handle(c, command, actor, at).after();
    }

    private void chunk(BulkImport in, int from, int to, long[] totals) {
        List<Participant> participants = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        List<PersonAtRisk> people = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<GroupSession> sessions = new ArrayList<>();
        List<Attendance> attendance = new ArrayList<>();
        List<AssessmentRecord> assessments = new ArrayList<>();
        AttendanceStatus[] statuses = AttendanceStatus.values();
        for (int b = from / BLOCK; b < to / BLOCK; b++) {
            LocalDate week = Fixtures.BASE.plusWeeks(b % 52);
            String area = AREAS[b % AREAS.length];
            LocalDate start = week.plusWeeks(3);
            GroupId gid = GroupId.random();
            Group g = new Group(gid, f.agencyId(), "Group " + b, "dvpp-integrated-12", GroupType.CLOSED, BLOCK,
                    List.of(f.worker(), f.supervisor()), DeliveryPattern.weeklyTwoHours(start.getDayOfWeek(),
                            java.time.LocalTime.of(18, 0)), start, area, GroupStatus.RUNNING, 0);
            groups.add(g);
            List<SessionId> ids = new ArrayList<>();
            for (int s = 1; s <= SESSIONS; s++) {
                GroupSession gs = new GroupSession(SessionId.random(), f.agencyId(), gid, s, (s - 1) % 12 + 1,
                        start.plusWeeks(s - 1L).atTime(18, 0), Duration.ofHours(2), SessionStatus.DELIVERED, true);
                sessions.add(gs);
                ids.add(gs.id());
            }
            for (int m = 0; m < BLOCK; m++) {
                Participant p = f.participant(area);
                participants.add(p);
                LocalDate received = week.plusDays(random.nextInt(7));
                Referral r = f.referral(p.id(), SOURCES[random.nextInt(SOURCES.length)], received, area);
                referrals.add(r);
                Case c = Case.open(CaseId.random(), f.agencyId(), p.id(), r.id());
                int path = random.nextInt(100);
                boolean started = false;
                if (path >= 10) {
                    c = apply(c, new CaseCommand.StartScreening(), at(received, 10));
                    if (path < 20) {
                        c = apply(c, f.failScreening(), at(received.plusDays(1), 11));
                    } else if (path < 25) {
                        c = apply(c, new CaseCommand.ReturnToReferrer(f.reason()), at(received.plusDays(1), 11));
                    } else {
                        c = apply(c, f.passScreening(), at(received.plusDays(1), 11));
                        if (path < 30) {
                            c = apply(c, f.decide(false), at(received.plusDays(5), 11));
                        } else {
                            c = apply(c, f.decide(true), at(received.plusDays(5), 11));
                            if (path < 40) {
                                c = apply(c, new CaseCommand.Withdraw(f.reason()), at(received.plusDays(8), 11));
                            } else {
                                c = apply(c, f.consent(c), at(received.plusDays(6), 9));
                                c = apply(c, new CaseCommand.RecordPartnerContactAbsence(f.reason()),
                                        at(received.plusDays(6), 10));
                                c = apply(c, new CaseCommand.ReviewPartnerContactAbsence(received.plusDays(6)),
                                        at(received.plusDays(6), 11));
                                c = apply(c, new CaseCommand.StartProgramme(gid), start.atTime(18, 0)
                                        .toInstant(ZoneOffset.UTC));
                                started = true;
                            }
                        }
                    }
                }
                LocalDate end = start.plusWeeks(SESSIONS);
                if (started) {
                    totals[0]++;
                    int fate = random.nextInt(100);
                    if (fate < 60) {
                        c = apply(c, new CaseCommand.Complete(true, "attended the programme"), at(end, 20));
                    } else if (fate < 75) {
                        c = apply(c, new CaseCommand.Exclude(f.reason()), at(start.plusWeeks(10), 20));
                    } else if (fate < 90) {
                        c = apply(c, new CaseCommand.Withdraw(f.reason()), at(start.plusWeeks(8), 20));
                    }
                    for (SessionId s : ids) {
                        int roll = random.nextInt(10);
                        attendance.add(f.attendance(s, c.id(), roll < 7 ? AttendanceStatus.PRESENT
                                : statuses[roll % statuses.length]));
                    }
                    totals[1] += ids.size();
                }
                cases.add(c);
                if (random.nextBoolean()) {
                    people.add(new PersonAtRisk(PersonAtRiskId.random(), f.agencyId(), p.id(), Relationship.PARTNER,
                            new ContactDetails(f.reason(), Optional.empty(), f.reason(), f.reason(), f.reason()), false,
                            PartnerSupportStatus.values()[random.nextInt(PartnerSupportStatus.values().length)], 0));
                }
                assess(assessments, c.id(), TimePoint.INTAKE, received.plusDays(3), totals);
                if (started) {
                    assess(assessments, c.id(), TimePoint.MID_POINT, start.plusWeeks(12), totals);
                    assess(assessments, c.id(), TimePoint.END, end, totals);
                }
            }
        }
        in.participants(participants);
        in.referrals(referrals);
        in.cases(cases);
        in.peopleAtRisk(people);
        in.groups(groups);
        in.groupSessions(sessions);
        in.attendance(attendance);
        in.assessments(assessments);
    }

    private void assess(List<AssessmentRecord> out, CaseId c, TimePoint point, LocalDate on, long[] totals) {
        for (String id : INSTRUMENTS) {
            List<Scored> sets = pool.get(id);
            Scored s = sets.get(random.nextInt(sets.size()));
            out.add(new AssessmentRecord(AssessmentId.random(), f.agencyId(), c, id, versions.get(id), point, on,
                    s.answers(), s.total(), s.band(), f.worker()));
            totals[2]++;
            totals[3] += s.answers().size();
        }
    }
}
