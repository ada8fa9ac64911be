package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.AccountKind;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.NotificationKind;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SafetyAction;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.SignpostService;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner support's casework through the front door (issue 13, build point 1), break-the-glass (checklist item 13) and
 * the security event of a decryption failure (item 18).
 */
class PartnerSupportTest {
    private static final Duration WINDOW = Duration.ofMinutes(30);
    private final List<SecurityEvent> security = Collections.synchronizedList(new ArrayList<>());
    private Harness h;
    private ActingUser worker;
    private ActingUser lead;

    @BeforeEach
    void start() throws Exception {
        h = new Harness(b -> b.breakTheGlass(WINDOW).addSecurityEventListener(security::add));
        worker = h.partnerSupport;
        lead = ActingUser.of(UserId.random(), h.agency, Role.SAFEGUARDING_LEAD);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
        T t = catchThrowableOfType(call, type);
        assertThat(t).as("a %s is thrown", type.getSimpleName()).isNotNull();
        return t;
    }

    private PersonAtRiskId partnerOf(CaseId c) {
        return h.dvpp.safety().peopleAtRisk(h.supervisor, c).get(0).id();
    }

    private PartnerSupport ps() {
        return h.dvpp.partnerSupport();
    }

    private static PartnerSupport.ContactInput contact(Instant at, ContactOutcome outcome, String notes) {
        return new PartnerSupport.ContactInput(at, ContactChannel.PHONE, outcome, "weekdays 10 to 12",
                "mobile only, never leave a voicemail", notes);
    }

    private void recordEverything(PersonAtRiskId p, String marker) {
        ps().recordContact(worker, p, contact(h.clock.instant().minusSeconds(3600), ContactOutcome.NO_ANSWER, ""));
        ps().recordContact(worker, p, contact(h.clock.instant(), ContactOutcome.SPOKE, "she is scared " + marker));
        ps().recordAccount(worker, p, new PartnerSupport.AccountInput(h.today(), AccountKind.CHANGE, Optional.of(3),
                "he still checks my phone " + marker));
        ps().recordSafetyPlan(worker, p, new PartnerSupport.SafetyPlanInput(h.today(), h.today().plusWeeks(6),
                List.of(new SafetyAction("bag at a friend's " + marker, "her", Optional.of(h.today().plusDays(3)),
                        false))));
        ps().recordSignposting(worker, p, new PartnerSupport.SignpostingInput(h.today(), SignpostService.IDVA,
                "Merton IDVA service " + marker, ""));
    }

