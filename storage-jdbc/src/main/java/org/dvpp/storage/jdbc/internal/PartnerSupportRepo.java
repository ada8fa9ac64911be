package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.AccountKind;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.NotificationKind;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.SafetyAction;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.SignpostService;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;
import org.dvpp.storage.spi.PartnerSupportRepository;

/**
 * Partner-support casework on JDBC. Every sensitive value and every code of a contact, account, signposting and
 * notification is encrypted with the field cipher (associated data {@code agency|table|id|column}, as for the people at risk);
 * ids, dates and who recorded what stay in the clear so the lists can be queried and ordered.
 */
final class PartnerSupportRepo implements PartnerSupportRepository {
    static final String CONTACT = "ps_contact";
    static final String ACCOUNT = "ps_account";
    static final String PLAN = "ps_safety_plan";
    static final String SIGNPOST = "ps_signposting";
    static final String NOTIFICATION = "ps_notification";
    static final String GLASS = "ps_glass_access";

    private final Db db;

    PartnerSupportRepo(Db db) {
        this.db = db;
    }

    private FieldCipher f() {
        return db.cipher;
    }

    /** @return the cipher that writes her values with the key of the man she is at risk from */
    private FieldCipher f(PersonAtRiskId person) {
        return db.cipher.forPerson(person.value());
    }

    /** A person at risk of another agency, or none, is not found: nothing is written against her. */
    private void requirePerson(PersonAtRiskId person) {
        if (db.count("SELECT COUNT(*) FROM person_at_risk WHERE agency_id = ? AND id = ?", db.agencyId, person) == 0) {
            throw new NotFoundException("person at risk", person);
        }
    }

    // contacts

    @Override
    public void insertContact(PartnerContact c) {
        Checks.required(c, "contact");
        db.own(c.agency());
        requirePerson(c.person());
        UUID id = c.id().value();
        db.insert("PartnerContact", c.id(), "INSERT INTO ps_contact (agency_id, id, person_id, occurred_at_nanos, "
                + "channel_enc, outcome_enc, safe_times_enc, safe_ways_enc, notes_enc, recorded_by) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)", db.agencyId, id, c.person(), c.occurredAt(),
                f(c.person()).encrypt(CONTACT, id, "channel_enc", c.channel().name()),
                f(c.person()).encrypt(CONTACT, id, "outcome_enc", c.outcome().name()),
                f(c.person()).encrypt(CONTACT, id, "safe_times_enc", c.safeTimes()),
                f(c.person()).encrypt(CONTACT, id, "safe_ways_enc", c.safeWays()),
                f(c.person()).encrypt(CONTACT, id, "notes_enc", c.notes()), c.recordedBy());
    }

    private PartnerContact contact(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new PartnerContact(new PartnerSupportEntryId(id), db.agency, new PersonAtRiskId(r.uuid("person_id")),
                r.instant("occurred_at_nanos"),
                ContactChannel.valueOf(f().decrypt(CONTACT, id, "channel_enc", r.bytes("channel_enc"))),
                ContactOutcome.valueOf(f().decrypt(CONTACT, id, "outcome_enc", r.bytes("outcome_enc"))),
                f().decrypt(CONTACT, id, "safe_times_enc", r.bytes("safe_times_enc")),
                f().decrypt(CONTACT, id, "safe_ways_enc", r.bytes("safe_ways_enc")),
                f().decrypt(CONTACT, id, "notes_enc", r.bytes("notes_enc")), new UserId(r.uuid("recorded_by")));
    }

    @Override
    public List<PartnerContact> contacts(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.list("SELECT id, person_id, occurred_at_nanos, channel_enc, outcome_enc, safe_times_enc, "
                + "safe_ways_enc, notes_enc, recorded_by FROM ps_contact WHERE agency_id = ? AND person_id = ? "
                + db.visiblePerson("ps_contact.agency_id", "ps_contact.person_id")
                + "ORDER BY occurred_at_nanos, id", this::contact, db.agencyId, person);
    }

    // accounts

    @Override
    public void insertAccount(SurvivorAccount a) {
        Checks.required(a, "account");
        db.own(a.agency());
        requirePerson(a.person());
        UUID id = a.id().value();
        db.insert("SurvivorAccount", a.id(), "INSERT INTO ps_account (agency_id, id, person_id, recorded_on, kind_enc, "
                + "feels_safe_enc, account_enc, recorded_by) VALUES (?,?,?,?,?,?,?,?)", db.agencyId, id, a.person(),
                a.recordedOn(), f(a.person()).encrypt(ACCOUNT, id, "kind_enc", a.kind().name()),
                f(a.person()).encryptOptional(ACCOUNT, id, "feels_safe_enc", a.feelsSafe().map(String::valueOf)),
                f(a.person()).encrypt(ACCOUNT, id, "account_enc", a.account()), a.recordedBy());
    }

