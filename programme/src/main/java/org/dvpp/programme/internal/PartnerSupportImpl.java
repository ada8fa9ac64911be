package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.CaseloadEntry;
import org.dvpp.programme.PartnerSupport;
import org.dvpp.programme.PartnerSupportRecord;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Partner support's casework, task lists, caseloads and break-the-glass. */
final class PartnerSupportImpl implements PartnerSupport {
    private static final String PERSON = "person-at-risk";
    private static final String AGENCY = "agency";

    private static final Kernel.Op ASSIGN = Kernel.Op.write("partnerSupport.assignWorker",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.UPDATE, PERSON);
    private static final Kernel.Op CONTACT = Kernel.Op.write("partnerSupport.recordContact",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.CREATE, PERSON);
    private static final Kernel.Op ACCOUNT = Kernel.Op.write("partnerSupport.recordAccount",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.CREATE, PERSON);
    private static final Kernel.Op PLAN = Kernel.Op.write("partnerSupport.recordSafetyPlan",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.CREATE, PERSON);
    private static final Kernel.Op SIGNPOST = Kernel.Op.write("partnerSupport.recordSignposting",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.CREATE, PERSON);
    private static final Kernel.Op RECORD = Kernel.Op.auditedRead("partnerSupport.record",
            Permission.VIEW_PARTNER_SUPPORT, PERSON).orUnderGlass();
    private static final Kernel.Op TASKS = Kernel.Op.auditedRead("partnerSupport.tasks",
            Permission.VIEW_PARTNER_SUPPORT, AGENCY);
    private static final Kernel.Op UNALLOCATED = Kernel.Op.auditedRead("partnerSupport.unallocatedTasks",
            Permission.VIEW_PARTNER_SUPPORT, AGENCY);
    private static final Kernel.Op ACKNOWLEDGE = Kernel.Op.write("partnerSupport.acknowledge",
            Permission.RECORD_PARTNER_SUPPORT, AuditAction.UPDATE, "support-notification");
    private static final Kernel.Op CASELOAD = Kernel.Op.auditedRead("partnerSupport.caseload",
            Permission.VIEW_PARTNER_SUPPORT, AGENCY);
    private static final Kernel.Op GLASS = Kernel.Op.write("partnerSupport.breakTheGlass",
            Permission.BREAK_THE_GLASS, AuditAction.CREATE, PERSON);
    private static final Kernel.Op GLASS_REVIEW = Kernel.Op.auditedRead("partnerSupport.glassAccesses",
            Permission.VIEW_PARTNER_SUPPORT, AGENCY);

    private final Kernel k;
    private final Duration glassWindow;

    @Inject
    PartnerSupportImpl(Kernel kernel, Settings settings) {
        this.k = kernel;
        this.glassWindow = settings.breakTheGlassWindow();
    }

    private static PersonAtRisk person(Transaction tx, PersonAtRiskId id) {
        return tx.peopleAtRisk().find(id).orElseThrow(() -> new NotFoundException("person at risk", id));
    }

    @Override
    public void assignWorker(ActingUser user, PersonAtRiskId person, UserId worker) {
        k.run(user, ASSIGN, "person", person, ch -> ch.required("worker", worker), tx -> {
            person(tx, person);
            tx.partnerSupport().assignWorker(person, worker, k.now());
            return null;
        });
    }

    @Override
    public PartnerContact recordContact(ActingUser user, PersonAtRiskId person, ContactInput in) {
        return k.run(user, CONTACT, "person", person, ch -> ch.valid("contact", in), tx -> {
            person(tx, person);
            PartnerContact c = new PartnerContact(PartnerSupportEntryId.random(), user.agency(), person,
                    in.occurredAt(), in.channel(), in.outcome(), in.safeTimes(), in.safeWays(), in.notes(), user.id());
            tx.partnerSupport().insertContact(c);
            return c;
        });
    }

    @Override
    public SurvivorAccount recordAccount(ActingUser user, PersonAtRiskId person, AccountInput in) {
        return k.run(user, ACCOUNT, "person", person, ch -> ch.valid("account", in), tx -> {
            person(tx, person);
            SurvivorAccount a = new SurvivorAccount(PartnerSupportEntryId.random(), user.agency(), person,
                    in.recordedOn(), in.kind(), in.feelsSafe(), in.account(), user.id());
            tx.partnerSupport().insertAccount(a);
            return a;
        });
    }

    @Override
    public SafetyPlan recordSafetyPlan(ActingUser user, PersonAtRiskId person, SafetyPlanInput in) {
        return k.run(user, PLAN, "person", person, ch -> {
            ch.valid("plan", in);
            if (in != null && in.agreedOn() != null && in.reviewOn() != null
                    && !in.reviewOn().isAfter(in.agreedOn())) {
                ch.check(() -> {
                    throw new InvalidInputException("plan.reviewOn", SafetyPlan.REVIEW_AFTER_AGREED,
                            "plan.reviewOn must be after the day the plan was agreed");
                });
            }
        }, tx -> {
            person(tx, person);
            SafetyPlan p = new SafetyPlan(PartnerSupportEntryId.random(), user.agency(), person, in.agreedOn(),
                    in.reviewOn(), in.actions(), user.id());
            tx.partnerSupport().insertSafetyPlan(p);
            return p;
        });
    }

