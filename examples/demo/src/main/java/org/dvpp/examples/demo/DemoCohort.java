package org.dvpp.examples.demo;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Alert;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Facilitators;
import org.dvpp.programme.Groups;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Role;
import org.dvpp.programme.Safety;
import org.dvpp.programme.ScreeningAnswers;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.storage.spi.FunnelRow;

/**
 * A simulated cohort, run through the SDK's public API only: a five-borough agency, referrals from several sources,
 * screening, assessment decisions, consent, partner contacts, a group of 12 with a waiting list, weekly registers with
 * realistic absences, one-to-ones, a risk event, a drop-out, completions. The same seed gives the same cohort.
 *
 * <pre>{@code
 * DemoCohort demo = DemoCohort.builder().seed(42).build();
 * try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir).keyProvider(keys)
 *         .clock(demo.clock()).addListener(demo.listener()).build()) {
 *     demo.run(dvpp).print(out);
 * }
 * }</pre>
 *
 * <p>With {@link Builder#weeks(int)} below twelve the simulation stops after that many registers, leaving the group
 * mid-programme (the web console opens on such a database, so that tonight's register is there to take).
 */
public final class DemoCohort {
    /** The five boroughs of the demo agency's service area. */
    public static final List<String> BOROUGHS = List.of("merton", "sutton", "wandsworth", "kingston", "richmond");
    /** When the simulation starts: the first referral arrives then. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    /** The weeks of the demo group's curriculum. */
    public static final int WEEKS = 12;
    /** The default curriculum: a closed cohort of twelve sessions. */
    public static final String CLOSED_CURRICULUM = "dvpp-integrated-12";
    /** The rolling curriculum: twenty-six sessions, men joining at module starts. */
    public static final String ROLLING_CURRICULUM = "dvpp-rolling-26";
    /** The weeks a rolling demo runs: the men who join at session 11 (the group's eleventh meeting) finish at 36. */
    public static final int ROLLING_WEEKS = 36;
    /** The entry sessions of the rolling demo's men. */
    public static final List<Integer> ROLLING_ENTRY_POINTS = List.of(1, 5, 11);

