package org.dvpp.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.AccountKind;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.SafetyAction;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.SignpostService;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;

/**
 * Partner support's casework with each person at risk: contacts and attempts (with safe times and ways to contact
 * her), her own account of risk and of change, safety plans with actions and review dates, signposting to other
 * agencies, her allocated worker, and the worker's task list of notifications about the man's case (he started, dropped
 * out, was excluded, completed, risk rose, he withdrew consent), each acknowledged by a worker.
 *
 * <p>All of it is P0. Only roles holding {@link Permission#VIEW_PARTNER_SUPPORT} or
 * {@link Permission#RECORD_PARTNER_SUPPORT} (in the standard policy: partner support and the safeguarding lead) reach
 * it; perpetrator-facing roles never do. It is encrypted at rest, never in a log line or an event payload, and every
 * read and change is audited, a read even when it finds nothing. A person at risk who is unknown, or another agency's,
 * is not found.
 *
 * <p>Break the glass: a member of staff holding {@link Permission#BREAK_THE_GLASS} (in the standard policy: supervisor
 * and manager) may, when {@link DvppBuilder#breakTheGlass(java.time.Duration)} has enabled it, open one person's record
 * without the permission, giving a reason. For the configured window {@link #record} then answers that user for that
 * person; every read is audited under the access's id, and each opening is announced to the
 * {@link SecurityEventListener}s.
 */
public interface PartnerSupport {

    /**
     * Allocates a person at risk to a partner-support worker: her notifications from now on, and those still open, go
     * to the worker's task list.
     *
     * @param user who allocates (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param person the person at risk
     * @param worker the worker
     */
    void assignWorker(ActingUser user, PersonAtRiskId person, UserId worker);

    /**
     * Records a contact with her, or an attempt at one.
     *
     * @param user the worker (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param person the person at risk
     * @param contact what happened
     * @return the recorded contact
     */
    PartnerContact recordContact(ActingUser user, PersonAtRiskId person, ContactInput contact);

    /**
     * Records her own account of the risk she faces or of change in his behaviour.
     *
     * @param user the worker (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param person the person at risk
     * @param account her account
     * @return the recorded account
     */
    SurvivorAccount recordAccount(ActingUser user, PersonAtRiskId person, AccountInput account);

    /**
     * Records a safety plan agreed with her; the latest plan is the one in force, and a review records a new one.
     *
     * @param user the worker (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param person the person at risk
     * @param plan the plan (its review date must fall after the day it was agreed: rule
     *     {@value SafetyPlan#REVIEW_AFTER_AGREED})
     * @return the recorded plan
     */
    SafetyPlan recordSafetyPlan(ActingUser user, PersonAtRiskId person, SafetyPlanInput plan);

    /**
     * Records that she was pointed to another agency.
     *
     * @param user the worker (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param person the person at risk
     * @param signposting where to
     * @return the recorded signposting
     */
    Signposting recordSignposting(ActingUser user, PersonAtRiskId person, SignpostingInput signposting);

    /**
     * Her whole partner-support record. Audited, naming what was returned.
     *
     * @param user who asks (needs {@link Permission#VIEW_PARTNER_SUPPORT}, or an open break-the-glass access to her)
     * @param person the person at risk
     * @return the record
     */
    PartnerSupportRecord record(ActingUser user, PersonAtRiskId person);

    /**
     * The acting worker's task list: open notifications for the people at risk allocated to the worker, oldest first.
     *
     * @param user the worker (needs {@link Permission#VIEW_PARTNER_SUPPORT})
     * @return the open notifications
     */
    List<SupportNotification> tasks(ActingUser user);

    /**
     * The agency's queue: open notifications for people at risk with no allocated worker yet, oldest first.
     *
     * @param user who asks (needs {@link Permission#VIEW_PARTNER_SUPPORT})
     * @return the open notifications
     */
    List<SupportNotification> unallocatedTasks(ActingUser user);

    /**
     * Acknowledges a notification: records who did and when (by the injected clock). Once only: a second
     * acknowledgement is refused (rule {@value #ALREADY_ACKNOWLEDGED}).
     *
     * @param user the worker (needs {@link Permission#RECORD_PARTNER_SUPPORT})
     * @param notification the notification
     * @return the acknowledged notification
     */
    SupportNotification acknowledge(ActingUser user, SupportNotificationId notification);

    /** The rule code of a notification acknowledged before. */
    String ALREADY_ACKNOWLEDGED = "not-already-acknowledged";

