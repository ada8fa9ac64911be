package org.dvpp.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Facilitators;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Role;
import org.dvpp.programme.Safety;
import org.dvpp.programme.ScreeningAnswers;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the CRM example: a referral entered in the CRM's own tables (created before the SDK's)
 * comes back in those tables as a completed case, through events only. The case is taken to completion through the
 * SDK's public API, as the agency's staff would; the CRM's tables are written by nothing but the feed (the case id)
 * and the event listener (everything else). Mandatory on PostgreSQL in CI; also run on H2 everywhere.
 */
class CrmEmbeddingAcceptanceTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z"); // a Monday

    @TempDir
    Path dir;

    @Test
    void aReferralEnteredInTheCrmComesBackCompletedThroughEventsOnPostgresql() throws Exception {
        try (CrmDatabases.Db db = CrmDatabases.postgres()) {
            referralComesBackCompleted(db);
        }
    }

    @Test
    void aReferralEnteredInTheCrmComesBackCompletedThroughEventsOnH2() throws Exception {
        try (CrmDatabases.Db db = CrmDatabases.h2()) {
            referralComesBackCompleted(db);
        }
    }

    private void referralComesBackCompleted(CrmDatabases.Db db) throws Exception {
        DataSource crm = db.pool();
        // 1. the CRM exists first: its tables, a client and his referral, entered as the CRM's staff would
        CrmSchema.create(crm);
        assertThat(tables(crm)).containsExactlyInAnyOrderElementsOf(CrmSchema.TABLES);
        exec(crm, "INSERT INTO crm_client VALUES (7, 'CRM-0007', DATE '1985-03-02', 'merton')");
        exec(crm, "INSERT INTO crm_referral (referral_id, client_id, source, received_on, referrer_organisation, "
                + "referrer_role, referrer_reference, reason) VALUES (70, 7, 'probation', DATE '2026-01-05', "
                + "'National Probation Service', 'probation officer', 'NPS-70', "
                + "'Conviction for assault on partner; licence condition to attend')");

        // 2. the SDK starts on the CRM's own pool and puts its tables beside the CRM's
        Path keysFile = dir.resolve("dvpp-keys.json");
        KeyProviders.generateKeysetFile(keysFile);
        KeyProvider keys = KeyProviders.keysetFile(keysFile);
        TestClock clock = new TestClock(START);
        AgencyId agency = AgencyId.random();
        ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
        ActingUser integration = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        ActingUser practitioner = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
        ActingUser supervisor = ActingUser.of(UserId.random(), agency, Role.SUPERVISOR);
        ActingUser manager = ActingUser.of(UserId.random(), agency, Role.MANAGER);
        ActingUser facilitator = ActingUser.of(UserId.random(), agency, Role.FACILITATOR);
        try (Dvpp dvpp = CrmEmbedding.start(crm, keys, clock, List.of())) {
            assertThat(tables(crm)).containsAll(CrmSchema.TABLES)
                    .contains(CrmEmbedding.HISTORY_TABLE, "dv_case", "outbox", "audit_log");
            dvpp.agencies().register(admin, new Agencies.AgencyDetails("South West London DVPP",
                    new ServiceArea(List.of(new Area("merton", "Merton"), new Area("sutton", "Sutton")))));

            // 3. the feed hands the CRM's referral to the SDK and records only the case id
            assertThat(new ReferralFeed(crm, dvpp, integration).feed()).isEqualTo(new ReferralFeed.Result(1, 0));
            CaseId caseId = CaseId.parse(single(crm, "SELECT dvpp_case_id FROM crm_referral WHERE referral_id = 70"));
            assertThat(status(crm)).isNull();
            dvpp.events().dispatchPending();
            assertThat(status(crm)).isEqualTo("REFERRED");

            // 4. the agency's staff take the case to completion through the public API
            dvpp.cases().screen(practitioner, caseId, ScreeningAnswers.of(true));
            AssessmentId intake = dvpp.assessments().record(practitioner, caseId, new Assessments.NewAssessment(
                    "audit-c", TimePoint.INTAKE, today(clock), Map.of("Q1", "2", "Q2", "1", "Q3", "1"))).id();
            dvpp.cases().decideSuitability(supervisor, caseId, new Cases.SuitabilityInput(Suitability.SUITABLE,
                    practitioner.id(), List.of(intake)));
            dvpp.cases().recordConsent(practitioner, caseId, new Cases.ConsentInput("2026-01", today(clock),
                    Set.of(SharingScope.PARTNER_SUPPORT, SharingScope.PROBATION), true));
            dvpp.safety().addPersonAtRisk(practitioner, caseId, new Safety.NewPersonAtRisk(Relationship.PARTNER,
                    new ContactDetails("Jane Example", Optional.empty(), "07700 900123", "",
                            "weekday mornings only"), true));
            dvpp.events().dispatchPending();
            assertThat(status(crm)).isEqualTo("AWAITING_GROUP");

            // the agency's facilitator rule: two facilitators with records, trained before the sessions
            UserId coFacilitator = UserId.random();
            for (UserId f : List.of(facilitator.id(), coFacilitator)) {
                dvpp.facilitators().save(manager, new Facilitators.NewFacilitator(f, "Facilitator", Set.of(
                        "dvpp-facilitator"), Optional.of(today(clock).minusYears(1)), Optional.empty()));
            }
            GroupId group = dvpp.groups().create(manager, new Groups.NewGroup("Merton Monday evening",
                    "dvpp-integrated-12", GroupType.CLOSED, 12, List.of(facilitator.id(), coFacilitator),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), today(clock).plusWeeks(1),
                    "merton")).group().id();
            assertThat(dvpp.groups().allocate(manager, group, caseId).outcome())
                    .isEqualTo(Groups.Placement.Outcome.PLACED);
            for (GroupSession s : dvpp.groups().sessions(facilitator, group)) {
                clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                dvpp.groups().takeRegister(facilitator, s.id(), List.of(new Groups.RegisterLine(caseId,
                        AttendanceStatus.PRESENT, Optional.empty())));
                dvpp.groups().recordOneToOne(practitioner, caseId, new Groups.OneToOneInput(today(clock),
                        Duration.ofHours(1), OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, Set.of()));
            }
            dvpp.events().dispatchPending();
            assertThat(status(crm)).isEqualTo("IN_PROGRAMME");
            clock.set(clock.instant().plus(Duration.ofDays(3)));
            assertThat(dvpp.completion().complete(practitioner, caseId).status()).isEqualTo(CaseStatus.COMPLETED);

            // 5. the CRM learns of the completion only when the event is delivered
            assertThat(status(crm)).isEqualTo("IN_PROGRAMME");
            assertThat(single(crm, "SELECT completed_on FROM crm_referral WHERE referral_id = 70")).isNull();
            assertThat(dvpp.events().dispatchPending()).isPositive();
            assertThat(status(crm)).isEqualTo("COMPLETED");
            assertThat(single(crm, "SELECT completed_on FROM crm_referral WHERE referral_id = 70"))
                    .isEqualTo(today(clock).toString());
            List<String> transitions = column(crm, "SELECT status_to FROM crm_activity WHERE event_type = "
                    + "'case.status-changed' ORDER BY sequence_no");
            assertThat(transitions).containsSubsequence("SCREENING", "ASSESSMENT", "AWAITING_GROUP", "IN_PROGRAMME",
                    "COMPLETED");
            // the CRM's own record is as its staff entered it; only the programme columns moved
            assertThat(single(crm, "SELECT reason FROM crm_referral WHERE referral_id = 70"))
                    .startsWith("Conviction for assault");
            assertThat(single(crm, "SELECT feed_error FROM crm_referral WHERE referral_id = 70")).isNull();
            // nothing about the partner reached the CRM's tables through the events
            assertThat(dump(crm)).doesNotContain("Jane", "07700", "weekday mornings");
            int activities = Integer.parseInt(single(crm, "SELECT COUNT(*) FROM crm_activity"));
            assertThat(dvpp.events().dispatchPending()).isZero();
            assertThat(Integer.parseInt(single(crm, "SELECT COUNT(*) FROM crm_activity"))).isEqualTo(activities);
        }

        // 6. the next start of the CRM finds the SDK's schema in place beside its own, and the same case
        try (Dvpp again = CrmEmbedding.start(crm, keys, clock, List.of())) {
            assertThat(again.agencies().get(supervisor).name()).isEqualTo("South West London DVPP");
            CaseId caseId = CaseId.parse(single(crm, "SELECT dvpp_case_id FROM crm_referral WHERE referral_id = 70"));
            assertThat(again.cases().get(supervisor, caseId).status()).isEqualTo(CaseStatus.COMPLETED);
        }
    }

    @Test
    void aRedeliveredOrOldEventChangesNothing() throws Exception {
        try (CrmDatabases.Db db = CrmDatabases.h2()) {
            DataSource crm = db.pool();
            CrmSchema.create(crm);
            exec(crm, "INSERT INTO crm_client VALUES (1, 'CRM-1', DATE '1980-01-01', 'merton')");
            CaseId caseId = CaseId.random();
            exec(crm, "INSERT INTO crm_referral (referral_id, client_id, source, received_on, referrer_organisation, "
                    + "referrer_role, referrer_reference, reason, dvpp_case_id) VALUES (1, 1, 'probation', "
                    + "DATE '2026-01-05', 'NPS', '', '', 'r', '" + caseId.value() + "')");
            CrmStatusListener listener = new CrmStatusListener(crm);
            var later = event(caseId, 5, CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME);
            var earlier = event(caseId, 4, CaseStatus.ASSESSMENT, CaseStatus.AWAITING_GROUP);
            listener.onEvent(later);
            listener.onEvent(later);
            listener.onEvent(earlier);
            assertThat(status(crm, 1)).isEqualTo("IN_PROGRAMME");
            assertThat(single(crm, "SELECT COUNT(*) FROM crm_activity")).isEqualTo("2");
            // an event for a case the CRM has not recorded yet is refused, to be delivered again later
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> listener.onEvent(event(CaseId.random(), 1,
                    CaseStatus.REFERRED, CaseStatus.SCREENING))).isInstanceOf(IllegalStateException.class);
            assertThat(single(crm, "SELECT COUNT(*) FROM crm_activity")).isEqualTo("2");
        }
    }

    private static org.dvpp.programme.events.CaseStatusChangedEvent event(CaseId caseId, long sequence,
            CaseStatus from, CaseStatus to) {
        return new org.dvpp.programme.events.CaseStatusChangedEvent(org.dvpp.domain.EventId.random(),
                AgencyId.random(), caseId, sequence, START, true, org.dvpp.domain.ParticipantId.random(), 1, from, to,
                "test");
    }

    private static LocalDate today(TestClock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String status(DataSource crm) throws SQLException {
        return status(crm, 70);
    }

    private static String status(DataSource crm, long referral) throws SQLException {
        return single(crm, "SELECT programme_status FROM crm_referral WHERE referral_id = " + referral);
    }

    private static void exec(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(DataSource ds, String sql) throws SQLException {
        List<String> values = column(ds, sql);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private static List<String> column(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** @return every value of every CRM table, as text */
    private static String dump(DataSource ds) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : CrmSchema.TABLES) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                    all.append('\n');
                }
            }
        }
        return all.toString();
    }

    /** @return the tables of the pool's current schema, lower case */
    private static List<String> tables(DataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
