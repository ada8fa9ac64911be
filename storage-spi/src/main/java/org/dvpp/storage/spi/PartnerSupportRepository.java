package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;

/**
 * Partner-support casework for the people at risk: contacts and attempts, survivors' own accounts, safety plans,
 * signposting, the allocated worker, the notifications partner support must act on, and break-the-glass accesses.
 * All of it is P0: every sensitive component (and the codes of contacts, accounts and notifications) is encrypted at
 * rest; only ids, dates and who recorded what are stored in the clear. Entries are append-only, except a notification's
 * acknowledgement and a person's worker.
 *
 * @since 0.2
 */
public interface PartnerSupportRepository {
    /** @param contact a new contact or attempt */
    void insertContact(PartnerContact contact);

    /**
     * @param person a person at risk
     * @return the contacts and attempts with her, oldest first
     */
    List<PartnerContact> contacts(PersonAtRiskId person);

    /** @param account a new account */
    void insertAccount(SurvivorAccount account);

    /**
     * @param person a person at risk
     * @return her accounts, oldest first
     */
    List<SurvivorAccount> accounts(PersonAtRiskId person);

    /** @param plan a new safety plan (the latest is the one in force) */
    void insertSafetyPlan(SafetyPlan plan);

    /**
     * @param person a person at risk
     * @return her safety plans, oldest first (by the day agreed, then as recorded)
     */
    List<SafetyPlan> safetyPlans(PersonAtRiskId person);

    /** @param signposting a new signposting */
    void insertSignposting(Signposting signposting);

    /**
     * @param person a person at risk
     * @return where she was signposted, oldest first
     */
    List<Signposting> signposting(PersonAtRiskId person);

    /**
     * Allocates (or re-allocates) a person at risk to a partner-support worker; her open notifications move with her.
     *
     * @param person a person at risk of this agency
     * @param worker the worker
     * @param at when
     */
    void assignWorker(PersonAtRiskId person, UserId worker, Instant at);

    /**
     * @param person a person at risk
     * @return her allocated worker, if any
     */
    Optional<UserId> worker(PersonAtRiskId person);

    /**
     * @param worker a worker
     * @return the people at risk allocated to the worker
     */
    List<PersonAtRiskId> caseload(UserId worker);

    /**
     * The people at risk from a man whom partner support works with (support status other than
     * {@link org.dvpp.domain.safety.PartnerSupportStatus#NOT_APPLICABLE}), by id only: nothing is decrypted, so telling
     * partner support of a change in his case never reads her details.
     *
     * @param participant the man
     * @return their ids
     */
    List<PersonAtRiskId> supportedPeople(org.dvpp.domain.ParticipantId participant);

    /**
     * @param notification a new notification (at most one per event and person: a second is a
     *     {@link DuplicateRecordException})
     */
    void insertNotification(SupportNotification notification);

    /**
     * @param id a notification's id
     * @return the notification, if in this agency
     */
    Optional<SupportNotification> findNotification(SupportNotificationId id);

    /**
     * @param person a person at risk
     * @return her notifications, oldest first
     */
    List<SupportNotification> notifications(PersonAtRiskId person);

    /**
     * @param worker a worker, or empty for the agency's queue (people at risk with no worker)
     * @return the open (unacknowledged) notifications on that list, oldest first
     */
    List<SupportNotification> openNotifications(Optional<UserId> worker);

    /**
     * Acknowledges a notification, once.
     *
     * @param id the notification
     * @param by who
     * @param at when
     * @return the acknowledged notification, or empty if there is none in this agency or it was already acknowledged
     */
    Optional<SupportNotification> acknowledge(SupportNotificationId id, UserId by, Instant at);

    /** @param access a new break-the-glass access */
    void insertGlassAccess(GlassAccess access);

    /**
     * @param user a member of staff
     * @param person a person at risk
     * @param at a time
     * @return the user's latest break-the-glass access to her record open at that time, if any
     */
    Optional<GlassAccess> openGlassAccess(UserId user, PersonAtRiskId person, Instant at);

    /**
     * @param from the earliest opening time
     * @return every break-the-glass access opened since then, oldest first (for oversight)
     */
    List<GlassAccess> glassAccesses(Instant from);
}