    /**
     * The acting worker's caseload: every person at risk allocated to the worker, with her open notifications, her last
     * contact and the review date of the safety plan in force.
     *
     * @param user the worker (needs {@link Permission#VIEW_PARTNER_SUPPORT})
     * @return the caseload, the people with the most open notifications first
     */
    List<CaseloadEntry> caseload(ActingUser user);

    /**
     * Breaks the glass: opens one person at risk's record to the acting user, without {@link
     * Permission#VIEW_PARTNER_SUPPORT}, for the window configured with {@link DvppBuilder#breakTheGlass}. The reason is
     * required (rule {@code not-blank}) and kept, encrypted, with the access; the audit entry names the access. Each
     * opening is announced as a {@link SecurityEvent.GlassBroken}. Refused when break-the-glass is not enabled (rule
     * {@value #BREAK_THE_GLASS_ENABLED}).
     *
     * @param user who breaks the glass (needs {@link Permission#BREAK_THE_GLASS})
     * @param person the person at risk
     * @param reason why (sensitive: it may speak of her)
     * @return the access, with the time it ends
     */
    GlassAccess breakTheGlass(ActingUser user, PersonAtRiskId person, String reason);

    /** The rule code of a break-the-glass attempt when the SDK was built without it. */
    String BREAK_THE_GLASS_ENABLED = "break-the-glass-enabled";

    /**
     * Every break-the-glass access opened since a day, with its reason, for oversight.
     *
     * @param user who reviews them (needs {@link Permission#VIEW_PARTNER_SUPPORT})
     * @param from the first day
     * @return the accesses, oldest first
     */
    List<GlassAccess> glassAccesses(ActingUser user, LocalDate from);

    /**
     * A contact with a person at risk, or an attempt, as recorded.
     *
     * @param occurredAt when (not in the future)
     * @param channel how
     * @param outcome what came of it
     * @param safeTimes when it is safe to contact her (may be empty)
     * @param safeWays how it is safe to contact her, and how not (may be empty)
     * @param notes what was said or done (may be empty)
     */
    @org.dvpp.domain.Classified
    record ContactInput(@NotNull @PastOrPresent Instant occurredAt, @NotNull ContactChannel channel,
            @NotNull ContactOutcome outcome,
            @Sensitive(DataClass.P0) @NotNull @Size(max = 400) String safeTimes,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 2000) String safeWays,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 4000) String notes) {
        @Override
        public String toString() {
            return "ContactInput[channel=" + channel + ", outcome=" + outcome + ", <p0>]";
        }
    }

    /**
     * A survivor's own account, as recorded.
     *
     * @param recordedOn when she gave it (not in the future)
     * @param kind of risk, or of change
     * @param feelsSafe how safe she feels, 0 to 10, if she gave a number
     * @param account her account
     */
    @org.dvpp.domain.Classified
    record AccountInput(@NotNull @PastOrPresent LocalDate recordedOn, @NotNull AccountKind kind,
            @Sensitive(DataClass.P0) @NotNull Optional<@Min(0) @Max(10) Integer> feelsSafe,
            @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 8000) String account) {
        @Override
        public String toString() {
            return "AccountInput[kind=" + kind + ", <p0>]";
        }
    }

    /**
     * A safety plan, as agreed.
     *
     * @param agreedOn when (not in the future)
     * @param reviewOn when it is to be reviewed (after the day it was agreed)
     * @param actions its actions, 1 to 50
     */
    @org.dvpp.domain.Classified
    record SafetyPlanInput(@NotNull @PastOrPresent LocalDate agreedOn, @NotNull LocalDate reviewOn,
            @Sensitive(DataClass.P0) @NotEmpty @Size(max = 50) List<@Valid @NotNull SafetyAction> actions) {
        @Override
        public String toString() {
            return "SafetyPlanInput[agreedOn=" + agreedOn + ", reviewOn=" + reviewOn + ", actions=<p0>]";
        }
    }

    /**
     * A signposting, as recorded.
     *
     * @param signpostedOn when (not in the future)
     * @param service the kind of service
     * @param organisation the organisation (may be empty)
     * @param notes what was agreed (may be empty)
     */
    @org.dvpp.domain.Classified
    record SignpostingInput(@NotNull @PastOrPresent LocalDate signpostedOn, @NotNull SignpostService service,
            @Sensitive(DataClass.P0) @NotNull @Size(max = 200) String organisation,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 2000) String notes) {
        @Override
        public String toString() {
            return "SignpostingInput[service=" + service + ", <p0>]";
        }
    }
}
