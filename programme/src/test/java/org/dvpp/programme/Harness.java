package org.dvpp.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;

/** A Dvpp on an embedded database in a temporary directory, with an agency, its staff and helpers for common steps. */
final class Harness implements AutoCloseable {
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z"); // a Monday
    static final List<String> BOROUGHS = List.of("merton", "sutton", "wandsworth", "kingston", "richmond");

    final TestClock clock = new TestClock(START);
    final AgencyId agency = AgencyId.random();
    final ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
    final ActingUser practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
    final ActingUser supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
    final ActingUser partnerSupport = ActingUser.of(UserId.random(), agency, Role.PARTNER_SUPPORT);
    final ActingUser facilitator = ActingUser.of(UserId.random(), agency, Role.FACILITATOR);
    final ActingUser manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
    final Path dir;
    final Dvpp dvpp;
    private int referenceCounter;

    Harness(ProgrammeEventListener... listeners) throws Exception {
        this(b -> { }, listeners);
    }

    /** The PostgreSQL schema the harness runs on, or null for the embedded H2 database. */
    private PostgresTestDatabase postgres;

    /** @return a harness on a fresh PostgreSQL schema (skipped or failed as TestDatabases says when none answers) */
    static Harness onPostgres(java.util.function.Consumer<DvppBuilder> customise, ProgrammeEventListener... listeners)
            throws Exception {
        PostgresTestDatabase db = new PostgresTestDatabase();
        return new Harness(b -> {
            b.dataSource(db.dataSource);
            customise.accept(b);
        }, db, listeners);
    }

    Harness(java.util.function.Consumer<DvppBuilder> customise, ProgrammeEventListener... listeners) throws Exception {
        this(customise, null, listeners);
    }

    private Harness(java.util.function.Consumer<DvppBuilder> customise, PostgresTestDatabase postgres,
            ProgrammeEventListener... listeners) throws Exception {
        this.postgres = postgres;
        dir = Files.createTempDirectory("dvpp-programme-test");
        Path keys = dir.resolve("keyset.json");
        Keysets.generate(keys);
        DvppBuilder b = Dvpp.builder().keyProvider(KeyProviders.keysetFile(keys)).clock(clock).retryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
        for (ProgrammeEventListener l : listeners) {
            b.addListener(l);
        }
        if (postgres == null) {
            b.embeddedDatabase(dir.resolve("db"));
        }
        customise.accept(b);
        dvpp = b.build();
        List<Area> areas = new ArrayList<>();
        for (String code : BOROUGHS) {
            areas.add(new Area(code, Character.toUpperCase(code.charAt(0)) + code.substring(1)));
        }
        dvpp.agencies().register(admin, new Agencies.AgencyDetails("South West London DVPP", new ServiceArea(areas)));
        // both facilitators trained before the harness's first day (unless the test's policy refuses the manager)
        try {
            for (UserId f : facilitators()) {
                dvpp.facilitators().save(manager, new Facilitators.NewFacilitator(f, "Facilitator " + f.value()
                        .toString().substring(0, 4), Set.of("dvpp-facilitator"), Optional.of(today().minusYears(1)),
                        Optional.of(today().minusMonths(1))));
            }
        } catch (AccessDeniedException refusedByTheTestsPolicy) {
            // a test of a restrictive policy takes no registers
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    Referrals.NewReferral referral(String area, LocalDate dob) {
        return new Referrals.NewReferral("PH-" + (++referenceCounter), dob, area, ReferralSource.PROBATION, today(),
                new Referrer("National Probation Service", "probation officer", "npso-17"),
                "Conviction for assault on partner; licence condition to attend");
    }

    CaseId refer() {
        return dvpp.referrals().receive(practitioner, referral("merton", LocalDate.parse("1985-03-02"))).caseId();
    }

    /** Records a scored intake AUDIT-C for the case, as a suitability decision needs. */
    org.dvpp.domain.AssessmentId intakeAssessment(CaseId c) {
        return dvpp.assessments().record(practitioner, c, new Assessments.NewAssessment("audit-c",
                org.dvpp.domain.casework.TimePoint.INTAKE, today(), java.util.Map.of("Q1", "2", "Q2", "1", "Q3", "1")))
                .id();
    }

    /** Refers a man and takes him to awaiting a group with every start guard met. */
    CaseId readyMan() {
        CaseId c = refer();
        dvpp.cases().screen(practitioner, c, ScreeningAnswers.of(true));
        dvpp.cases().decideSuitability(supervisor, c, new Cases.SuitabilityInput(Suitability.SUITABLE,
                practitioner.id(), List.of(intakeAssessment(c))));
        dvpp.cases().recordConsent(practitioner, c, consent());
        addPartner(c);
        return c;
    }

    Cases.ConsentInput consent() {
        return new Cases.ConsentInput("2026-01", today(), Set.of(SharingScope.PARTNER_SUPPORT, SharingScope.PROBATION),
                true);
    }

    void addPartner(CaseId c) {
        dvpp.safety().addPersonAtRisk(practitioner, c, new Safety.NewPersonAtRisk(Relationship.PARTNER,
                new ContactDetails("Jane Example", Optional.empty(), "07700 900123", "", "weekday mornings only"),
                true));
    }

    /** @return the group's facilitators: the harness's facilitator and a second one */
    List<UserId> facilitators() {
        return List.of(facilitator.id(), coFacilitator);
    }

    final UserId coFacilitator = UserId.random();

    GroupId closedGroup(int capacity) {
        LocalDate monday = today().plusWeeks(1);
        return dvpp.groups().create(manager, new Groups.NewGroup("Merton Monday evening", "dvpp-integrated-12",
                GroupType.CLOSED, capacity, facilitators(),
                DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), monday, "merton"))
                .group().id();
    }

    /** @return every audit entry of the agency, oldest first, read straight from storage (not through the SDK) */
    List<org.dvpp.storage.spi.AuditEntry> audit(AgencyId of) {
        var jdbc = new org.dvpp.storage.jdbc.JdbcStorageProvider();
        try (var storage = jdbc.open(org.dvpp.storage.spi.StorageConfig.builder(postgres != null ? postgres.dataSource
                : jdbc.embeddedDataSource(dir.resolve("db")).orElseThrow()).keyProvider(KeyProviders.keysetFile(
                        dir.resolve("keyset.json"))).build())) {
            return storage.readOnly(of, tx -> tx.audit().list(0, 10_000)).stream()
                    .map(org.dvpp.storage.spi.AuditRecord::entry).toList();
        }
    }

    /** @return the PostgreSQL schema the harness runs on, or null for the embedded H2 database */
    PostgresTestDatabase postgresDatabase() {
        return postgres;
    }

    Case get(CaseId c) {
        return dvpp.cases().get(supervisor, c);
    }

    @Override
    public void close() throws Exception {
        dvpp.close();
        if (postgres != null) {
            postgres.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