    @Override
    public Signposting recordSignposting(ActingUser user, PersonAtRiskId person, SignpostingInput in) {
        return k.run(user, SIGNPOST, "person", person, ch -> ch.valid("signposting", in), tx -> {
            person(tx, person);
            Signposting s = new Signposting(PartnerSupportEntryId.random(), user.agency(), person, in.signpostedOn(),
                    in.service(), in.organisation(), in.notes(), user.id());
            tx.partnerSupport().insertSignposting(s);
            return s;
        });
    }

    @Override
    public PartnerSupportRecord record(ActingUser user, PersonAtRiskId person) {
        return k.run(user, RECORD, "person", person, ch -> { }, tx -> {
            PersonAtRisk p = person(tx, person);
            var ps = tx.partnerSupport();
            Optional<GlassAccessId> glass = ps.openGlassAccess(user.id(), person, k.now()).map(GlassAccess::id);
            return new PartnerSupportRecord(p, ps.worker(person), ps.contacts(person), ps.accounts(person),
                    ps.safetyPlans(person), ps.signposting(person), ps.notifications(person), glass);
        });
    }

    @Override
    public List<SupportNotification> tasks(ActingUser user) {
        return k.run(user, TASKS, ch -> { }, tx -> tx.partnerSupport().openNotifications(Optional.of(user.id())));
    }

    @Override
    public List<SupportNotification> unallocatedTasks(ActingUser user) {
        return k.run(user, UNALLOCATED, ch -> { }, tx -> tx.partnerSupport().openNotifications(Optional.empty()));
    }

    @Override
    public SupportNotification acknowledge(ActingUser user, SupportNotificationId notification) {
        return k.run(user, ACKNOWLEDGE, "notification", notification, ch -> { }, tx -> {
            SupportNotification n = tx.partnerSupport().findNotification(notification)
                    .orElseThrow(() -> new NotFoundException("support notification", notification));
            if (!n.open()) {
                throw new InvalidInputException("notification", ALREADY_ACKNOWLEDGED, "the notification "
                        + notification + " was acknowledged before");
            }
            return tx.partnerSupport().acknowledge(notification, user.id(), k.now()).orElseThrow(() ->
                    new InvalidInputException("notification", ALREADY_ACKNOWLEDGED, "the notification "
                            + notification + " was acknowledged before"));
        });
    }

    @Override
    public List<CaseloadEntry> caseload(ActingUser user) {
        return k.run(user, CASELOAD, ch -> { }, tx -> {
            var ps = tx.partnerSupport();
            List<CaseloadEntry> out = new ArrayList<>();
            for (PersonAtRiskId id : ps.caseload(user.id())) {
                Optional<PersonAtRisk> p = tx.peopleAtRisk().find(id);
                if (p.isEmpty()) {
                    continue;
                }
                int open = (int) ps.notifications(id).stream().filter(SupportNotification::open).count();
                Optional<Instant> last = ps.contacts(id).stream().filter(c -> c.outcome().reached())
                        .map(PartnerContact::occurredAt).max(Comparator.naturalOrder());
                List<SafetyPlan> plans = ps.safetyPlans(id);
                Optional<java.time.LocalDate> review = plans.isEmpty() ? Optional.empty()
                        : Optional.of(plans.get(plans.size() - 1).reviewOn());
                out.add(new CaseloadEntry(p.get(), open, last, review));
            }
            out.sort(Comparator.comparingInt(CaseloadEntry::openNotifications).reversed()
                    .thenComparing(e -> e.person().id().value()));
            return List.copyOf(out);
        });
    }

    @Override
    public GlassAccess breakTheGlass(ActingUser user, PersonAtRiskId person, String reason) {
        return k.run(user, GLASS, "person", person, ch -> {
            ch.freeText("reason", reason, 2000);
            if (glassWindow.isZero()) {
                ch.check(() -> {
                    throw new InvalidInputException("breakTheGlass", BREAK_THE_GLASS_ENABLED, "break-the-glass is "
                            + "not enabled for this SDK (DvppBuilder.breakTheGlass(window))");
                });
            }
        }, tx -> {
            person(tx, person);
            Instant now = k.now();
            GlassAccess g = new GlassAccess(GlassAccessId.random(), user.agency(), person, user.id(), now,
                    now.plus(glassWindow), reason);
            tx.partnerSupport().insertGlassAccess(g);
            return g;
        });
    }

    @Override
    public List<GlassAccess> glassAccesses(ActingUser user, java.time.LocalDate from) {
        return k.run(user, GLASS_REVIEW, ch -> ch.required("from", from), tx -> tx.partnerSupport()
                .glassAccesses(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

}
