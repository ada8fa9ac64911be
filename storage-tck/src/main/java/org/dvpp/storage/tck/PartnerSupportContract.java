package org.dvpp.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.EventId;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.safety.AccountKind;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.domain.safety.NotificationKind;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.SafetyAction;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.SignpostService;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.dvpp.storage.spi.PartnerSupportRepository}: every partner-support record round-trips
 * exactly (sensitive texts with a marker, separators and line breaks), lists come back in order, a notification is
 * acknowledged once and follows its person to a new worker, a break-the-glass access is open only inside its window,
 * and another agency sees none of it. Extend it and supply the storage, as for {@link StorageContract}.
 */
public abstract class PartnerSupportContract {

    /** @return the storage under test (opened once, shared by the tests) */
    protected abstract Storage storage();

    /**
     * A fresh agency with one man and one partner at risk from him.
     *
     * @param f fixtures of the agency
     * @param man the man
     * @param person the person at risk
     * @param caseId a case id for notifications
     */
    protected record Scene(Fixtures f, Participant man, PersonAtRisk person, CaseId caseId) {
    }

    /** @return a fresh agency, stored, with a man and a person at risk */
    protected Scene scene() {
        AgencyId id = AgencyId.random();
        Fixtures f = new Fixtures(id, "PSCN" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        Participant man = f.participant("north");
        PersonAtRisk person = f.personAtRisk(man.id());
        storage().inTransaction(id, tx -> {
            tx.agencies().insert(f.agency());
            tx.participants().insert(man);
            tx.peopleAtRisk().insert(person);
            return null;
        });
        return new Scene(f, man, person, CaseId.random());
    }

    /**
     * @param f fixtures (their marker goes into every sensitive text)
     * @param person the person at risk
     * @param at when
     * @param outcome what came of it
     * @return a contact whose sensitive texts hold the marker, a separator and a line break
     */
    public static PartnerContact contact(Fixtures f, PersonAtRiskId person, Instant at, ContactOutcome outcome) {
        return new PartnerContact(PartnerSupportEntryId.random(), f.agencyId(), person, at, ContactChannel.PHONE,
                outcome, "weekdays 10-12 " + f.marker(), "call the mobile | never text\n" + f.marker(),
                "she said \\ he " + f.marker(), f.worker());
    }

    /**
     * @param f fixtures
     * @param person the person at risk
     * @return an account with the marker
     */
    public static SurvivorAccount account(Fixtures f, PersonAtRiskId person) {
        return new SurvivorAccount(PartnerSupportEntryId.random(), f.agencyId(), person, Fixtures.BASE,
                AccountKind.CHANGE, Optional.of(4), "he still checks my phone " + f.marker(), f.worker());
    }

    /**
     * @param f fixtures
     * @param person the person at risk
     * @return a safety plan with two actions holding the marker
     */
    public static SafetyPlan plan(Fixtures f, PersonAtRiskId person) {
        return new SafetyPlan(PartnerSupportEntryId.random(), f.agencyId(), person, Fixtures.BASE,
                Fixtures.BASE.plusWeeks(4), List.of(new SafetyAction("keep a bag at a friend's | " + f.marker(),
                        "her", Optional.of(Fixtures.BASE.plusDays(7)), false),
                        new SafetyAction("code word with neighbour\n" + f.marker(), "", Optional.empty(), true)),
                f.worker());
    }

    /**
     * @param f fixtures
     * @param person the person at risk
     * @return a signposting with the marker
     */
    public static Signposting signposting(Fixtures f, PersonAtRiskId person) {
        return new Signposting(PartnerSupportEntryId.random(), f.agencyId(), person, Fixtures.BASE,
                SignpostService.REFUGE, "Refuge " + f.marker(), "space from Monday " + f.marker(), f.worker());
    }

    /**
     * @param f fixtures
     * @param person the person at risk
     * @param caseId the man's case
     * @param worker her worker, if any
     * @param at when
     * @return an open notification
     */
    public static SupportNotification notification(Fixtures f, PersonAtRiskId person, CaseId caseId,
            Optional<UserId> worker, Instant at) {
        return new SupportNotification(SupportNotificationId.random(), f.agencyId(), person, caseId, EventId.random(),
                NotificationKind.RISK_RISE, at, worker, Optional.empty(), Optional.empty());
    }

    /**
     * @param f fixtures
     * @param person the person at risk
     * @param user who breaks the glass
     * @return a break-the-glass access open for an hour from {@link Fixtures#AT}, its reason holding the marker
     */
    public static GlassAccess glass(Fixtures f, PersonAtRiskId person, UserId user) {
        return new GlassAccess(GlassAccessId.random(), f.agencyId(), person, user, Fixtures.AT,
                Fixtures.AT.plus(Duration.ofHours(1)), "police on the line " + f.marker());
    }

    /**
     * Writes one of every partner-support record for a person (for at-rest scans).
     *
     * @param tx the transaction
     * @param f fixtures
     * @param person the person at risk (already stored)
     * @param caseId the man's case
     */
    public static void writeEveryKind(Transaction tx, Fixtures f, PersonAtRiskId person, CaseId caseId) {
        var ps = tx.partnerSupport();
        ps.insertContact(contact(f, person, Fixtures.AT, ContactOutcome.SPOKE));
        ps.insertAccount(account(f, person));
        ps.insertSafetyPlan(plan(f, person));
        ps.insertSignposting(signposting(f, person));
        ps.insertNotification(notification(f, person, caseId, Optional.of(f.worker()), Fixtures.AT));
        ps.insertGlassAccess(glass(f, person, f.supervisor()));
    }

    private <T> T write(Scene s, java.util.function.Function<Transaction, T> work) {
        return storage().inTransaction(s.f().agencyId(), work::apply);
    }

    private <T> T read(Scene s, java.util.function.Function<Transaction, T> work) {
        return storage().readOnly(s.f().agencyId(), work::apply);
    }

    @Test
    public void everyPartnerSupportRecordRoundTripsInOrder() {
        Scene s = scene();
        Fixtures f = s.f();
        PersonAtRiskId p = s.person().id();
        PartnerContact later = contact(f, p, Fixtures.AT.plusSeconds(60), ContactOutcome.NO_ANSWER);
        PartnerContact first = contact(f, p, Fixtures.AT, ContactOutcome.SPOKE);
        SurvivorAccount account = account(f, p);
        SurvivorAccount noNumber = new SurvivorAccount(PartnerSupportEntryId.random(), f.agencyId(), p,
                Fixtures.BASE.plusDays(1), AccountKind.RISK, Optional.empty(), "x", f.worker());
        SafetyPlan plan = plan(f, p);
        Signposting sign = signposting(f, p);
        write(s, (Transaction tx) -> {
            tx.partnerSupport().insertContact(later);
            tx.partnerSupport().insertContact(first);
            tx.partnerSupport().insertAccount(account);
            tx.partnerSupport().insertAccount(noNumber);
            tx.partnerSupport().insertSafetyPlan(plan);
            tx.partnerSupport().insertSignposting(sign);
            return null;
        });
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().contacts(p))).containsExactly(first, later);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().accounts(p))).containsExactly(account, noNumber);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().safetyPlans(p))).containsExactly(plan);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().signposting(p))).containsExactly(sign);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().contacts(PersonAtRiskId.random()))).isEmpty();
    }

    @Test
    public void nothingIsWrittenAgainstAPersonWhoIsNotThisAgencys() {
        Scene s = scene();
        Scene other = scene();
        PersonAtRiskId theirs = other.person().id();
        assertThatThrownBy(() -> write(s, (Transaction tx) -> {
            tx.partnerSupport().insertContact(contact(s.f(), theirs, Fixtures.AT, ContactOutcome.SPOKE));
            return null;
        })).isInstanceOf(DvppException.class);
        assertThatThrownBy(() -> write(s, (Transaction tx) -> {
            tx.partnerSupport().assignWorker(theirs, s.f().worker(), Fixtures.AT);
            return null;
        })).isInstanceOf(DvppException.class);
        assertThat(read(other, (Transaction tx) -> tx.partnerSupport().contacts(theirs))).isEmpty();
        assertThat(read(other, (Transaction tx) -> tx.partnerSupport().worker(theirs))).isEmpty();
    }

    @Test
    public void anotherAgencySeesNoneOfIt() {
        Scene s = scene();
        write(s, (Transaction tx) -> {
            writeEveryKind(tx, s.f(), s.person().id(), s.caseId());
            return null;
        });
        Scene other = scene();
        PersonAtRiskId p = s.person().id();
        storage().readOnly(other.f().agencyId(), tx -> {
            var ps = tx.partnerSupport();
            assertThat(ps.contacts(p)).isEmpty();
            assertThat(ps.accounts(p)).isEmpty();
            assertThat(ps.safetyPlans(p)).isEmpty();
            assertThat(ps.signposting(p)).isEmpty();
            assertThat(ps.notifications(p)).isEmpty();
            assertThat(ps.openNotifications(Optional.of(s.f().worker()))).isEmpty();
            assertThat(ps.caseload(s.f().worker())).isEmpty();
            assertThat(ps.glassAccesses(Instant.EPOCH)).isEmpty();
            assertThat(ps.openGlassAccess(s.f().supervisor(), p, Fixtures.AT)).isEmpty();
            return null;
        });
        // and the first agency sees all of it
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().glassAccesses(Instant.EPOCH))).hasSize(1);
    }

    @Test
    public void aNotificationIsAcknowledgedOnceAndOpenOnesFollowTheirPersonToANewWorker() {
        Scene s = scene();
        Fixtures f = s.f();
        PersonAtRiskId p = s.person().id();
        SupportNotification queued = notification(f, p, s.caseId(), Optional.empty(), Fixtures.AT);
        SupportNotification second = notification(f, p, s.caseId(), Optional.empty(), Fixtures.AT.plusSeconds(1));
        write(s, (Transaction tx) -> {
            tx.partnerSupport().insertNotification(queued);
            tx.partnerSupport().insertNotification(second);
            return null;
        });
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openNotifications(Optional.empty()))).containsExactly(queued,
                second);
        Instant ackAt = Fixtures.AT.plusSeconds(5);
        UserId acker = UserId.random();
        SupportNotification acked = write(s, (Transaction tx) -> tx.partnerSupport().acknowledge(queued.id(), acker, ackAt))
                .orElseThrow();
        assertThat(acked.acknowledgedBy()).contains(acker);
        assertThat(acked.acknowledgedAt()).contains(ackAt);
        assertThat(acked.open()).isFalse();
        assertThat(write(s, (Transaction tx) -> tx.partnerSupport().acknowledge(queued.id(), UserId.random(), ackAt))).isEmpty();
        assertThat(write(s, (Transaction tx) -> tx.partnerSupport().acknowledge(SupportNotificationId.random(), acker, ackAt)))
                .isEmpty();

        UserId worker = UserId.random();
        write(s, (Transaction tx) -> {
            tx.partnerSupport().assignWorker(p, worker, Fixtures.AT);
            return null;
        });
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().worker(p))).contains(worker);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().caseload(worker))).containsExactly(p);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openNotifications(Optional.empty()))).isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openNotifications(Optional.of(worker))))
                .extracting(SupportNotification::id).containsExactly(second.id());
        // the acknowledged one keeps the list it was on
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().findNotification(queued.id()))).contains(acked);

        UserId next = UserId.random();
        write(s, (Transaction tx) -> {
            tx.partnerSupport().assignWorker(p, next, Fixtures.AT.plusSeconds(9));
            return null;
        });
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().caseload(worker))).isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openNotifications(Optional.of(next)))).hasSize(1);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().notifications(p))).hasSize(2);
    }

    @Test
    public void theSupportedPeopleOfAManAreHisPartnersNotTheOthersAndNotAnotherAgencysOrMansPeople() {
        Scene s = scene();
        Fixtures f = s.f();
        PersonAtRisk child = new PersonAtRisk(PersonAtRiskId.random(), f.agencyId(), s.man().id(),
                org.dvpp.domain.safety.Relationship.CHILD, s.person().contact(), true,
                org.dvpp.domain.safety.PartnerSupportStatus.NOT_APPLICABLE, 0);
        Participant otherMan = f.participant("north");
        PersonAtRisk hisPartner = f.personAtRisk(otherMan.id());
        write(s, (Transaction tx) -> {
            tx.peopleAtRisk().insert(child);
            tx.participants().insert(otherMan);
            tx.peopleAtRisk().insert(hisPartner);
            return null;
        });
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().supportedPeople(s.man().id())))
                .containsExactly(s.person().id());
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().supportedPeople(otherMan.id())))
                .containsExactly(hisPartner.id());
        Scene other = scene();
        assertThat(read(other, (Transaction tx) -> tx.partnerSupport().supportedPeople(s.man().id()))).isEmpty();
    }

    @Test
    public void oneNotificationPerEventAndPerson() {
        Scene s = scene();
        SupportNotification n = notification(s.f(), s.person().id(), s.caseId(), Optional.empty(), Fixtures.AT);
        write(s, (Transaction tx) -> {
            tx.partnerSupport().insertNotification(n);
            return null;
        });
        SupportNotification again = new SupportNotification(SupportNotificationId.random(), n.agency(), n.person(),
                n.caseId(), n.event(), n.kind(), n.occurredAt(), n.worker(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> write(s, (Transaction tx) -> {
            tx.partnerSupport().insertNotification(again);
            return null;
        })).isInstanceOf(DuplicateRecordException.class);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().notifications(s.person().id()))).containsExactly(n);
    }

    @Test
    public void aGlassAccessIsOpenOnlyInsideItsWindowAndOnlyForItsUserAndPerson() {
        Scene s = scene();
        UserId user = UserId.random();
        GlassAccess g = glass(s.f(), s.person().id(), user);
        write(s, (Transaction tx) -> {
            tx.partnerSupport().insertGlassAccess(g);
            return null;
        });
        PersonAtRiskId p = s.person().id();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(user, p, Fixtures.AT))).contains(g);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(user, p, g.expiresAt().minusNanos(1))))
                .contains(g);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(user, p, g.expiresAt()))).isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(user, p, Fixtures.AT.minusNanos(1)))).isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(UserId.random(), p, Fixtures.AT))).isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().openGlassAccess(user, PersonAtRiskId.random(), Fixtures.AT)))
                .isEmpty();
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().glassAccesses(Fixtures.AT))).containsExactly(g);
        assertThat(read(s, (Transaction tx) -> tx.partnerSupport().glassAccesses(Fixtures.AT.plusNanos(1)))).isEmpty();
    }
}