    private SurvivorAccount account(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new SurvivorAccount(new PartnerSupportEntryId(id), db.agency, new PersonAtRiskId(r.uuid("person_id")),
                r.date("recorded_on"), AccountKind.valueOf(f().decrypt(ACCOUNT, id, "kind_enc", r.bytes("kind_enc"))),
                f().decryptOptional(ACCOUNT, id, "feels_safe_enc", r.bytes("feels_safe_enc")).map(Integer::valueOf),
                f().decrypt(ACCOUNT, id, "account_enc", r.bytes("account_enc")), new UserId(r.uuid("recorded_by")));
    }

    @Override
    public List<SurvivorAccount> accounts(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.list("SELECT id, person_id, recorded_on, kind_enc, feels_safe_enc, account_enc, recorded_by "
                + "FROM ps_account WHERE agency_id = ? AND person_id = ?"
                + db.visiblePerson("ps_account.agency_id", "ps_account.person_id") + " ORDER BY recorded_on, id",
                this::account,
                db.agencyId, person);
    }

    // safety plans

    /** The actions as a flat list: action, by whom, due date (or empty), done (1 or 0), for each action. */
    static String actions(List<SafetyAction> actions) {
        List<String> flat = new ArrayList<>(actions.size() * 4);
        for (SafetyAction a : actions) {
            flat.add(a.action());
            flat.add(a.byWhom());
            flat.add(a.dueOn().map(LocalDate::toString).orElse(""));
            flat.add(a.done() ? "1" : "0");
        }
        return Codec.list(flat);
    }

    static List<SafetyAction> actions(String text) {
        List<String> flat = Codec.list(text);
        if (flat.size() % 4 != 0) {
            throw new IllegalStateException("a stored safety plan's actions are malformed");
        }
        List<SafetyAction> out = new ArrayList<>(flat.size() / 4);
        for (int i = 0; i < flat.size(); i += 4) {
            out.add(new SafetyAction(flat.get(i), flat.get(i + 1), flat.get(i + 2).isEmpty() ? Optional.empty()
                    : Optional.of(LocalDate.parse(flat.get(i + 2))), flat.get(i + 3).equals("1")));
        }
        return out;
    }

    @Override
    public void insertSafetyPlan(SafetyPlan p) {
        Checks.required(p, "plan");
        db.own(p.agency());
        requirePerson(p.person());
        UUID id = p.id().value();
        db.insert("SafetyPlan", p.id(), "INSERT INTO ps_safety_plan (agency_id, id, person_id, agreed_on, review_on, "
                + "actions_enc, recorded_at_nanos, recorded_by) VALUES (?,?,?,?,?,?,?,?)", db.agencyId, id, p.person(),
                p.agreedOn(), p.reviewOn(), f(p.person()).encrypt(PLAN, id, "actions_enc", actions(p.actions())),
                db.clock.instant(), p.recordedBy());
    }

    private SafetyPlan plan(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new SafetyPlan(new PartnerSupportEntryId(id), db.agency, new PersonAtRiskId(r.uuid("person_id")),
                r.date("agreed_on"), r.date("review_on"),
                actions(f().decrypt(PLAN, id, "actions_enc", r.bytes("actions_enc"))),
                new UserId(r.uuid("recorded_by")));
    }

    @Override
    public List<SafetyPlan> safetyPlans(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.list("SELECT id, person_id, agreed_on, review_on, actions_enc, recorded_by FROM ps_safety_plan "
                + "WHERE agency_id = ? AND person_id = ?"
                + db.visiblePerson("ps_safety_plan.agency_id", "ps_safety_plan.person_id")
                + " ORDER BY agreed_on, recorded_at_nanos, id", this::plan,
                db.agencyId, person);
    }

    // signposting

    @Override
    public void insertSignposting(Signposting s) {
        Checks.required(s, "signposting");
        db.own(s.agency());
        requirePerson(s.person());
        UUID id = s.id().value();
        db.insert("Signposting", s.id(), "INSERT INTO ps_signposting (agency_id, id, person_id, signposted_on, "
                + "service_enc, organisation_enc, notes_enc, recorded_by) VALUES (?,?,?,?,?,?,?,?)", db.agencyId, id,
                s.person(), s.signpostedOn(), f(s.person()).encrypt(SIGNPOST, id, "service_enc", s.service().name()),
                f(s.person()).encrypt(SIGNPOST, id, "organisation_enc", s.organisation()),
                f(s.person()).encrypt(SIGNPOST, id, "notes_enc", s.notes()), s.recordedBy());
    }

