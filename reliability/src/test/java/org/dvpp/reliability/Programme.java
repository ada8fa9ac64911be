package org.dvpp.reliability;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Role;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.tck.Fixtures;

/**
 * A {@link Dvpp} built through its public builder on a {@link FaultyDataSource} over one test database, with an
 * agency and its staff, plus a second, unfaulted {@link Storage} on the same database to set up men quickly (bulk
 * import of cases already awaiting a group) and to inspect what was committed (audit chain, outbox).
 */
final class Programme implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z"); // a Monday

    final Databases.Database db;
    final FaultyDataSource faults;
    final Dvpp dvpp;
    final Storage storage;
    final AgencyId agency = AgencyId.random();
    final Fixtures fx = new Fixtures(agency, "REL");
    final ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
    final ActingUser manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
    final ActingUser supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
    final ActingUser caseManager = ActingUser.of(UserId.random(), agency, Role.CASE_MANAGER);
    /** Erases men and reads a man's whole record, P0 and P1 ({@code dataRights().restrictedRecord}). */
    final ActingUser dataProtectionOfficer = ActingUser.of(UserId.random(), agency, Role.DATA_PROTECTION_OFFICER);
    private final UserId facilitator = UserId.random();

    /**
     * @param db the database
     * @param transactionAttempts the retry bound given to {@code DvppBuilder.transactionAttempts} (1 = no retry)
     */
    Programme(Databases.Database db, int transactionAttempts) {
        this.db = db;
        this.faults = new FaultyDataSource(db.dataSource);
        this.dvpp = Dvpp.builder().dataSource(faults).keyProvider(KeyProviders.keysetFile(db.keyset))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).transactionAttempts(transactionAttempts).build();
        this.storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                .keyProvider(KeyProviders.keysetFile(db.keyset)).build());
        dvpp.agencies().register(admin, new Agencies.AgencyDetails("Reliability DVPP",
                new ServiceArea(List.of(new Area("merton", "Merton")))));
    }

    /** @return a new closed group of the given capacity, starting next Monday, made through the front door */
    GroupId group(int capacity) {
        return dvpp.groups().create(manager, new Groups.NewGroup("Merton Monday evening", "dvpp-integrated-12",
                GroupType.CLOSED, capacity, List.of(facilitator, UserId.random()),
                DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), LocalDate.of(2026, 1, 12),
                "merton")).group().id();
    }

    /**
     * Bulk-imports n men whose cases await a group with every start guard met (screened, suitable, consent, partner
     * contact absence recorded and reviewed), as the domain lifecycle makes them.
     */
    List<CaseId> readyMen(int n) {
        List<Participant> men = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participant p = fx.participant("merton");
            Referral r = fx.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE, "merton");
            Case c = fx.openCase(p.id(), r.id());
            c = fx.apply(c, new CaseCommand.StartScreening());
            c = fx.apply(c, fx.passScreening());
            c = fx.apply(c, fx.decide(true));
            c = fx.apply(c, fx.consent(c));
            c = fx.apply(c, new CaseCommand.RecordPartnerContactAbsence(fx.reason()));
            c = fx.apply(c, new CaseCommand.ReviewPartnerContactAbsence(Fixtures.BASE));
            if (c.status() != CaseStatus.AWAITING_GROUP) {
                throw new IllegalStateException("fixture case is " + c.status());
            }
            men.add(p);
            referrals.add(r);
            cases.add(c);
        }
        var importer = storage.bulkImport(agency);
        importer.participants(men);
        importer.referrals(referrals);
        importer.cases(cases);
        return cases.stream().map(Case::id).toList();
    }

    Case getCase(CaseId id) {
        return storage.readOnly(agency, tx -> tx.cases().get(id));
    }

    /** @return the audit entries about one record written under one front-door method name */
    List<AuditEntry> audit(java.util.UUID entityId, String method) {
        return storage.readOnly(agency, tx -> tx.audit().list(0, 10_000)).stream().map(r -> r.entry())
                .filter(e -> e.entityId().equals(entityId) && e.purpose().startsWith(method)).toList();
    }

    /** @return the outbox entries of a case's stream (with no listener registered, the stream is the case's own) */
    List<OutboxEntry> outbox(CaseId id) {
        return storage.readOnly(agency, tx -> tx.outbox().listForStream(id.value()));
    }

    AuditVerification verifyAudit() {
        return storage.readOnly(agency, tx -> tx.audit().verify());
    }

    @Override
    public void close() {
        faults.disarm();
        dvpp.close();
        storage.close();
    }
}