    @Test
    void aWorkerRecordsHerCaseworkAndReadsItBackWhole() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        ps().assignWorker(worker, p, worker.id());
        recordEverything(p, "M1");
        PartnerSupportRecord r = ps().record(worker, p);
        assertThat(r.person().id()).isEqualTo(p);
        assertThat(r.worker()).contains(worker.id());
        assertThat(r.contacts()).extracting(x -> x.outcome().reached()).containsExactly(false, true);
        assertThat(r.contacts().get(1).notes()).isEqualTo("she is scared M1");
        assertThat(r.contacts().get(1).recordedBy()).isEqualTo(worker.id());
        assertThat(r.accounts()).singleElement().satisfies(a -> {
            assertThat(a.feelsSafe()).contains(3);
            assertThat(a.account()).endsWith("M1");
        });
        assertThat(r.currentSafetyPlan()).hasValueSatisfying(plan -> {
            assertThat(plan.reviewOn()).isEqualTo(h.today().plusWeeks(6));
            assertThat(plan.actions()).extracting(SafetyAction::action).containsExactly("bag at a friend's M1");
        });
        assertThat(r.signposting()).singleElement().satisfies(s -> assertThat(s.service())
                .isEqualTo(SignpostService.IDVA));
        assertThat(r.readUnder()).isEmpty();
        // the safeguarding lead sees the same record
        assertThat(ps().record(lead, p)).isEqualTo(r);
    }

    @Test
    void notificationsAreHerWorkersTasksFromTheChangeThatCausedThemUntilAcknowledged() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        // before she has a worker, the referral's status changes that partner support need not know of add nothing
        assertThat(ps().unallocatedTasks(worker)).isEmpty();
        ps().assignWorker(worker, p, worker.id());
        h.dvpp.groups().allocate(h.manager, h.closedGroup(12), c);
        h.clock.advance(Duration.ofMinutes(1));
        h.dvpp.safety().recordRiskEvent(h.practitioner, c, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                h.clock.instant(), RiskLevel.HIGH, Set.of(), Optional.empty(), "threats by text"));
        h.clock.advance(Duration.ofMinutes(1));
        // one change, two notifications: consent withdrawn, and the suspension that follows it by default
        h.dvpp.cases().withdrawConsent(h.practitioner, c, h.today());

        List<SupportNotification> tasks = ps().tasks(worker);
        assertThat(tasks).extracting(SupportNotification::kind).hasSize(4).startsWith(NotificationKind.PROGRAMME_START,
                NotificationKind.RISK_RISE);
        assertThat(tasks.subList(2, 4)).extracting(SupportNotification::kind).containsExactlyInAnyOrder(
                NotificationKind.CONSENT_WITHDRAWN, NotificationKind.SUSPENSION);
        assertThat(tasks.get(3).occurredAt()).isEqualTo(h.clock.instant());
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.person()).isEqualTo(p);
            assertThat(t.caseId()).isEqualTo(c);
            assertThat(t.worker()).contains(worker.id());
            assertThat(t.open()).isTrue();
        });
        assertThat(ps().tasks(ActingUser.of(UserId.random(), h.agency, Role.PARTNER_SUPPORT))).isEmpty();

        List<CaseloadEntry> caseload = ps().caseload(worker);
        assertThat(caseload).singleElement().satisfies(e -> {
            assertThat(e.person().id()).isEqualTo(p);
            assertThat(e.openNotifications()).isEqualTo(4);
            assertThat(e.lastContact()).isEmpty();
        });

        h.clock.advance(Duration.ofMinutes(5));
        SupportNotification acked = ps().acknowledge(worker, tasks.get(0).id());
        assertThat(acked.acknowledgedBy()).contains(worker.id());
        assertThat(acked.acknowledgedAt()).contains(h.clock.instant());
        InvalidInputException twice = thrown(InvalidInputException.class,
                () -> ps().acknowledge(lead, tasks.get(0).id()));
        assertThat(twice.violations()).extracting(v -> v.rule()).containsExactly(PartnerSupport.ALREADY_ACKNOWLEDGED);
        assertThatThrownBy(() -> ps().acknowledge(worker, SupportNotificationId.random()))
                .isInstanceOf(NotFoundException.class);
        assertThat(ps().tasks(worker)).hasSize(3);
        assertThat(ps().caseload(worker).get(0).openNotifications()).isEqualTo(3);
        assertThat(ps().record(worker, p).notifications()).hasSize(4);
    }

    @Test
    void tellingPartnerSupportOfAChangeNeverDecryptsHerDetails() throws Exception {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        // her stored name no longer decrypts; the man's start, and the task it writes, do not need it
        flipLastByte("person_at_risk", "name_enc", p.value());
        h.dvpp.groups().allocate(h.manager, h.closedGroup(12), c);
        assertThat(ps().unallocatedTasks(worker)).singleElement().satisfies(t -> {
            assertThat(t.person()).isEqualTo(p);
            assertThat(t.kind()).isEqualTo(NotificationKind.PROGRAMME_START);
        });
        assertThat(security).isEmpty();
        // while reading her record fails closed, and is announced
        assertThatThrownBy(() -> ps().record(worker, p)).isInstanceOf(DecryptionFailedException.class);
        assertThat(security).singleElement().isInstanceOf(SecurityEvent.DecryptionFailed.class);
    }

    private void flipLastByte(String table, String column, UUID id) throws Exception {
        var jdbc = new org.dvpp.storage.jdbc.JdbcStorageProvider();
        javax.sql.DataSource raw = jdbc.embeddedDataSource(h.dir.resolve("db")).orElseThrow();
        try (var conn = raw.getConnection()) {
            byte[] ct;
            try (var ps = conn.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
                ps.setObject(1, id);
                try (var rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    ct = rs.getBytes(1);
                }
            }
            ct[ct.length - 3] ^= 0x01;
            try (var ps = conn.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
                ps.setBytes(1, ct);
                ps.setObject(2, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    @Test
    void aPersonWithNoWorkerHasHerTasksOnTheAgencysQueueAndTheyMoveWithHerWhenAllocated() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        h.dvpp.groups().allocate(h.manager, h.closedGroup(12), c);
        assertThat(ps().unallocatedTasks(worker)).extracting(SupportNotification::kind)
                .containsExactly(NotificationKind.PROGRAMME_START);
        ps().assignWorker(lead, p, worker.id());
        assertThat(ps().unallocatedTasks(worker)).isEmpty();
        assertThat(ps().tasks(worker)).extracting(SupportNotification::kind)
                .containsExactly(NotificationKind.PROGRAMME_START);
        h.dvpp.cases().exclude(h.supervisor, c, "threats to a group member");
        assertThat(ps().tasks(worker)).extracting(SupportNotification::kind)
                .containsExactly(NotificationKind.PROGRAMME_START, NotificationKind.EXCLUSION);
    }

    @Test
    void onlyPartnerSupportAndSafeguardingReachItAndNeverAPerpetratorFacingRole() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        for (Role role : Role.values()) {
            ActingUser u = ActingUser.of(UserId.random(), h.agency, role);
            boolean may = role == Role.PARTNER_SUPPORT || role == Role.SAFEGUARDING_LEAD;
            for (Runnable call : List.<Runnable>of(() -> ps().record(u, p), () -> ps().tasks(u),
                    () -> ps().caseload(u), () -> ps().unallocatedTasks(u),
                    () -> ps().recordContact(u, p, contact(h.clock.instant(), ContactOutcome.SPOKE, "")),
                    () -> ps().assignWorker(u, p, u.id()))) {
                if (may) {
                    call.run();
                } else {
                    assertThatThrownBy(call::run).as("%s", role).isInstanceOf(AccessDeniedException.class);
                }
            }
            if (role.perpetratorFacing()) {
                assertThatThrownBy(() -> ps().breakTheGlass(u, p, "curious")).isInstanceOf(
                        AccessDeniedException.class);
            }
        }
    }

    @Test
    void anotherAgencysOrAnUnknownPersonIsNotFoundAndNothingIsWritten() throws Exception {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        ActingUser stranger = ActingUser.of(UserId.random(), org.dvpp.domain.AgencyId.random(), Role.PARTNER_SUPPORT);
        assertThatThrownBy(() -> ps().record(stranger, p)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ps().recordContact(worker, PersonAtRiskId.random(), contact(h.clock.instant(),
                ContactOutcome.SPOKE, ""))).isInstanceOf(NotFoundException.class);
        assertThat(ps().record(worker, p).contacts()).isEmpty();
    }

    @Test
    void inputIsCheckedNamingTheFieldAndTheRuleAndNothingIsWritten() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        InvalidInputException future = thrown(InvalidInputException.class, () -> ps().recordContact(
                worker, p, contact(h.clock.instant().plusSeconds(86_400), ContactOutcome.SPOKE, "")));
        assertThat(future.violations()).extracting(v -> v.path() + " " + v.rule())
                .containsExactly("contact.occurredAt not-in-future");
        InvalidInputException review = thrown(InvalidInputException.class, () -> ps().recordSafetyPlan(
                worker, p, new PartnerSupport.SafetyPlanInput(h.today(), h.today(), List.of(new SafetyAction("x", "",
                        Optional.empty(), false)))));
        assertThat(review.violations()).extracting(v -> v.path() + " " + v.rule())
                .containsExactly("plan.reviewOn " + SafetyPlan.REVIEW_AFTER_AGREED);
        InvalidInputException empty = thrown(InvalidInputException.class, () -> ps().recordSafetyPlan(
                worker, p, new PartnerSupport.SafetyPlanInput(h.today(), h.today().plusDays(9), List.of())));
        assertThat(empty.violations()).extracting(v -> v.path() + " " + v.rule())
                .containsExactly("plan.actions not-empty");
        InvalidInputException control = thrown(InvalidInputException.class, () -> ps().recordAccount(
                worker, p, new PartnerSupport.AccountInput(h.today(), AccountKind.RISK, Optional.of(11),
                        "fine\u001b[2J")));
        assertThat(control.violations()).extracting(v -> v.path() + " " + v.rule())
                .contains("account.account no-control-character");
        assertThat(control.violations()).extracting(v -> v.path()).anyMatch(path -> path.startsWith("account.feelsSafe"));
        PartnerSupportRecord r = ps().record(worker, p);
        assertThat(r.contacts()).isEmpty();
        assertThat(r.safetyPlans()).isEmpty();
        assertThat(r.accounts()).isEmpty();
    }

    @Test
    void aRoleAnAgencysPolicyLetsSeePartnerSupportButNotReadP0GetsEveryP0ValueWithheld() throws Exception {
        AccessPolicy analystsSeeCounts = new TestPolicy() {
            @Override
            public boolean allows(Role role, Permission p) {
                return AccessPolicy.standard().allows(role, p)
                        || (role == Role.ANALYST && p == Permission.VIEW_PARTNER_SUPPORT);
            }

            @Override
            public boolean mayRead(Role role, org.dvpp.domain.DataClass dataClass) {
                return AccessPolicy.standard().mayRead(role, dataClass);
            }
        };
        try (Harness local = new Harness(b -> b.accessPolicy(analystsSeeCounts))) {
            CaseId c = local.readyMan();
            PersonAtRiskId p = local.dvpp.safety().peopleAtRisk(local.supervisor, c).get(0).id();
            String marker = "CANARY-" + UUID.randomUUID();
            PartnerSupport lps = local.dvpp.partnerSupport();
            ActingUser w = local.partnerSupport;
            lps.recordContact(w, p, contact(local.clock.instant(), ContactOutcome.SPOKE, marker));
            lps.recordAccount(w, p, new PartnerSupport.AccountInput(local.today(), AccountKind.RISK, Optional.of(1),
                    marker));
            lps.recordSafetyPlan(w, p, new PartnerSupport.SafetyPlanInput(local.today(), local.today().plusDays(9),
                    List.of(new SafetyAction(marker, marker, Optional.empty(), false))));
            lps.recordSignposting(w, p, new PartnerSupport.SignpostingInput(local.today(), SignpostService.REFUGE,
                    marker, marker));
            ActingUser analyst = ActingUser.of(UserId.random(), local.agency, Role.ANALYST);
            PartnerSupportRecord r = lps.record(analyst, p);
            assertThat(FrontDoorSecurityTest.dump(r)).doesNotContain(marker).doesNotContain("Jane Example");
            assertThat(r.contacts()).singleElement().satisfies(x -> {
                assertThat(x.notes()).isEqualTo("[withheld]");
                assertThat(x.outcome()).isEqualTo(ContactOutcome.SPOKE);
            });
            assertThat(r.accounts().get(0).feelsSafe()).isEmpty();
            assertThat(r.safetyPlans().get(0).actions()).isEmpty();
            assertThat(r.person().contact().name()).isEqualTo("[withheld]");
            // what the worker sees is whole
            assertThat(FrontDoorSecurityTest.dump(lps.record(w, p))).contains(marker);
        }
    }

    @Test
    void everyReadIsAuditedEvenWhenItFindsNothing() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        ps().tasks(worker);
        ps().caseload(worker);
        ps().unallocatedTasks(worker);
        ps().record(worker, p);
        List<AuditEntry> reads = h.audit(h.agency).stream().filter(e -> e.action() == AuditAction.READ
                && e.actor().equals(worker.id())).toList();
        assertThat(reads).extracting(e -> e.purpose().split(" ")[0]).containsExactly("partnerSupport.tasks",
                "partnerSupport.caseload", "partnerSupport.unallocatedTasks", "partnerSupport.record");
        assertThat(reads.get(3).entityId()).isEqualTo(p.value());
        assertThat(reads.get(3).purpose()).contains("p0").contains("person.contact.name");
    }

    // ---------------------------------------------------------------- item 13: break the glass

    @Test
    void item13_breakingTheGlassOpensOneRecordForTheWindowAuditedAndAnnounced() {
        CaseId c = h.readyMan();
        PersonAtRiskId p = partnerOf(c);
        recordEverything(p, "M13");
        ActingUser manager = h.manager;
        assertThatThrownBy(() -> ps().record(manager, p)).isInstanceOf(AccessDeniedException.class);

        String reason = "police on the phone: she is missing, they need her last safe contact details";
        GlassAccess g = ps().breakTheGlass(manager, p, reason);
        assertThat(g.expiresAt()).isEqualTo(h.clock.instant().plus(WINDOW));
        assertThat(g.user()).isEqualTo(manager.id());
        // the manager may not read P0 otherwise: the reason he gave is withheld from what he gets back
        assertThat(g.reason()).isEqualTo("[withheld]");

        PartnerSupportRecord r = ps().record(manager, p);
        assertThat(r.readUnder()).contains(g.id());
        assertThat(r.person().contact().name()).isEqualTo("Jane Example");
        assertThat(r.contacts().get(1).notes()).contains("M13");
        // only that person, and only that user
        PersonAtRiskId other = partnerOf(h.readyMan());
        assertThatThrownBy(() -> ps().record(manager, other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ps().record(ActingUser.of(UserId.random(), h.agency, Role.MANAGER), p))
                .isInstanceOf(AccessDeniedException.class);
        // still no other partner-support operation
        assertThatThrownBy(() -> ps().tasks(manager)).isInstanceOf(AccessDeniedException.class);

        // announced as a security event, ids only
        assertThat(security).singleElement().isInstanceOfSatisfying(SecurityEvent.GlassBroken.class, e -> {
            assertThat(e.access()).isEqualTo(g.id());
            assertThat(e.person()).isEqualTo(p);
            assertThat(e.user()).isEqualTo(manager.id());
            assertThat(e.expiresAt()).isEqualTo(g.expiresAt());
        });
        assertThat(FrontDoorSecurityTest.dump(security)).doesNotContain("police");

        // audited: the opening names the access, every read under it names it too
        List<AuditEntry> audit = h.audit(h.agency).stream().filter(e -> e.actor().equals(manager.id())).toList();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.purpose()).startsWith("partnerSupport.breakTheGlass access " + g.id());
            assertThat(e.entityId()).isEqualTo(p.value());
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.purpose()).startsWith("partnerSupport.record break-the-glass " + g.id());
        });
        // the reason is kept with the access (encrypted at rest, not in the audit log's clear text) for oversight
        assertThat(audit).noneSatisfy(e -> assertThat(e.purpose()).contains("police"));
        assertThat(ps().glassAccesses(lead, h.today())).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(g.id());
            assertThat(a.reason()).isEqualTo(reason);
        });
    }

    @Test
    void item13_afterTheWindowTheRecordIsRefusedAgain() {
        PersonAtRiskId p = partnerOf(h.readyMan());
        ps().breakTheGlass(h.manager, p, "duty manager out of hours: risk to life reported");
        h.clock.advance(WINDOW.minusSeconds(1));
        assertThat(ps().record(h.manager, p).person().id()).isEqualTo(p);
        h.clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> ps().record(h.manager, p)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.audit(h.agency)).filteredOn(e -> e.actor().equals(h.manager.id()))
                .last().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.DENIED));
    }

    @Test
    void item13_aBlankReasonIsRefusedAndOpensNothing() {
        PersonAtRiskId p = partnerOf(h.readyMan());
        for (String blank : new String[] {"", "   ", "\n\t "}) {
            InvalidInputException e = thrown(InvalidInputException.class,
                    () -> ps().breakTheGlass(h.manager, p, blank));
            assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule()).containsExactly("reason not-blank");
        }
        assertThatThrownBy(() -> ps().breakTheGlass(h.manager, p, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ps().record(h.manager, p)).isInstanceOf(AccessDeniedException.class);
        assertThat(security).isEmpty();
        assertThat(ps().glassAccesses(lead, h.today().minusDays(1))).isEmpty();
    }

    @Test
    void item13_breakTheGlassIsRefusedWhenTheSdkWasBuiltWithoutIt() throws Exception {
        try (Harness plain = new Harness()) {
            PersonAtRiskId p = plain.dvpp.safety().peopleAtRisk(plain.supervisor, plain.readyMan()).get(0).id();
            InvalidInputException e = thrown(InvalidInputException.class,
                    () -> plain.dvpp.partnerSupport().breakTheGlass(plain.manager, p, "emergency"));
            assertThat(e.violations()).extracting(v -> v.rule()).containsExactly(PartnerSupport.BREAK_THE_GLASS_ENABLED);
            assertThatThrownBy(() -> plain.dvpp.partnerSupport().record(plain.manager, p))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void item13_noPolicyMayGiveAPerpetratorFacingRolePartnerSupportOrTheGlass() {
        for (Permission permission : List.of(Permission.BREAK_THE_GLASS, Permission.VIEW_PARTNER_SUPPORT,
                Permission.RECORD_PARTNER_SUPPORT)) {
            AccessPolicy leaky = new TestPolicy() {
                @Override
                public boolean allows(Role role, Permission p) {
                    return AccessPolicy.standard().allows(role, p) || (role == Role.FACILITATOR && p == permission);
                }

                @Override
                public boolean mayRead(Role role, org.dvpp.domain.DataClass dataClass) {
                    return AccessPolicy.standard().mayRead(role, dataClass);
                }
            };
            InvalidInputException e = thrown(InvalidInputException.class,
                    () -> Dvpp.builder().accessPolicy(leaky).build());
            assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("no-p0-for-perpetrator-facing-roles");
        }
    }

    // ---------------------------------------------------------------- item 18: tampering raises a security event

    @Test
    void item18_aFlippedCiphertextByteFailsTheReadGenericallyAndRaisesASecurityEvent() throws Exception {
        PersonAtRiskId p = partnerOf(h.readyMan());
        String secret = "CANARY-" + UUID.randomUUID();
        var contact = ps().recordContact(worker, p, contact(h.clock.instant(), ContactOutcome.SPOKE, secret));
        flipLastByte("ps_contact", "notes_enc", contact.id().value());
        DecryptionFailedException e = thrown(DecryptionFailedException.class,
                () -> ps().record(worker, p));
        assertThat(e.getMessage() + e).doesNotContain(secret).contains("ps_contact.notes_enc");
        assertThat(security).singleElement().isInstanceOfSatisfying(SecurityEvent.DecryptionFailed.class, d -> {
            assertThat(d.table()).isEqualTo("ps_contact");
            assertThat(d.field()).isEqualTo("notes_enc");
            assertThat(d.record()).isEqualTo(contact.id().value().toString());
            assertThat(d.operation()).isEqualTo("partnerSupport.record");
            assertThat(d.correlationId()).isEqualTo(e.correlationId());
            assertThat(d.user()).isEqualTo(worker.id());
        });
        assertThat(h.audit(h.agency)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo(worker.id());
            assertThat(a.action()).isEqualTo(AuditAction.DENIED);
            assertThat(a.purpose()).isEqualTo("partnerSupport.record correlation " + e.correlationId()
                    + " decryption-failed ps_contact.notes_enc");
        });
        // the rest of her record is untouched: other reads still work
        assertThat(ps().tasks(worker)).isEmpty();
    }

    // ---------------------------------------------------------------- the same on PostgreSQL

    @Test
    void item13_onPostgresTheGlassOpensForItsWindowOnlyAndTheTaskListIsWrittenWithTheChange() throws Exception {
        List<SecurityEvent> seen = Collections.synchronizedList(new ArrayList<>());
        try (Harness pg = Harness.onPostgres(b -> b.breakTheGlass(WINDOW).addSecurityEventListener(seen::add))) {
            CaseId c = pg.readyMan();
            PersonAtRiskId p = pg.dvpp.safety().peopleAtRisk(pg.supervisor, c).get(0).id();
            PartnerSupport ps = pg.dvpp.partnerSupport();
            ps.assignWorker(pg.partnerSupport, p, pg.partnerSupport.id());
            pg.dvpp.groups().allocate(pg.manager, pg.closedGroup(12), c);
            assertThat(ps.tasks(pg.partnerSupport)).extracting(SupportNotification::kind)
                    .containsExactly(NotificationKind.PROGRAMME_START);

            assertThatThrownBy(() -> ps.record(pg.manager, p)).isInstanceOf(AccessDeniedException.class);
            GlassAccess g = ps.breakTheGlass(pg.manager, p, "children's services strategy meeting tonight");
            assertThat(ps.record(pg.manager, p).readUnder()).contains(g.id());
            assertThat(seen).singleElement().isInstanceOf(SecurityEvent.GlassBroken.class);
            pg.clock.advance(WINDOW);
            assertThatThrownBy(() -> ps.record(pg.manager, p)).isInstanceOf(AccessDeniedException.class);
            assertThat(pg.audit(pg.agency)).filteredOn(e -> e.actor().equals(pg.manager.id())
                    && e.purpose().startsWith("partnerSupport.")).extracting(AuditEntry::action).containsExactly(AuditAction.DENIED, AuditAction.CREATE,
                            AuditAction.READ, AuditAction.DENIED);
        }
    }
}