    private Signposting signpost(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new Signposting(new PartnerSupportEntryId(id), db.agency, new PersonAtRiskId(r.uuid("person_id")),
                r.date("signposted_on"),
                SignpostService.valueOf(f().decrypt(SIGNPOST, id, "service_enc", r.bytes("service_enc"))),
                f().decrypt(SIGNPOST, id, "organisation_enc", r.bytes("organisation_enc")),
                f().decrypt(SIGNPOST, id, "notes_enc", r.bytes("notes_enc")), new UserId(r.uuid("recorded_by")));
    }

    @Override
    public List<Signposting> signposting(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.list("SELECT id, person_id, signposted_on, service_enc, organisation_enc, notes_enc, recorded_by "
                + "FROM ps_signposting WHERE agency_id = ? AND person_id = ?"
                + db.visiblePerson("ps_signposting.agency_id", "ps_signposting.person_id") + " ORDER BY signposted_on, id",
                this::signpost, db.agencyId, person);
    }

    // workers

    @Override
    public void assignWorker(PersonAtRiskId person, UserId worker, Instant at) {
        Checks.required(person, "person");
        Checks.required(worker, "worker");
        Checks.required(at, "at");
        requirePerson(person);
        int n = db.update("UPDATE ps_worker SET worker_id = ?, assigned_at_nanos = ? WHERE agency_id = ? "
                + "AND person_id = ?", worker, at, db.agencyId, person);
        if (n == 0) {
            db.insert("PartnerSupportWorker", person, "INSERT INTO ps_worker (agency_id, person_id, worker_id, "
                    + "assigned_at_nanos) VALUES (?,?,?,?)", db.agencyId, person, worker, at);
        }
        // her open tasks follow her to the new worker
        db.update("UPDATE ps_notification SET worker_id = ? WHERE agency_id = ? AND person_id = ? "
                + "AND acknowledged_at_nanos IS NULL", worker, db.agencyId, person);
    }

    @Override
    public Optional<UserId> worker(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.one("SELECT worker_id FROM ps_worker WHERE agency_id = ? AND person_id = ?",
                r -> new UserId(r.uuid("worker_id")), db.agencyId, person);
    }

    @Override
    public List<PersonAtRiskId> caseload(UserId worker) {
        Checks.required(worker, "worker");
        return db.list("SELECT person_id FROM ps_worker WHERE agency_id = ? AND worker_id = ?"
                + db.visiblePerson("ps_worker.agency_id", "ps_worker.person_id") + " ORDER BY person_id",
                r -> new PersonAtRiskId(r.uuid("person_id")), db.agencyId, worker);
    }

    // notifications

    @Override
    public List<PersonAtRiskId> supportedPeople(org.dvpp.domain.ParticipantId participant) {
        Checks.required(participant, "participant");
        return db.list("SELECT id FROM person_at_risk WHERE agency_id = ? AND participant_id = ? "
                + Db.notErased("person_at_risk.agency_id", "person_at_risk.participant_id") + " "
                + "AND support_status <> ? ORDER BY id", r -> new PersonAtRiskId(r.uuid("id")), db.agencyId,
                participant, org.dvpp.domain.safety.PartnerSupportStatus.NOT_APPLICABLE);
    }

    private static final String NOTIFICATION_COLUMNS = "id, person_id, case_id, event_id, kind_enc, "
            + "occurred_at_nanos, worker_id, acknowledged_by, acknowledged_at_nanos";