    private final long seed;
    private final int referrals;
    private final int weeks;
    private final String curriculum;
    private final Consumer<String> progress;
    private final SimulatedClock clock = new SimulatedClock(START);
    private final AtomicInteger partnerSupportNotices = new AtomicInteger();
    private final AtomicInteger eventsDelivered = new AtomicInteger();
    private final ProgrammeEventListener listener = new ProgrammeEventListener() {
        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

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

    private DemoCohort(Builder b) {
        this.seed = b.seed;
        this.referrals = b.referrals;
        this.curriculum = b.curriculum;
        this.weeks = b.weeks < 0 ? totalWeeks(b.curriculum) : b.weeks;
        this.progress = b.progress;
    }

    private static int totalWeeks(String curriculum) {
        return ROLLING_CURRICULUM.equals(curriculum) ? ROLLING_WEEKS : WEEKS;
    }

    /** @return the curriculum the demo group follows */
    public String curriculum() {
        return curriculum;
    }

    /** @return a builder with the defaults of {@code dvpp demo} (seed 42, 30 referrals, all the weeks, closed cohort) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the clock to give the {@code DvppBuilder}; the simulation moves it */
    public SimulatedClock clock() {
        return clock;
    }

    /** @return a listener to give the {@code DvppBuilder}, which counts the events delivered and partner-support notices */
    public ProgrammeEventListener listener() {
        return listener;
    }

    /** @return how many times {@link Builder#progress(Consumer)} will be called during {@link #run(Dvpp)} */
    public int steps() {
        return referrals + weeks + 5;
    }

    /**
     * Runs the cohort. Call it once, on a {@code Dvpp} built with {@link #clock()} and, for the notice counts,
     * {@link #listener()}.
     *
     * @param dvpp an SDK on an empty database
     * @return the agency, its staff, the group and the figures
     */
    public Result run(Dvpp dvpp) {
        return new Simulation(Objects.requireNonNull(dvpp, "dvpp")).run();
    }

    /** Options of the demo cohort. */
    public static final class Builder {
        private long seed = 42;
        private int referrals = 30;
        private int weeks = -1;
        private String curriculum = CLOSED_CURRICULUM;
        private Consumer<String> progress = step -> { };

        private Builder() {
        }

        /**
         * @param seed seed of the simulation; the same seed gives the same cohort
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param referrals how many referrals arrive, 14 to 500 (enough to fill a group of 12)
         * @return this builder
         */
        public Builder referrals(int referrals) {
            if (referrals < 14 || referrals > 500) {
                throw new IllegalArgumentException("referrals must be between 14 and 500, was " + referrals);
            }
            this.referrals = referrals;
            return this;
        }

        /**
         * @param weeks how many weekly registers to take, 0 to the curriculum's weeks (12 closed, 36 rolling; checked
         *     again by {@link #build()} against the curriculum chosen); below that the group is left mid-programme
         *     and completion is decided only for the men whose own pass has ended
         * @return this builder
         */
        public Builder weeks(int weeks) {
            if (weeks < 0 || weeks > ROLLING_WEEKS) {
                throw new IllegalArgumentException("weeks must be between 0 and " + ROLLING_WEEKS + ", was " + weeks);
            }
            this.weeks = weeks;
            return this;
        }

        /**
         * @param curriculum {@link #CLOSED_CURRICULUM} (the default: a closed cohort of twelve) or
         *     {@link #ROLLING_CURRICULUM} (a rolling group of twenty-six sessions that men join at sessions 1, 5 and
         *     11)
         * @return this builder
         */
        public Builder curriculum(String curriculum) {
            if (!CLOSED_CURRICULUM.equals(curriculum) && !ROLLING_CURRICULUM.equals(curriculum)) {
                throw new IllegalArgumentException("curriculum must be " + CLOSED_CURRICULUM + " or "
                        + ROLLING_CURRICULUM + ", was " + curriculum);
            }
            this.curriculum = curriculum;
            return this;
        }

        /**
         * @param progress told a short label at each step (see {@link DemoCohort#steps()})
         * @return this builder
         */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** @return the demo cohort */
        public DemoCohort build() {
            if (weeks > totalWeeks(curriculum)) {
                throw new IllegalArgumentException("weeks must be between 0 and " + totalWeeks(curriculum) + " for "
                        + curriculum + ", was " + weeks);
            }
            return new DemoCohort(this);
        }
    }

    /**
     * The demo agency's staff, one of each role the simulation needs.
     *
     * @param administrator registers the agency
     * @param practitioner receives referrals, screens, records assessments and one-to-ones
     * @param supervisor signs off suitability and reviews
     * @param facilitator runs the group and takes its registers
     * @param manager creates the group and allocates places, reads the reports
     * @param partnerSupport the partner-support worker, who records the people at risk
     */
    public record Staff(ActingUser administrator, ActingUser practitioner, ActingUser supervisor,
            ActingUser facilitator, ActingUser manager, ActingUser partnerSupport) {
    }

    /**
     * What the demo did.
     *
     * @param agency the demo agency
     * @param staff its staff
     * @param group the demo group
     * @param weeksRun how many registers were taken
     * @param started men placed in the group
     * @param completed men who completed by the curriculum's rule
     * @param notCompleted men returned to their referrer for not meeting it
     * @param waiting suitable men still on the waiting list
     * @param funnel the funnel, from the database
     * @param averageHours average intervention hours per starter, from the database
     * @param reliableChange PHQ-9 intake to end, by outcome, for the completers
     * @param partnerSupportNotices events that partner support had to be told of, delivered by the time of the result
     * @param eventsDelivered events delivered to {@link DemoCohort#listener()}
     * @param weekEightAlerts alerts current in week 8, by kind (empty when fewer than eight weeks ran)
     * @param curriculum the curriculum the group followed
     * @param totalWeeks the weeks of the whole simulation (12 closed, 36 rolling)
     * @param startedByEntry men placed, by the curriculum session they entered at
     */
    public record Result(AgencyId agency, Staff staff, GroupId group, int weeksRun, int started, int completed,
            int notCompleted, int waiting, List<FunnelRow> funnel, double averageHours,
            Map<ReliableChange.Outcome, Integer> reliableChange, int partnerSupportNotices, int eventsDelivered,
            Map<Alert.Kind, Long> weekEightAlerts, String curriculum, int totalWeeks,
            Map<Integer, Integer> startedByEntry) {

        /** Copies the collections. */
        public Result {
            funnel = List.copyOf(funnel);
            reliableChange = Map.copyOf(reliableChange);
            weekEightAlerts = Map.copyOf(weekEightAlerts);
            startedByEntry = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(startedByEntry));
        }

        /** @param out where the figures go, in the layout of {@code dvpp demo} */
        public void print(PrintWriter out) {
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
            if (ROLLING_CURRICULUM.equals(curriculum)) {
                out.println("Group of 12 (" + curriculum + ", rolling; men joined at sessions " + startedByEntry
                        .keySet() + ")");
                out.println("  started by entry session " + startedByEntry);
            } else {
                out.println("Group of 12 (" + curriculum + ", closed cohort)");
            }
            if (weeksRun < totalWeeks) {
                out.printf("  in week %d of %d: started %d, completed %d, not completed %d, still waiting %d%n",
                        weeksRun, totalWeeks, started, completed, notCompleted, waiting);
            } else {
                out.printf("  started %d, completed %d, not completed %d, still waiting %d%n", started, completed,
                        notCompleted, waiting);
                out.printf("  completion rate %.0f%% of starters%n",
                        started == 0 ? 0.0 : 100.0 * completed / started);
            }
            out.printf("  average intervention hours per starter %.1f%n", averageHours);
            Map<ReliableChange.Outcome, Integer> change = new EnumMap<>(ReliableChange.Outcome.class);
            change.putAll(reliableChange);
            out.println("  PHQ-9 intake to end (Jacobson-Truax): " + change);
            out.println();
            out.printf("Partner support was told of %d changes (%d events delivered to listeners)%n",
                    partnerSupportNotices, eventsDelivered);
            Map<Alert.Kind, Long> alerts = new EnumMap<>(Alert.Kind.class);
            alerts.putAll(weekEightAlerts);
            out.println("Alerts for facilitators in week 8: " + (alerts.isEmpty() ? "none" : alerts));
            out.flush();
        }
    }

