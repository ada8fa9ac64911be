package org.dvpp.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dvpp.assessment.ReliableChange;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Groups;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Role;
import org.dvpp.programme.Safety;
import org.dvpp.programme.ScreeningAnswers;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.KeyProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs a demo cohort from end to end on the embedded H2 database: a five-borough agency, referrals from several sources,
 * screening, assessment decisions, consent, partner contacts, a group of 12 with a waiting list, twelve weeks of
 * registers with realistic absences, one-to-ones, a risk event, a drop-out, an exclusion, completions; then prints the
 * funnel and the completion figures. Everything goes through the SDK's public API.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a demo cohort end to end on the embedded H2 database and print its figures.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> BOROUGHS = List.of("merton", "sutton", "wandsworth", "kingston", "richmond");
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", description = "Where the demo database goes (default: $DVPP_HOME/demo, replaced each run).")
    Path dir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--referrals", defaultValue = "30", description = "How many referrals (default: ${DEFAULT-VALUE}).")
    int referrals;

    private final AtomicInteger partnerSupportNotices = new AtomicInteger();
    private final AtomicInteger eventsDelivered = new AtomicInteger();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (referrals < 14 || referrals > 500) {
            spec.commandLine().getErr().println("--referrals must be between 14 and 500");
            return 2;
        }
        Path home = dir != null ? dir : DataHome.directory().resolve("demo");
        prepare(home);
        Path keys = home.resolve("keyset.json");
        Keysets.generate(keys);
        SimulatedClock clock = new SimulatedClock(START);
        Random random = new Random(seed);
        ProgrammeEventListener partnerSupport = new ProgrammeEventListener() {
            @Override
            public String id() {
                return "demo-partner-support";
            }

            @Override
            public void onEvent(ProgrammeEvent event) {
                eventsDelivered.incrementAndGet();
                if (event.partnerSupportMustBeTold()) {
                    partnerSupportNotices.incrementAndGet();
                }
            }
        };
        out.println("DVPP Kit demo: a simulated cohort on the embedded H2 database in " + home);
        long t0 = System.nanoTime();
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(home.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .clock(clock).addListener(partnerSupport).build()) {
            Simulation sim = new Simulation(dvpp, clock, random, new ProgressBar(out, referrals + 17));
            sim.run(out);
            // so that `dvpp report` can find the demo agency's figures
            Files.writeString(home.resolve(ReportCommand.AGENCY_FILE), sim.agency.value().toString());
        }
        out.printf("Done in %.1f s. Database: %s%n", (System.nanoTime() - t0) / 1e9, home.resolve("db"));
        return 0;
    }

    private static void prepare(Path home) throws IOException {
        Path marker = home.resolve(".dvpp-demo");
        if (Files.exists(home)) {
            if (!Files.exists(marker)) {
                try (var s = Files.list(home)) {
                    if (s.findAny().isPresent()) {
                        throw new IOException(home + " exists and is not a demo directory; choose another --dir");
                    }
                }
            }
            try (var files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(home)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(home);
        Files.writeString(marker, "created by dvpp demo; replaced on each run\n");
    }

    /** The simulated cohort. */
    private final class Simulation {
        private final Dvpp dvpp;
        private final SimulatedClock clock;
        private final Random random;
        private final ProgressBar bar;
        private final AgencyId agency = AgencyId.random();
        private final ActingUser admin;
        private final ActingUser practitioner;
        private final ActingUser supervisor;
        private final ActingUser facilitator;
        private final ActingUser manager;
        private final ActingUser partnerWorker;

        Simulation(Dvpp dvpp, SimulatedClock clock, Random random, ProgressBar bar) {
            this.dvpp = dvpp;
            this.clock = clock;
            this.random = random;
            this.bar = bar;
            admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
            practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
            supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
            facilitator = ActingUser.of(UserId.random(), agency, Role.FACILITATOR);
            manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
            partnerWorker = ActingUser.of(UserId.random(), agency, Role.PARTNER_SUPPORT);
        }

        LocalDate today() {
            return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }

        void run(PrintWriter out) {
            List<Area> areas = BOROUGHS.stream()
                    .map(code -> new Area(code, Character.toUpperCase(code.charAt(0)) + code.substring(1))).toList();
            dvpp.agencies().register(admin, new Agencies.AgencyDetails("Demo DVPP partnership (five boroughs)",
                    new ServiceArea(areas)));

            // referrals over the four weeks before the group starts
            ReferralSource[] sources = {ReferralSource.PROBATION, ReferralSource.PROBATION, ReferralSource.COURT,
                ReferralSource.CHILDRENS_SOCIAL_CARE, ReferralSource.CHILDRENS_SOCIAL_CARE,
                ReferralSource.SUBSTANCE_MISUSE_SERVICE, ReferralSource.SUBSTANCE_MISUSE_SERVICE,
                ReferralSource.POLICE, ReferralSource.HEALTH, ReferralSource.SELF};
            List<CaseId> ready = new ArrayList<>();
            for (int i = 0; i < referrals; i++) {
                clock.set(START.plus(Duration.ofHours(6L * i)));
                String area = i % 11 == 7 ? "croydon" : BOROUGHS.get(random.nextInt(BOROUGHS.size()));
                LocalDate dob = i == 5 ? today().minusYears(15) : today().minusYears(19 + random.nextInt(40))
                        .minusDays(random.nextInt(365));
                ReferralSource source = sources[random.nextInt(sources.length)];
                Referrer referrer = source == ReferralSource.SELF ? Referrer.self()
                        : new Referrer(source.name().toLowerCase().replace('_', ' ') + " team", "caseworker",
                                "ref-" + i);
                CaseId c = dvpp.referrals().receive(practitioner, new Referrals.NewReferral(
                        String.format("DEMO-%04d", i + 1), dob, area, source, today(), referrer,
                        "referred for abusive behaviour towards a partner")).caseId();
                boolean history = i % 13 != 3;
                var screening = dvpp.cases().screen(practitioner, c, ScreeningAnswers.of(history));
                if (screening.outcome().passed()) {
                    boolean suitable = random.nextInt(12) != 0;
                    List<AssessmentId> intake = intakeAssessments(c, i);
                    dvpp.cases().decideSuitability(supervisor, c, new Cases.SuitabilityInput(
                            suitable ? Suitability.SUITABLE : Suitability.UNSUITABLE, practitioner.id(), intake));
                    if (suitable) {
                        if (random.nextInt(12) == 0) {
                            dvpp.cases().withdraw(practitioner, c, "did not attend the consent appointment");
                        } else {
                            dvpp.cases().recordConsent(practitioner, c, new Cases.ConsentInput("2026-01", today(),
                                    Set.of(SharingScope.PARTNER_SUPPORT, SharingScope.REFERRER), true));
                            if (random.nextInt(8) == 0) {
                                dvpp.cases().recordPartnerContactAbsence(practitioner, c,
                                        "no partner or ex-partner in the last five years; no children");
                                dvpp.cases().reviewPartnerContactAbsence(supervisor, c);
                            } else {
                                int people = 1 + random.nextInt(3);
                                for (int p = 0; p < people; p++) {
                                    Relationship rel = p == 0 ? Relationship.PARTNER
                                            : (p == 1 ? Relationship.CHILD : Relationship.EX_PARTNER);
                                    dvpp.safety().addPersonAtRisk(partnerWorker, c, new Safety.NewPersonAtRisk(rel,
                                            new ContactDetails("Person " + (i + 1) + "-" + (p + 1), Optional.empty(),
                                                    "", "", "contact through the partner-support worker only"),
                                            rel != Relationship.EX_PARTNER));
                                }
                            }
                            ready.add(c);
                        }
                    }
                }
                bar.step("referral " + (i + 1) + " of " + referrals);
            }

            // one closed group of 12 on Monday evenings; the rest wait
            clock.set(START.plus(Duration.ofDays(28)));
            GroupId group = dvpp.groups().create(manager, new Groups.NewGroup("Merton Monday evening",
                    "dvpp-integrated-12", GroupType.CLOSED, 12, List.of(facilitator.id(), UserId.random()),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), today().plusDays(7),
                    "merton")).group().id();
            List<CaseId> members = new ArrayList<>();
            for (CaseId c : ready) {
                if (dvpp.groups().allocate(manager, group, c).outcome() == Groups.Placement.Outcome.PLACED) {
                    members.add(c);
                }
            }
            bar.step("group allocated");

            // twelve weeks
            Map<CaseId, Double> reliability = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                reliability.put(members.get(i), i < 2 ? 0.6 : 0.95);
            }
            CaseId dropOut = members.size() > 3 ? members.get(3) : null;
            CaseId risky = members.size() > 6 ? members.get(6) : null;
            List<CaseId> active = new ArrayList<>(members);
            Map<CaseId, Integer> toCatchUp = new LinkedHashMap<>();
            List<org.dvpp.programme.Alert> midAlerts = new ArrayList<>();
            for (GroupSession s : dvpp.groups().sessions(facilitator, group)) {
                clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                int week = s.sequence();
                List<Groups.RegisterLine> lines = new ArrayList<>();
                for (CaseId c : active) {
                    double roll = random.nextDouble();
                    AttendanceStatus st;
                    if (roll < reliability.get(c)) {
                        st = random.nextInt(15) == 0 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
                    } else {
                        st = random.nextBoolean() ? AttendanceStatus.EXCUSED_ABSENCE
                                : AttendanceStatus.UNEXCUSED_ABSENCE;
                    }
                    lines.add(new Groups.RegisterLine(c, st, st == AttendanceStatus.LATE
                            ? Optional.of(Duration.ofMinutes(90)) : Optional.empty()));
                    boolean oneToOne = random.nextDouble() < 0.9;
                    Integer missed = toCatchUp.remove(c);
                    // a missed session is caught up in the next one-to-one, when he comes
                    dvpp.groups().recordOneToOne(practitioner, c, new Groups.OneToOneInput(today(),
                            Duration.ofHours(1), missed != null && oneToOne ? OneToOneKind.CATCH_UP
                                    : OneToOneKind.KEY_WORK,
                            oneToOne ? AttendanceStatus.PRESENT : AttendanceStatus.UNEXCUSED_ABSENCE,
                            missed != null && oneToOne ? Set.of(missed) : Set.of()));
                    if (!st.attended() && random.nextBoolean()) {
                        toCatchUp.put(c, s.curriculumSession());
                    }
                    if (week == 1 || week == 6 || week == 12) {
                        int base = 4 + random.nextInt(4) + week / 4;
                        dvpp.groups().recordCheckIn(facilitator, c, today(), Math.min(10, base),
                                Math.min(10, base - 1), Math.min(10, base));
                    }
                }
                dvpp.groups().takeRegister(facilitator, s.id(), lines);
                if (week == 4 && dropOut != null) {
                    dvpp.cases().withdraw(practitioner, dropOut, "stopped attending after moving out of the area");
                    active.remove(dropOut);
                }
                if (week == 5 && risky != null) {
                    dvpp.safety().recordRiskEvent(partnerWorker, risky, new Safety.RiskInput(
                            RiskEventKind.PARTNER_REPORT, clock.instant(), RiskLevel.HIGH, Set.of(),
                            Optional.of(15), "partner reports renewed threats"));
                }
                dvpp.events().dispatchPending();
                if (week == 8) {
                    midAlerts.addAll(dvpp.alerts().current(supervisor));
                }
                bar.step("week " + week + " of 12");
            }

            // completion by the curriculum's rule, then aftercare or return to referrer
            clock.set(clock.instant().plus(Duration.ofDays(3)));
            int completed = 0;
            int notCompleted = 0;
            for (CaseId c : active) {
                try {
                    dvpp.completion().complete(practitioner, c);
                    dvpp.cases().startAftercare(practitioner, c);
                    completed++;
                    endAssessments(c);
                } catch (IllegalTransitionException e) {
                    dvpp.cases().returnToReferrer(supervisor, c, "did not meet the completion requirement");
                    notCompleted++;
                }
            }
            bar.step("completion decided");
            clock.set(clock.instant().plus(Duration.ofDays(180)));
            dvpp.events().dispatchPending();
            bar.step("six-month follow-up");
            bar.step("alerts");
            bar.step("figures");
            report(out, members.size(), completed, notCompleted, ready.size() - members.size(), midAlerts);
        }

        /** AUDIT-C and PHQ-9 at intake, and a DASH for some; returns the ids the suitability decision rests on. */
        private List<AssessmentId> intakeAssessments(CaseId c, int i) {
            List<AssessmentId> ids = new ArrayList<>();
            int drinking = random.nextInt(5);
            ids.add(dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("audit-c",
                    TimePoint.INTAKE, today(), Map.of("Q1", Integer.toString(drinking),
                            "Q2", Integer.toString(random.nextInt(5)), "Q3", Integer.toString(random.nextInt(5)))))
                    .id());
            ids.add(dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("phq-9",
                    TimePoint.INTAKE, today(), phq9(1 + random.nextInt(3)))).id());
            if (i % 4 == 0) {
                Map<String, String> dash = new LinkedHashMap<>();
                int yes = 3 + random.nextInt(12);
                for (int q = 1; q <= 24; q++) {
                    dash.put("Q" + q, q <= yes ? "yes" : "no");
                }
                ids.add(dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("dash-ric",
                        TimePoint.INTAKE, today(), dash)).id());
            }
            return ids;
        }

        private Map<String, String> phq9(int level) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int q = 1; q <= 9; q++) {
                m.put("Q" + q, Integer.toString(Math.max(0, Math.min(3, level + random.nextInt(2) - (q == 9 ? 1 : 0)))));
            }
            return m;
        }

        /** Post-programme PHQ-9, and its reliable change from intake. */
        private void endAssessments(CaseId c) {
            dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("phq-9", TimePoint.END, today(),
                    phq9(random.nextInt(2))));
            ReliableChange.Result change = dvpp.assessments().change(practitioner, c, "phq-9", TimePoint.INTAKE,
                    TimePoint.END);
            changes.merge(change.outcome(), 1, Integer::sum);
        }

        private final Map<ReliableChange.Outcome, Integer> changes = new EnumMap<>(ReliableChange.Outcome.class);

        private void report(PrintWriter out, int started, int completed, int notCompleted, int waiting,
                List<org.dvpp.programme.Alert> alerts) {
            List<FunnelRow> funnel = dvpp.reports().funnel(manager, LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2028-01-01"));
            long referred = funnel.stream().mapToLong(FunnelRow::referred).sum();
            long screened = funnel.stream().mapToLong(FunnelRow::screened).sum();
            long assessed = funnel.stream().mapToLong(FunnelRow::assessed).sum();
            long suitable = funnel.stream().mapToLong(FunnelRow::suitable).sum();
            long startedDb = funnel.stream().mapToLong(FunnelRow::started).sum();
            long completedDb = funnel.stream().mapToLong(FunnelRow::completed).sum();
            Map<CaseStatus, Long> exits = new EnumMap<>(CaseStatus.class);
            for (FunnelRow r : funnel) {
                r.exits().forEach((k, v) -> exits.merge(k, v, Long::sum));
            }
            out.println();
            out.println("Funnel (from the database)");
            out.printf("  referred   %4d%n  screened   %4d%n  assessed   %4d%n  suitable   %4d%n  started    %4d%n"
                    + "  completed  %4d%n", referred, screened, assessed, suitable, startedDb, completedDb);
            out.println("  exits      " + exits);
            out.println();
            out.println("Group of 12 (dvpp-integrated-12, closed cohort)");
            out.printf("  started %d, completed %d, not completed %d, still waiting %d%n", started, completed,
                    notCompleted, waiting);
            out.printf("  completion rate %.0f%% of starters%n", started == 0 ? 0.0 : 100.0 * completed / started);
            var hours = dvpp.reports().attendance(manager).stream()
                    .mapToDouble(a -> a.totalTime().toMinutes() / 60.0).filter(h -> h > 0).average().orElse(0);
            out.printf("  average intervention hours per starter %.1f%n", hours);
            out.println("  PHQ-9 intake to end (Jacobson-Truax): " + changes);
            out.println();
            out.printf("Partner support was told of %d changes (%d events delivered to listeners)%n",
                    partnerSupportNotices.get(), eventsDelivered.get());
            Map<org.dvpp.programme.Alert.Kind, Long> kinds = new EnumMap<>(org.dvpp.programme.Alert.Kind.class);
            alerts.forEach(a -> kinds.merge(a.kind(), 1L, Long::sum));
            out.println("Alerts for facilitators in week 8: " + (kinds.isEmpty() ? "none" : kinds));
        }
    }
}