    @Override
    public void insertNotification(SupportNotification n) {
        Checks.required(n, "notification");
        db.own(n.agency());
        requirePerson(n.person());
        UUID id = n.id().value();
        db.insert("SupportNotification", n.id(), "INSERT INTO ps_notification (agency_id, " + NOTIFICATION_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?)", db.agencyId, id, n.person(), n.caseId(), n.event().value(),
                f(n.person()).encrypt(NOTIFICATION, id, "kind_enc", n.kind().name()), n.occurredAt(), Db.optUuid(n.worker()),
                Db.optUuid(n.acknowledgedBy()), Db.opt(n.acknowledgedAt(), Types.BIGINT));
    }

    private SupportNotification notification(Row r) throws SQLException {
        UUID id = r.uuid("id");
        Optional<Instant> ackAt = r.optStr("acknowledged_at_nanos").map(s -> Codec.instant(Long.parseLong(s)));
        return new SupportNotification(new SupportNotificationId(id), db.agency,
                new PersonAtRiskId(r.uuid("person_id")), new CaseId(r.uuid("case_id")), new EventId(r.uuid("event_id")),
                NotificationKind.valueOf(f().decrypt(NOTIFICATION, id, "kind_enc", r.bytes("kind_enc"))),
                r.instant("occurred_at_nanos"), r.optUuid("worker_id").map(UserId::new),
                r.optUuid("acknowledged_by").map(UserId::new), ackAt);
    }

    @Override
    public Optional<SupportNotification> findNotification(SupportNotificationId id) {
        Checks.required(id, "id");
        return db.one("SELECT " + NOTIFICATION_COLUMNS + " FROM ps_notification WHERE agency_id = ? AND id = ?",
                this::notification, db.agencyId, id);
    }

    @Override
    public List<SupportNotification> notifications(PersonAtRiskId person) {
        Checks.required(person, "person");
        return db.list("SELECT " + NOTIFICATION_COLUMNS + " FROM ps_notification WHERE agency_id = ? AND person_id = ? "
                + db.visiblePerson("ps_notification.agency_id", "ps_notification.person_id") + " "
                + "ORDER BY occurred_at_nanos, id", this::notification, db.agencyId, person);
    }

    @Override
    public List<SupportNotification> openNotifications(Optional<UserId> worker) {
        Checks.required(worker, "worker");
        String who = worker.isPresent() ? "worker_id = ?" : "worker_id IS NULL";
        Object[] params = worker.isPresent() ? new Object[] {db.agencyId, worker.get()} : new Object[] {db.agencyId};
        return db.list("SELECT " + NOTIFICATION_COLUMNS + " FROM ps_notification WHERE agency_id = ?"
                + db.visiblePerson("ps_notification.agency_id", "ps_notification.person_id") + " AND " + who
                + " AND acknowledged_at_nanos IS NULL ORDER BY occurred_at_nanos, id", this::notification, params);
    }

    @Override
    public Optional<SupportNotification> acknowledge(SupportNotificationId id, UserId by, Instant at) {
        Checks.required(id, "id");
        Checks.required(by, "by");
        Checks.required(at, "at");
        int n = db.update("UPDATE ps_notification SET acknowledged_by = ?, acknowledged_at_nanos = ? "
                + "WHERE agency_id = ? AND id = ? AND acknowledged_at_nanos IS NULL", by, at, db.agencyId, id);
        return n == 0 ? Optional.empty() : findNotification(id);
    }

    // break the glass

    @Override
    public void insertGlassAccess(GlassAccess g) {
        Checks.required(g, "access");
        db.own(g.agency());
        requirePerson(g.person());
        UUID id = g.id().value();
        db.insert("GlassAccess", g.id(), "INSERT INTO ps_glass_access (agency_id, id, person_id, user_id, "
                + "opened_at_nanos, expires_at_nanos, reason_enc) VALUES (?,?,?,?,?,?,?)", db.agencyId, id, g.person(),
                g.user(), g.openedAt(), g.expiresAt(), f(g.person()).encrypt(GLASS, id, "reason_enc", g.reason()));
    }

    private GlassAccess glass(Row r) throws SQLException {
        UUID id = r.uuid("id");
        return new GlassAccess(new GlassAccessId(id), db.agency, new PersonAtRiskId(r.uuid("person_id")),
                new UserId(r.uuid("user_id")), r.instant("opened_at_nanos"), r.instant("expires_at_nanos"),
                f().decrypt(GLASS, id, "reason_enc", r.bytes("reason_enc")));
    }

    private static final String GLASS_COLUMNS = "id, person_id, user_id, opened_at_nanos, expires_at_nanos, reason_enc";

    @Override
    public Optional<GlassAccess> openGlassAccess(UserId user, PersonAtRiskId person, Instant at) {
        Checks.required(user, "user");
        Checks.required(person, "person");
        Checks.required(at, "at");
        List<GlassAccess> open = db.list("SELECT " + GLASS_COLUMNS + " FROM ps_glass_access WHERE agency_id = ? "
                + "AND user_id = ? AND person_id = ? AND opened_at_nanos <= ? AND expires_at_nanos > ? "
                + "ORDER BY expires_at_nanos DESC, id", this::glass, db.agencyId, user, person, at, at);
        return open.stream().findFirst();
    }

    @Override
    public List<GlassAccess> glassAccesses(Instant from) {
        Checks.required(from, "from");
        return db.list("SELECT " + GLASS_COLUMNS + " FROM ps_glass_access WHERE agency_id = ? AND opened_at_nanos >= ? "
                + "ORDER BY opened_at_nanos, id", this::glass, db.agencyId, from);
    }
}