    /** One run of the simulated cohort. */
    private final class Simulation {
        private final Dvpp dvpp;
        private final Random random = new Random(seed);
        private final AgencyId agency = AgencyId.random();
        private final Staff staff;
        private final ActingUser admin;
        private final ActingUser practitioner;
        private final ActingUser supervisor;
        private final ActingUser facilitator;
        private final ActingUser manager;
        private final ActingUser partnerWorker;
        private final UserId coFacilitator = UserId.random();
        private final Map<ReliableChange.Outcome, Integer> changes = new EnumMap<>(ReliableChange.Outcome.class);

        Simulation(Dvpp dvpp) {
            this.dvpp = dvpp;
            admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
            practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
            supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
            facilitator = ActingUser.of(UserId.random(), agency, Role.FACILITATOR);
            manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
            partnerWorker = ActingUser.of(UserId.random(), agency, Role.PARTNER_SUPPORT);
            staff = new Staff(admin, practitioner, supervisor, facilitator, manager, partnerWorker);
        }

        LocalDate today() {
            return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        Result run() {
            List<Area> areas = BOROUGHS.stream()
                    .map(code -> new Area(code, Character.toUpperCase(code.charAt(0)) + code.substring(1))).toList();
            dvpp.agencies().register(admin, new Agencies.AgencyDetails("Demo DVPP partnership (five boroughs)",
                    new ServiceArea(areas)));
            // the two facilitators every session needs, trained a year before
            for (UserId f : List.of(facilitator.id(), coFacilitator)) {
                dvpp.facilitators().save(manager, new Facilitators.NewFacilitator(f, f.equals(facilitator.id())
                        ? "Lead facilitator" : "Co-facilitator", Set.of("dvpp-facilitator"),
                        Optional.of(today().minusYears(1)), Optional.of(today().minusMonths(1))));
            }

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
                progress.accept("referral " + (i + 1) + " of " + referrals);
            }

            if (ROLLING_CURRICULUM.equals(curriculum)) {
                return rolling(ready);
            }
            // one closed group of 12 on Monday evenings; the rest wait
            clock.set(START.plus(Duration.ofDays(28)));
            GroupId group = dvpp.groups().create(manager, new Groups.NewGroup("Merton Monday evening",
                    CLOSED_CURRICULUM, GroupType.CLOSED, 12, List.of(facilitator.id(), coFacilitator),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), today().plusDays(7),
                    "merton")).group().id();
            List<CaseId> members = new ArrayList<>();
            for (CaseId c : ready) {
                if (dvpp.groups().allocate(manager, group, c).outcome() == Groups.Placement.Outcome.PLACED) {
                    members.add(c);
                }
            }
            progress.accept("group allocated");

            // twelve weeks
            Map<CaseId, Double> reliability = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                reliability.put(members.get(i), i < 2 ? 0.6 : 0.95);
            }
            CaseId dropOut = members.size() > 3 ? members.get(3) : null;
            CaseId risky = members.size() > 6 ? members.get(6) : null;
            List<CaseId> active = new ArrayList<>(members);
            Map<CaseId, Integer> toCatchUp = new LinkedHashMap<>();
            List<Alert> midAlerts = new ArrayList<>();
            for (GroupSession s : dvpp.groups().sessions(facilitator, group)) {
                if (s.sequence() > weeks) {
                    break;
                }
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
                progress.accept("week " + week + " of 12");
            }
            int completed = 0;
            int notCompleted = 0;
            if (weeks == WEEKS) {
                // completion by the curriculum's rule, then aftercare or return to referrer
                clock.set(clock.instant().plus(Duration.ofDays(3)));
                for (CaseId c : active) {
                    if (decideCompletion(c)) {
                        completed++;
                    } else {
                        notCompleted++;
                    }
                }
                progress.accept("completion decided");
                clock.set(clock.instant().plus(Duration.ofDays(180)));
                progress.accept("six-month follow-up");
            } else {
                progress.accept("completion not yet due");
                progress.accept("follow-up not yet due");
            }
            return figures(group, Math.min(weeks, WEEKS), members.size(), completed, notCompleted,
                    ready.size() - members.size(), midAlerts, WEEKS, Map.of(1, members.size()));
        }

        /**
         * Decides one man's completion by the curriculum's rule: completed (then aftercare and the end assessments), or
         * returned to his referrer.
         *
         * @return whether he completed
         */
        private boolean decideCompletion(CaseId c) {
            try {
                dvpp.completion().complete(practitioner, c);
                // aftercare one-to-ones for twelve weeks (a place in an aftercare group would do as well)
                dvpp.aftercare().offer(practitioner, c, new org.dvpp.programme.Aftercare.PlaceInput(
                        org.dvpp.domain.casework.AftercareMode.ONE_TO_ONE, Optional.empty(), today(),
                        Optional.of(today().plusWeeks(12))));
                endAssessments(c);
                return true;
            } catch (IllegalTransitionException e) {
                dvpp.cases().returnToReferrer(supervisor, c, "did not meet the completion requirement");
                return false;
            }
        }

        /** Delivers what is pending, then reads the figures from the database and makes the result. */
        private Result figures(GroupId group, int weeksRun, int started, int completed, int notCompleted, int waiting,
                List<Alert> midAlerts, int curriculumWeeks, Map<Integer, Integer> byEntry) {
            dvpp.events().dispatchPending();
            progress.accept("alerts");
            Map<Alert.Kind, Long> kinds = new EnumMap<>(Alert.Kind.class);
            midAlerts.forEach(a -> kinds.merge(a.kind(), 1L, Long::sum));
            List<FunnelRow> funnel = dvpp.reports().funnel(manager, LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2028-01-01"));
            double hours = dvpp.reports().attendance(manager).stream()
                    .mapToDouble(a -> a.totalTime().toMinutes() / 60.0).filter(h -> h > 0).average().orElse(0);
            progress.accept("figures");
            return new Result(agency, staff, group, weeksRun, started, completed, notCompleted, waiting, funnel, hours,
                    changes, partnerSupportNotices.get(), eventsDelivered.get(), kinds, curriculum, curriculumWeeks,
                    byEntry);
        }

        /**
         * A rolling group on the 26-session curriculum: six men start at session 1, three join at session 5 (after the
         * first module) and the rest at session 11, as far as the twelve places go; each follows his own pass of 26
         * meetings, with a one-to-one every third week of it, and his completion is decided after his last meeting.
         */
        private Result rolling(List<CaseId> ready) {
            clock.set(START.plus(Duration.ofDays(28)));
            GroupId group = dvpp.groups().create(manager, new Groups.NewGroup("Sutton Wednesday rolling",
                    ROLLING_CURRICULUM, GroupType.ROLLING, 12, List.of(facilitator.id(), coFacilitator),
                    new DeliveryPattern(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), Duration.ofMinutes(150), 1),
                    today().plusDays(9), "sutton")).group().id();
            List<GroupSession> sessions = dvpp.groups().sessions(facilitator, group);
            int passLength = 26;
            List<CaseId> queue = new ArrayList<>(ready);
            List<CaseId> members = new ArrayList<>();
            Map<Integer, Integer> byEntry = new java.util.TreeMap<>();
            Consumer<Integer> join = howMany -> {
                for (int n = 0; n < howMany && !queue.isEmpty(); n++) {
                    CaseId c = queue.remove(0);
                    Groups.Placement p = dvpp.groups().allocate(manager, group, c);
                    if (p.outcome() == Groups.Placement.Outcome.PLACED) {
                        members.add(c);
                        byEntry.merge(p.entrySession(), 1, Integer::sum);
                    }
                }
            };
            join.accept(6);
            progress.accept("group allocated");

            Map<CaseId, Double> reliability = new LinkedHashMap<>();
            Map<CaseId, Integer> meetingsHad = new LinkedHashMap<>();
            Map<CaseId, Integer> toCatchUp = new LinkedHashMap<>();
            List<Alert> midAlerts = new ArrayList<>();
            List<CaseId> gone = new ArrayList<>();
            int completed = 0;
            int notCompleted = 0;
            int weeksRun = 0;
            for (GroupSession s : sessions) {
                if (s.sequence() > weeks) {
                    break;
                }
                clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                int week = s.sequence();
                weeksRun = week;
                List<CaseId> due = dvpp.groups().dueAt(facilitator, s.id());
                List<Groups.RegisterLine> lines = new ArrayList<>();
                for (CaseId c : due) {
                    reliability.computeIfAbsent(c, x -> reliability.size() < 2 ? 0.6 : 0.95);
                    int had = meetingsHad.merge(c, 1, Integer::sum);
                    double roll = random.nextDouble();
                    AttendanceStatus st;
                    if (roll < reliability.get(c)) {
                        st = random.nextInt(15) == 0 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
                    } else {
                        st = random.nextBoolean() ? AttendanceStatus.EXCUSED_ABSENCE
                                : AttendanceStatus.UNEXCUSED_ABSENCE;
                    }
                    lines.add(new Groups.RegisterLine(c, st, st == AttendanceStatus.LATE
                            ? Optional.of(Duration.ofMinutes(120)) : Optional.empty()));
                    // the curriculum's cadence: a one-to-one every third week of his own pass
                    if (had % 3 == 1) {
                        boolean oneToOne = random.nextDouble() < 0.9;
                        Integer missed = toCatchUp.remove(c);
                        dvpp.groups().recordOneToOne(practitioner, c, new Groups.OneToOneInput(today(),
                                Duration.ofHours(1), missed != null && oneToOne ? OneToOneKind.CATCH_UP
                                        : OneToOneKind.KEY_WORK,
                                oneToOne ? AttendanceStatus.PRESENT : AttendanceStatus.UNEXCUSED_ABSENCE,
                                missed != null && oneToOne ? Set.of(missed) : Set.of()));
                    }
                    if (!st.attended() && random.nextBoolean()) {
                        toCatchUp.put(c, s.curriculumSession());
                    }
                    if (had == 1 || had == passLength / 2 || had == passLength) {
                        int base = 4 + random.nextInt(4) + had / 8;
                        dvpp.groups().recordCheckIn(facilitator, c, today(), Math.min(10, base),
                                Math.min(10, base - 1), Math.min(10, base));
                    }
                }
                dvpp.groups().takeRegister(facilitator, s.id(), List.of(facilitator.id(), coFacilitator), lines);
                CaseId dropOut = members.size() > 3 ? members.get(3) : null;
                if (week == 4 && dropOut != null) {
                    dvpp.cases().withdraw(practitioner, dropOut, "stopped attending after moving out of the area");
                    gone.add(dropOut);
                }
                if (week == 5 && members.size() > 5) {
                    dvpp.safety().recordRiskEvent(partnerWorker, members.get(5), new Safety.RiskInput(
                            RiskEventKind.PARTNER_REPORT, clock.instant(), RiskLevel.HIGH, Set.of(),
                            Optional.of(15), "partner reports renewed threats"));
                }
                // men join at the next module start: session 5 after the first module, session 11 after the second
                if (week == 4) {
                    join.accept(3);
                }
                if (week == 8) {
                    join.accept(queue.size());
                }
                // a man whose own pass has ended has his completion decided the same evening
                for (CaseId c : due) {
                    if (meetingsHad.get(c) == passLength && !gone.contains(c)) {
                        if (decideCompletion(c)) {
                            completed++;
                        } else {
                            notCompleted++;
                        }
                        gone.add(c);
                    }
                }
                dvpp.events().dispatchPending();
                if (week == 8) {
                    midAlerts.addAll(dvpp.alerts().current(supervisor));
                }
                progress.accept("week " + week + " of " + ROLLING_WEEKS);
            }
            if (weeksRun == ROLLING_WEEKS) {
                progress.accept("completion decided");
                clock.set(clock.instant().plus(Duration.ofDays(180)));
                progress.accept("six-month follow-up");
            } else {
                // left mid-programme (as for the console): the clock stays on tonight's meeting
                progress.accept("completion not yet due for all");
                progress.accept("follow-up not yet due");
            }
            return figures(group, weeksRun, members.size(), completed, notCompleted, ready.size() - members.size(),
                    midAlerts, ROLLING_WEEKS, byEntry);
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

    }
}
