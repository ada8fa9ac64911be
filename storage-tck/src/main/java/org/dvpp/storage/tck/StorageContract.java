package org.dvpp.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseStatusChanged;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.OnwardReferralStatus;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.WaitingListEntry;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.storage.spi.AllocationRepository.Outcome;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.AuditRecord;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.CaseAttendance;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.dvpp.storage.spi.FunnelQuery;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;
import org.dvpp.storage.spi.GroupOccupancy;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.OutboxEntry;
import org.dvpp.storage.spi.OutboxMessage;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.spi.Versioned;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link org.dvpp.storage.spi.StorageProvider} must pass. Extend it in a test class, return open
 * storage from {@link #storage()} (one instance may serve every test: each test works in agencies of its own), and run
 * it with JUnit 5. Hooks let an implementation scale the concurrency tests.
 *
 * @since 0.1
 */
public abstract class StorageContract {

    /** A failure the contract provokes on purpose to roll a transaction back. */
    protected static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("rolled back on purpose");
        }
    }

    /** @return the storage under test (opened once, shared by the tests) */
    protected abstract Storage storage();

    /** @return allocation rounds in the capacity test */
    protected int capacityRounds() {
        return 5;
    }

    /** @return concurrent threads in the capacity test */
    protected int capacityThreads() {
        return 16;
    }

    /** @return men competing for the 12 places in each round */
    protected int capacityCandidates() {
        return 30;
    }

    /**
     * Stores a new agency and returns fixtures for it.
     *
     * @return fixtures for a fresh agency
     */
    protected Fixtures newAgency() {
        return Fixtures.stored(storage(), "CNRY");
    }

    private <T> T write(Fixtures f, java.util.function.Function<Transaction, T> work) {
        return storage().inTransaction(f.agencyId(), work::apply);
    }

    private <T> T read(Fixtures f, java.util.function.Function<Transaction, T> work) {
        return storage().readOnly(f.agencyId(), work::apply);
    }

    // ---------------------------------------------------------------- round trips

    @Test
    public void agencyAndParticipantRoundTrip() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.agencies().find())).contains(f.agency());
        assertThat(read(f, (Transaction tx) -> tx.participants().find(p.id()))).contains(p);
        assertThat(read(f, (Transaction tx) -> tx.participants().findByReference(p.reference()))).contains(p);
        assertThat(read(f, (Transaction tx) -> tx.participants().count())).isEqualTo(1);
        Participant moved = new Participant(p.id(), p.agency(), p.reference(), p.dateOfBirth(), "south");
        long v = write(f, (Transaction tx) -> tx.participants().update(moved, 0));
        assertThat(v).isEqualTo(1);
        assertThat(read(f, (Transaction tx) -> tx.participants().findVersioned(p.id()))).contains(new Versioned<>(moved, 1));
        Agency renamed = new Agency(f.agencyId(), "Renamed", f.agency().serviceArea());
        write(f, (Transaction tx) -> tx.agencies().update(renamed, 0));
        assertThat(read(f, (Transaction tx) -> tx.agencies().find())).contains(renamed);
    }

    @Test
    public void duplicateParticipantReferenceIsRejectedAndNothingIsWritten() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            return null;
        });
        Participant clash = new Participant(org.dvpp.domain.ParticipantId.random(), f.agencyId(), p.reference(),
                p.dateOfBirth(), "north");
        Participant other = f.participant("south");
        assertThatThrownBy(() -> write(f, (Transaction tx) -> {
            tx.participants().insert(other);
            tx.participants().insert(clash);
            return null;
        })).isInstanceOf(DuplicateRecordException.class);
        assertThat(read(f, (Transaction tx) -> tx.participants().find(other.id()))).isEmpty();
    }

    @Test
    public void referralAndCaseWithFullStateRoundTrip() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        Referral r = f.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE);
        Group g = f.group(12, "north");
        Case c = f.openCase(p.id(), r.id());
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.referrals().insert(r);
            tx.groups().insert(g);
            tx.cases().insert(c);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.referrals().find(r.id()))).contains(r);
        assertThat(read(f, (Transaction tx) -> tx.referrals().listForParticipant(p.id()))).containsExactly(r);
        assertThat(read(f, (Transaction tx) -> tx.cases().find(c.id()))).contains(c);

        Case started = f.started(c, g.id());
        Case stored = write(f, (Transaction tx) -> tx.cases().update(started));
        assertThat(stored.version()).isEqualTo(1);
        Case back = read(f, (Transaction tx) -> tx.cases().get(c.id()));
        assertThat(back).isEqualTo(started.withVersion(1));
        assertThat(back.consent()).isPresent();
        assertThat(back.history()).extracting(CaseTransition::to).contains(CaseStatus.IN_PROGRAMME);

        Case suspended = f.apply(back, new CaseCommand.Suspend(f.reason()));
        write(f, (Transaction tx) -> tx.cases().update(suspended));
        Case ineligible = f.apply(f.apply(f.openCase(p.id(), r.id()), new CaseCommand.StartScreening()),
                f.failScreening());
        write(f, (Transaction tx) -> {
            tx.cases().insert(ineligible);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.cases().get(c.id()))).isEqualTo(suspended.withVersion(2));
        assertThat(read(f, (Transaction tx) -> tx.cases().get(ineligible.id()))).isEqualTo(ineligible);
        assertThat(read(f, (Transaction tx) -> tx.cases().listForParticipant(p.id()))).hasSize(2);
        assertThat(read(f, (Transaction tx) -> tx.cases().idsWithStatus(CaseStatus.SUSPENDED))).containsExactly(c.id());
        assertThatThrownBy(() -> read(f, (Transaction tx) -> tx.cases().get(CaseId.random())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    public void safetyRecordsRoundTrip() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        PersonAtRisk par = f.personAtRisk(p.id());
        CaseId caseId = CaseId.random();
        RiskEvent risk = f.riskEvent(caseId);
        InformationSharingEntry share = f.sharing(caseId);
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.peopleAtRisk().insert(par);
            tx.riskEvents().insert(risk);
            tx.informationSharing().insert(share);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().find(par.id()))).contains(par);
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().listForParticipant(p.id()))).containsExactly(par);
        assertThat(read(f, (Transaction tx) -> tx.riskEvents().find(risk.id()))).contains(risk);
        assertThat(read(f, (Transaction tx) -> tx.riskEvents().listForCase(caseId))).containsExactly(risk);
        assertThat(read(f, (Transaction tx) -> tx.informationSharing().find(share.id()))).contains(share);
        assertThat(read(f, (Transaction tx) -> tx.informationSharing().listForCase(caseId))).containsExactly(share);
        PersonAtRisk engaged = write(f, (Transaction tx) -> tx.peopleAtRisk().update(par.withSupportStatus(
                PartnerSupportStatus.ENGAGED)));
        assertThat(engaged.version()).isEqualTo(1);
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().find(par.id()))).contains(engaged);
    }

    @Test
    public void groupSessionsAttendanceAndWaitingListRoundTrip() {
        Fixtures f = newAgency();
        Group g = f.group(12, "north");
        GroupSession s1 = f.session(g, 1);
        GroupSession s2 = f.session(g, 2);
        CaseId a = CaseId.random();
        CaseId b = CaseId.random();
        write(f, (Transaction tx) -> {
            tx.groups().insert(g);
            tx.groupSessions().insert(s2);
            tx.groupSessions().insert(s1);
            tx.groupSessions().recordAttendance(f.attendance(s1.id(), a, AttendanceStatus.PRESENT));
            tx.groupSessions().recordAttendance(f.attendance(s1.id(), b, AttendanceStatus.UNEXCUSED_ABSENCE));
            tx.allocations().addToWaitingList(new WaitingListEntry(f.agencyId(), g.id(), b, Fixtures.AT));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.groups().get(g.id()))).isEqualTo(g);
        assertThat(read(f, (Transaction tx) -> tx.groups().list())).containsExactly(g);
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().listForGroup(g.id()))).containsExactly(s1, s2);
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().register(s1.id()))).containsExactlyInAnyOrder(
                f.attendance(s1.id(), a, AttendanceStatus.PRESENT),
                f.attendance(s1.id(), b, AttendanceStatus.UNEXCUSED_ABSENCE));
        // recording again replaces
        write(f, (Transaction tx) -> {
            tx.groupSessions().recordAttendance(f.attendance(s1.id(), b, AttendanceStatus.LATE));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().attendanceForCase(b)))
                .containsExactly(f.attendance(s1.id(), b, AttendanceStatus.LATE));
        assertThat(read(f, (Transaction tx) -> tx.allocations().waitingList(g.id())))
                .containsExactly(new WaitingListEntry(f.agencyId(), g.id(), b, Fixtures.AT));
        // a man may wait for several full groups at once; his lists are found from his case, oldest first
        Group other = f.group(12, "south");
        write(f, (Transaction tx) -> {
            tx.groups().insert(other);
            tx.allocations().addToWaitingList(new WaitingListEntry(f.agencyId(), other.id(), b,
                    Fixtures.AT.plusSeconds(60)));
            tx.allocations().addToWaitingList(new WaitingListEntry(f.agencyId(), other.id(), a, Fixtures.AT));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.allocations().waitingListsOf(b))).containsExactly(
                new WaitingListEntry(f.agencyId(), g.id(), b, Fixtures.AT),
                new WaitingListEntry(f.agencyId(), other.id(), b, Fixtures.AT.plusSeconds(60)));
        assertThat(read(f, (Transaction tx) -> tx.allocations().waitingListsOf(CaseId.random()))).isEmpty();
        assertThat(write(f, (Transaction tx) -> tx.allocations().removeFromWaitingList(g.id(), b))).isTrue();
        assertThat(write(f, (Transaction tx) -> tx.allocations().removeFromWaitingList(g.id(), b))).isFalse();
        assertThat(read(f, (Transaction tx) -> tx.allocations().waitingList(g.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.allocations().waitingListsOf(b))).containsExactly(
                new WaitingListEntry(f.agencyId(), other.id(), b, Fixtures.AT.plusSeconds(60)));
        Versioned<GroupSession> v = read(f, (Transaction tx) -> tx.groupSessions().findVersioned(s1.id()).orElseThrow());
        GroupSession cancelled = new GroupSession(s2.id(), s2.agency(), s2.group(), s2.sequence(),
                s2.curriculumSession(), s2.scheduledStart(), s2.duration(),
                org.dvpp.domain.group.SessionStatus.CANCELLED, false);
        write(f, (Transaction tx) -> tx.groupSessions().update(cancelled, v.version()));
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().find(s2.id()))).contains(cancelled);
        Group running = write(f, (Transaction tx) -> tx.groups().update(g.withStatus(GroupStatus.RUNNING)));
        assertThat(read(f, (Transaction tx) -> tx.groups().get(g.id()))).isEqualTo(running);
    }

    @Test
    public void allocationTakesAPlaceAndEndingFreesIt() {
        Fixtures f = newAgency();
        Group g = f.group(1, "north");
        CaseId a = CaseId.random();
        CaseId b = CaseId.random();
        write(f, (Transaction tx) -> {
            tx.groups().insert(g);
            return null;
        });
        assertThat(write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(g.id(), a)))).isEqualTo(Outcome.ALLOCATED);
        assertThat(write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(g.id(), a))))
                .isEqualTo(Outcome.ALREADY_ALLOCATED);
        assertThat(write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(g.id(), b)))).isEqualTo(Outcome.GROUP_FULL);
        assertThat(read(f, (Transaction tx) -> tx.allocations().activeInGroup(g.id()))).containsExactly(f.allocation(g.id(), a));
        assertThat(write(f, (Transaction tx) -> tx.allocations().end(g.id(), a))).isTrue();
        assertThat(read(f, (Transaction tx) -> tx.allocations().find(g.id(), a)).map(Allocation::status))
                .contains(AllocationStatus.ENDED);
        assertThat(write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(g.id(), b)))).isEqualTo(Outcome.ALLOCATED);
        assertThat(read(f, (Transaction tx) -> tx.allocations().forCase(b))).containsExactly(f.allocation(g.id(), b));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.groups().update(new Group(g.id(), g.agency(), g.name(),
                g.curriculumId(), g.type(), 1, g.facilitators(), g.pattern(), g.startDate(), g.areaCode(),
                g.status(), 5)))).isInstanceOf(OptimisticLockException.class);
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(
                org.dvpp.domain.GroupId.random(), a)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void caseworkRecordsRoundTrip() {
        Fixtures f = newAgency();
        CaseId caseId = CaseId.random();
        OneToOneSession one = f.oneToOne(caseId, AttendanceStatus.PRESENT);
        MotivationCheckIn check = f.checkIn(caseId);
        OnwardReferral onward = f.onwardReferral(caseId);
        AssessmentRecord assessment = f.assessment(caseId);
        write(f, (Transaction tx) -> {
            tx.oneToOnes().insert(one);
            tx.motivationCheckIns().insert(check);
            tx.onwardReferrals().insert(onward);
            tx.assessments().insert(assessment);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.oneToOnes().find(one.id()))).contains(one);
        assertThat(read(f, (Transaction tx) -> tx.oneToOnes().listForCase(caseId))).containsExactly(one);
        assertThat(read(f, (Transaction tx) -> tx.motivationCheckIns().find(check.id()))).contains(check);
        assertThat(read(f, (Transaction tx) -> tx.motivationCheckIns().listForCase(caseId))).containsExactly(check);
        assertThat(read(f, (Transaction tx) -> tx.onwardReferrals().find(onward.id()))).contains(onward);
        assertThat(read(f, (Transaction tx) -> tx.assessments().find(assessment.id()))).contains(assessment);
        assertThat(read(f, (Transaction tx) -> tx.assessments().listForCase(caseId))).containsExactly(assessment);
        AssessmentRecord bare = new AssessmentRecord(org.dvpp.domain.AssessmentId.random(), f.agencyId(), caseId,
                "x", "1", org.dvpp.domain.casework.TimePoint.END, Fixtures.BASE, Map.of(), Optional.empty(),
                Optional.empty(), f.worker());
        write(f, (Transaction tx) -> {
            tx.assessments().insert(bare);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.assessments().find(bare.id()))).contains(bare);
        OnwardReferral accepted = new OnwardReferral(onward.id(), onward.agency(), caseId, onward.madeOn(),
                onward.service(), onward.organisation(), OnwardReferralStatus.ACCEPTED, onward.madeBy());
        write(f, (Transaction tx) -> tx.onwardReferrals().update(accepted, 0));
        assertThat(read(f, (Transaction tx) -> tx.onwardReferrals().listForCase(caseId))).containsExactly(accepted);
    }

    @Test
    public void caseDocumentsRoundTripUpdateWithTheirVersionAndStayInTheirAgency() {
        Fixtures f = newAgency();
        Fixtures other = newAgency();
        CaseId caseId = CaseId.random();
        org.dvpp.storage.spi.CaseDocument plan = f.caseDocument(caseId, "support-plan");
        org.dvpp.storage.spi.CaseDocument needs = f.caseDocument(caseId, "needs-assessment");
        write(f, (Transaction tx) -> {
            tx.caseDocuments().insert(plan);
            tx.caseDocuments().insert(needs);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().find(plan.id()))).contains(plan);
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().listForCase(caseId, "support-plan")))
                .containsExactly(plan);
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().listForAgency("needs-assessment")))
                .containsExactly(needs);
        var updated = write(f, (Transaction tx) -> tx.caseDocuments().update(plan.withBody("{\"goals\":2}")));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().find(plan.id()))).contains(updated);
        // a stale version is a conflict, and changes nothing
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.caseDocuments().update(plan.withBody("{}"))))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().find(plan.id())).orElseThrow().body())
                .isEqualTo("{\"goals\":2}");
        // another agency neither sees nor changes it
        assertThat(read(other, (Transaction tx) -> tx.caseDocuments().find(plan.id()))).isEmpty();
        assertThat(read(other, (Transaction tx) -> tx.caseDocuments().listForAgency("support-plan"))).isEmpty();
        assertThatThrownBy(() -> write(other, (Transaction tx) -> tx.caseDocuments().update(updated)))
                .isInstanceOf(InvalidInputException.class);
        org.dvpp.storage.spi.CaseDocument foreign = new org.dvpp.storage.spi.CaseDocument(updated.id(),
                other.agencyId(), caseId, "support-plan", updated.recordedAt(), updated.recordedBy(), "{}", 1);
        assertThatThrownBy(() -> write(other, (Transaction tx) -> tx.caseDocuments().update(foreign)))
                .isInstanceOf(NotFoundException.class);
        // a document read as another kind is not found, not rewritten
        org.dvpp.storage.spi.CaseDocument wrongKind = new org.dvpp.storage.spi.CaseDocument(updated.id(),
                f.agencyId(), caseId, "marac-referral", updated.recordedAt(), updated.recordedBy(), "{}", 1);
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.caseDocuments().update(wrongKind)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    public void anAssessmentKeepsItsInformantAndAnOnwardReferralItsNeed() {
        Fixtures f = newAgency();
        CaseId caseId = CaseId.random();
        AssessmentRecord base = f.assessment(caseId);
        AssessmentRecord byFacilitator = new AssessmentRecord(base.id(), base.agency(), caseId, base.instrumentId(),
                base.instrumentVersion(), base.timePoint(), base.completedOn(), base.answers(), base.total(),
                base.bandCode(), base.assessor(), org.dvpp.domain.casework.Informant.FACILITATOR);
        OnwardReferral o = f.onwardReferral(caseId);
        OnwardReferral forHousing = new OnwardReferral(o.id(), o.agency(), caseId, o.madeOn(), o.service(),
                o.organisation(), o.status(), o.madeBy(), Optional.of("housing"));
        write(f, (Transaction tx) -> {
            tx.assessments().insert(byFacilitator);
            tx.onwardReferrals().insert(forHousing);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.assessments().find(base.id()))).contains(byFacilitator);
        assertThat(read(f, (Transaction tx) -> tx.onwardReferrals().find(o.id()))).contains(forHousing);
        OnwardReferral closed = forHousing.withStatus(OnwardReferralStatus.CLOSED);
        write(f, (Transaction tx) -> tx.onwardReferrals().update(closed, 0));
        assertThat(read(f, (Transaction tx) -> tx.onwardReferrals().find(o.id()))).contains(closed);
    }

    @Test
    public void facilitatorsPathwayPlacesAndVoidsRoundTrip() {
        Fixtures f = newAgency();
        org.dvpp.domain.UserId who = org.dvpp.domain.UserId.random();
        org.dvpp.domain.UserId other = org.dvpp.domain.UserId.random();
        org.dvpp.domain.group.Facilitator trained = new org.dvpp.domain.group.Facilitator(f.agencyId(), who,
                "Sam Facilitator", java.util.Set.of("dvpp-facilitator", "social-work"), Optional.of(Fixtures.BASE),
                Optional.empty());
        org.dvpp.domain.group.Facilitator untrained = new org.dvpp.domain.group.Facilitator(f.agencyId(), other,
                "Alex Trainee", java.util.Set.of(), Optional.empty(), Optional.empty());
        Group g = f.group(12, "north");
        GroupSession s1 = f.session(g, 1);
        CaseId a = CaseId.random();
        MotivationCheckIn check = f.checkIn(a);
        AssessmentRecord assessment = f.assessment(a);
        write(f, (Transaction tx) -> {
            tx.facilitators().save(trained);
            tx.facilitators().save(untrained);
            tx.groups().insert(g);
            tx.groupSessions().insert(s1);
            tx.facilitators().setSessionFacilitators(s1.id(), List.of(other, who));
            tx.groupSessions().recordAttendance(f.attendance(s1.id(), a, AttendanceStatus.PRESENT));
            tx.motivationCheckIns().insert(check);
            tx.assessments().insert(assessment);
            tx.oneToOnePlaces().insert(new org.dvpp.domain.group.OneToOnePlace(f.agencyId(), a, "dvpp-integrated-12",
                    Fixtures.BASE, AllocationStatus.ACTIVE));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.facilitators().find(who))).contains(trained);
        assertThat(read(f, (Transaction tx) -> tx.facilitators().list())).containsExactly(untrained, trained);
        assertThat(read(f, (Transaction tx) -> tx.facilitators().sessionFacilitators(s1.id()))).containsExactly(other,
                who);
        org.dvpp.domain.group.Facilitator supervised = new org.dvpp.domain.group.Facilitator(f.agencyId(), other,
                "Alex Facilitator", java.util.Set.of("dvpp-facilitator"), Optional.of(Fixtures.BASE),
                Optional.of(Fixtures.BASE.plusDays(3)));
        write(f, (Transaction tx) -> {
            tx.facilitators().save(supervised);
            tx.facilitators().setSessionFacilitators(s1.id(), List.of(who));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.facilitators().find(other))).contains(supervised);
        assertThat(read(f, (Transaction tx) -> tx.facilitators().sessionFacilitators(s1.id()))).containsExactly(who);
        assertThat(read(f, (Transaction tx) -> tx.oneToOnePlaces().forCase(a))).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(AllocationStatus.ACTIVE));
        assertThat(write(f, (Transaction tx) -> tx.oneToOnePlaces().end(a))).isTrue();
        assertThat(write(f, (Transaction tx) -> tx.oneToOnePlaces().end(a))).isFalse();

        // voiding: the record leaves every read and report, the void keeps its reason
        org.dvpp.domain.casework.VoidedRecord v = new org.dvpp.domain.casework.VoidedRecord(UUID.randomUUID(),
                f.agencyId(), a, org.dvpp.domain.casework.VoidedRecord.Kind.ATTENDANCE, s1.id().value(),
                "attendance PRESENT", Fixtures.AT, who, "Recorded for the wrong man");
        write(f, (Transaction tx) -> {
            assertThat(tx.voids().voidAttendance(s1.id(), a)).isTrue();
            assertThat(tx.voids().voidAttendance(s1.id(), a)).isFalse();
            assertThat(tx.voids().voidCheckIn(check.id())).isTrue();
            assertThat(tx.voids().voidAssessment(assessment.id())).isTrue();
            tx.voids().record(v);
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().register(s1.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().attendanceForCase(a))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.reports().attendanceForCase(a).present())).isZero();
        assertThat(read(f, (Transaction tx) -> tx.motivationCheckIns().listForCase(a))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.assessments().find(assessment.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.voids().listForCase(a))).containsExactly(v);
        // the reason is encrypted, and rotation keeps it readable
        assertThat(storage().reencrypt(f.agencyId())).isPositive();
        assertThat(read(f, (Transaction tx) -> tx.voids().listForCase(a))).containsExactly(v);
        // a line recorded again after a void counts again
        write(f, (Transaction tx) -> {
            tx.groupSessions().recordAttendance(f.attendance(s1.id(), a, AttendanceStatus.LATE));
            return null;
        });
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().attendanceForCase(a)))
                .containsExactly(f.attendance(s1.id(), a, AttendanceStatus.LATE));
    }

    @Test
    public void auditLogChainsEntriesAndVerifies() {
        Fixtures f = newAgency();
        List<AuditRecord> appended = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            appended.add(write(f, (Transaction tx) -> tx.audit().append(new AuditEntry(f.worker(), AuditAction.READ,
                    "PersonAtRisk", UUID.randomUUID(), "safety plan review", Fixtures.AT))));
        }
        assertThat(appended).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
        assertThat(read(f, (Transaction tx) -> tx.audit().list(1, 10))).isEqualTo(appended);
        AuditVerification v = read(f, (Transaction tx) -> tx.audit().verify());
        assertThat(v.intact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(3);
        assertThat(v.headHash()).isEqualTo(appended.get(2).hash());
    }

    @Test
    public void bulkImportWritesEveryRecordReadableThroughTheRepositories() {
        Fixtures f = newAgency();
        List<Participant> men = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        List<Attendance> attendance = new ArrayList<>();
        List<AssessmentRecord> assessments = new ArrayList<>();
        Group g = f.group(24, "north");
        GroupSession s = f.session(g, 1);
        for (int i = 0; i < 40; i++) {
            Participant p = f.participant(i % 2 == 0 ? "north" : "south");
            Referral r = f.referral(p.id(), ReferralSource.COURT, Fixtures.BASE);
            Case c = f.started(f.openCase(p.id(), r.id()), g.id());
            men.add(p);
            referrals.add(r);
            cases.add(c);
            attendance.add(f.attendance(s.id(), c.id(), AttendanceStatus.PRESENT));
            assessments.add(f.assessment(c.id()));
        }
        var importer = storage().bulkImport(f.agencyId());
        assertThat(importer.participants(men)).isEqualTo(40);
        assertThat(importer.referrals(referrals)).isEqualTo(40);
        assertThat(importer.cases(cases)).isEqualTo(40);
        assertThat(importer.groups(List.of(g))).isEqualTo(1);
        assertThat(importer.groupSessions(List.of(s))).isEqualTo(1);
        assertThat(importer.attendance(attendance)).isEqualTo(40);
        assertThat(importer.assessments(assessments)).isEqualTo(40);
        assertThat(importer.peopleAtRisk(List.of(f.personAtRisk(men.get(0).id())))).isEqualTo(1);
        CaseId first = cases.get(0).id();
        RiskEvent risk = f.riskEvent(first);
        InformationSharingEntry share = f.sharing(first);
        OneToOneSession one = f.oneToOne(first, AttendanceStatus.PRESENT);
        MotivationCheckIn check = f.checkIn(first);
        OnwardReferral onward = f.onwardReferral(first);
        assertThat(importer.riskEvents(List.of(risk)) + importer.informationSharing(List.of(share))
                + importer.oneToOnes(List.of(one)) + importer.motivationCheckIns(List.of(check))
                + importer.onwardReferrals(List.of(onward))).isEqualTo(5);
        assertThat(read(f, (Transaction tx) -> tx.riskEvents().listForCase(first))).containsExactly(risk);
        assertThat(read(f, (Transaction tx) -> tx.informationSharing().listForCase(first))).containsExactly(share);
        assertThat(read(f, (Transaction tx) -> tx.oneToOnes().listForCase(first))).containsExactly(one);
        assertThat(read(f, (Transaction tx) -> tx.motivationCheckIns().listForCase(first))).containsExactly(check);
        assertThat(read(f, (Transaction tx) -> tx.onwardReferrals().listForCase(first))).containsExactly(onward);
        assertThat(read(f, (Transaction tx) -> tx.participants().count())).isEqualTo(40);
        assertThat(read(f, (Transaction tx) -> tx.cases().get(cases.get(7).id()))).isEqualTo(cases.get(7));
        assertThat(read(f, (Transaction tx) -> tx.referrals().find(referrals.get(3).id()))).contains(referrals.get(3));
        assertThat(read(f, (Transaction tx) -> tx.groupSessions().register(s.id()))).containsExactlyInAnyOrderElementsOf(attendance);
        assertThat(read(f, (Transaction tx) -> tx.assessments().find(assessments.get(5).id()))).contains(assessments.get(5));
    }

    @Test
    public void bulkImportRejectsAnotherAgencysRecordsAndWritesNothing() {
        Fixtures f = newAgency();
        Fixtures other = new Fixtures(AgencyId.random(), "x");
        List<Participant> mixed = List.of(f.participant("north"), other.participant("north"));
        assertThatThrownBy(() -> storage().bulkImport(f.agencyId()).participants(mixed))
                .isInstanceOf(InvalidInputException.class);
        assertThat(read(f, (Transaction tx) -> tx.participants().count())).isZero();
    }

    @Test
    public void reencryptionKeepsEveryRecordReadable() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        PersonAtRisk par = f.personAtRisk(p.id());
        Referral r = f.referral(p.id(), ReferralSource.SELF, Fixtures.BASE);
        Case c = f.started(f.openCase(p.id(), r.id()), org.dvpp.domain.GroupId.random());
        org.dvpp.storage.spi.CaseDocument doc = f.caseDocument(c.id(), "family");
        write(f, (Transaction tx) -> {
            tx.peopleAtRisk().insert(par);
            tx.referrals().insert(r);
            tx.cases().insert(c);
            tx.caseDocuments().insert(doc);
            return null;
        });
        long rewritten = storage().reencrypt(f.agencyId());
        // the values are sealed with the man's own data key, which rotation re-wraps (one key); values still under the
        // agency keyset (written before per-subject keys) are rewritten one by one
        assertThat(rewritten).isGreaterThanOrEqualTo(1);
        assertThat(read(f, (Transaction tx) -> tx.caseDocuments().find(doc.id()))).contains(doc);
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().find(par.id()))).contains(par);
        assertThat(read(f, (Transaction tx) -> tx.cases().get(c.id()))).isEqualTo(c);
    }

    // ---------------------------------------------------------------- isolation, locking, rollback

    @Test
    public void oneAgencyNeverSeesOrChangesAnothersRecords() {
        Fixtures a = newAgency();
        Fixtures b = newAgency();
        Participant p = a.participant("north");
        Referral r = a.referral(p.id(), ReferralSource.POLICE, Fixtures.BASE);
        Case c = a.openCase(p.id(), r.id());
        PersonAtRisk par = a.personAtRisk(p.id());
        Group g = a.group(12, "north");
        write(a, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.referrals().insert(r);
            tx.cases().insert(c);
            tx.peopleAtRisk().insert(par);
            tx.groups().insert(g);
            return null;
        });
        assertThat(read(b, (Transaction tx) -> tx.participants().find(p.id()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.participants().findByReference(p.reference()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.referrals().find(r.id()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.cases().find(c.id()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.peopleAtRisk().find(par.id()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.peopleAtRisk().listForParticipant(p.id()))).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.groups().list())).isEmpty();
        assertThat(read(b, (Transaction tx) -> tx.reports().funnel(new FunnelQuery(Fixtures.BASE.minusYears(1),
                Fixtures.BASE.plusYears(1))))).isEmpty();
        assertThatThrownBy(() -> write(b, (Transaction tx) -> tx.cases().update(c))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> write(b, (Transaction tx) -> {
            tx.participants().insert(a.participant("north"));
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> write(b, (Transaction tx) -> tx.allocations().allocate(b.allocation(g.id(), CaseId.random()))))
                .isInstanceOf(NotFoundException.class);
        // the same reference may exist in two agencies
        Participant twin = new Participant(org.dvpp.domain.ParticipantId.random(), b.agencyId(), p.reference(),
                p.dateOfBirth(), "north");
        write(b, (Transaction tx) -> {
            tx.participants().insert(twin);
            return null;
        });
        assertThat(read(a, (Transaction tx) -> tx.participants().findByReference(p.reference()))).contains(p);
        assertThat(read(b, (Transaction tx) -> tx.participants().findByReference(p.reference()))).contains(twin);
    }

    @Test
    public void aStaleUpdateFailsWithAConflictAndChangesNothing() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        Case c = f.openCase(p.id(), org.dvpp.domain.ReferralId.random());
        PersonAtRisk par = f.personAtRisk(p.id());
        Group g = f.group(12, "north");
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.cases().insert(c);
            tx.peopleAtRisk().insert(par);
            tx.groups().insert(g);
            return null;
        });
        Case first = f.apply(c, new CaseCommand.StartScreening());
        Case second = f.apply(c, new CaseCommand.StartScreening());
        write(f, (Transaction tx) -> tx.cases().update(first));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.cases().update(second)))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(read(f, (Transaction tx) -> tx.cases().get(c.id()))).isEqualTo(first.withVersion(1));

        write(f, (Transaction tx) -> tx.peopleAtRisk().update(par.withSupportStatus(PartnerSupportStatus.ENGAGED)));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.peopleAtRisk().update(par.withSupportStatus(
                PartnerSupportStatus.DECLINED)))).isInstanceOf(OptimisticLockException.class);
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().find(par.id())).orElseThrow().supportStatus())
                .isEqualTo(PartnerSupportStatus.ENGAGED);

        write(f, (Transaction tx) -> tx.groups().update(g.withStatus(GroupStatus.RUNNING)));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.groups().update(g.withStatus(GroupStatus.CANCELLED))))
                .isInstanceOf(OptimisticLockException.class);

        write(f, (Transaction tx) -> tx.participants().update(p, 0));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.participants().update(p, 0)))
                .isInstanceOf(OptimisticLockException.class);
    }

    @Test
    public void aRolledBackTransactionLeavesNothingBehind() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        Referral r = f.referral(p.id(), ReferralSource.COURT, Fixtures.BASE);
        Case c = f.openCase(p.id(), r.id());
        PersonAtRisk par = f.personAtRisk(p.id());
        Group g = f.group(12, "north");
        CaseStatusChanged event = event(f, c);
        assertThatThrownBy(() -> write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.referrals().insert(r);
            tx.cases().insert(c);
            tx.peopleAtRisk().insert(par);
            tx.groups().insert(g);
            tx.allocations().allocate(f.allocation(g.id(), c.id()));
            tx.outbox().append(OutboxMessage.of(event, "{}"));
            tx.audit().append(new AuditEntry(f.worker(), AuditAction.CREATE, "PersonAtRisk", par.id().value(), "",
                    Fixtures.AT));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(read(f, (Transaction tx) -> tx.participants().find(p.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.referrals().find(r.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.cases().find(c.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.peopleAtRisk().find(par.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.groups().find(g.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.allocations().find(g.id(), c.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.outbox().find(event.id()))).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.audit().verify().recordsChecked())).isZero();
    }

    @Test
    public void writesInsideAReadOnlyTransactionAreNeverCommitted() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        try {
            read(f, (Transaction tx) -> {
                tx.participants().insert(p);
                return null;
            });
        } catch (org.dvpp.storage.spi.StorageException refused) {
            // an engine may refuse the write at once; either way nothing may be stored
        }
        assertThat(read(f, (Transaction tx) -> tx.participants().find(p.id()))).isEmpty();
    }

    // ---------------------------------------------------------------- outbox

    private static CaseStatusChanged event(Fixtures f, Case c) {
        return new CaseStatusChanged(EventId.random(), f.agencyId(), c.id(), c.participant(), 1, CaseStatus.REFERRED,
                CaseStatus.SCREENING, "start-screening", Fixtures.AT, false);
    }

    @Test
    public void anOutboxMessageExistsIfAndOnlyIfItsTransactionCommitted() {
        Fixtures f = newAgency();
        Case c = f.openCase(org.dvpp.domain.ParticipantId.random(), org.dvpp.domain.ReferralId.random());
        write(f, (Transaction tx) -> {
            tx.cases().insert(c);
            return null;
        });
        Case screening = f.apply(c, new CaseCommand.StartScreening());
        CaseStatusChanged committed = event(f, c);
        CaseStatusChanged lost = event(f, c);
        write(f, (Transaction tx) -> {
            tx.cases().update(screening);
            return tx.outbox().append(OutboxMessage.of(committed, "{\"to\":\"SCREENING\"}"));
        });
        // a conflicting change: the case update fails, so its event must not be published
        assertThatThrownBy(() -> write(f, (Transaction tx) -> {
            tx.outbox().append(OutboxMessage.of(lost, "{}"));
            return tx.cases().update(screening);
        })).isInstanceOf(OptimisticLockException.class);
        Optional<OutboxEntry> e = read(f, (Transaction tx) -> tx.outbox().find(committed.id()));
        assertThat(e).isPresent();
        assertThat(e.get().message()).isEqualTo(OutboxMessage.of(committed, "{\"to\":\"SCREENING\"}"));
        assertThat(e.get().delivered()).isFalse();
        assertThat(e.get().streamSequence()).isEqualTo(1);
        assertThat(read(f, (Transaction tx) -> tx.outbox().find(lost.id()))).isEmpty();
    }

    /**
     * A copy of a case that went stale while another writer moved it on twice (so its history is now shorter than the
     * stored one) is refused as a concurrent change, the typed signal to re-read, not as invalid input.
     */
    @Test
    public void aStaleCaseWithAShorterHistoryIsAConcurrentChangeNotInvalidInput() {
        Fixtures f = newAgency();
        Case c = f.openCase(org.dvpp.domain.ParticipantId.random(), org.dvpp.domain.ReferralId.random());
        write(f, (Transaction tx) -> {
            tx.cases().insert(c);
            return null;
        });
        Case screening = write(f, (Transaction tx) -> tx.cases().update(f.apply(c, new CaseCommand.StartScreening())));
        Case readByA = screening;
        Case readByB = screening;
        Case suspended = write(f, (Transaction tx) -> tx.cases().update(f.apply(readByA,
                new CaseCommand.Suspend(f.reason()))));
        write(f, (Transaction tx) -> tx.cases().update(f.apply(suspended, new CaseCommand.Resume())));
        Case staleFromB = f.apply(readByB, new CaseCommand.Suspend(f.reason()));
        assertThatThrownBy(() -> write(f, (Transaction tx) -> tx.cases().update(staleFromB)))
                .isInstanceOf(OptimisticLockException.class);
        Case stored = read(f, (Transaction tx) -> tx.cases().get(c.id()));
        assertThat(stored.status()).isEqualTo(CaseStatus.SCREENING);
        assertThat(stored.history()).hasSize(screening.history().size() + 2);
    }

    @Test
    public void theDispatcherDeliversAStreamInOrderAndRetriesAfterBackOff() {
        Fixtures f = newAgency();
        Case c = f.openCase(org.dvpp.domain.ParticipantId.random(), org.dvpp.domain.ReferralId.random());
        List<EventId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CaseStatusChanged e = event(f, c);
            ids.add(e.id());
            long seq = write(f, (Transaction tx) -> tx.outbox().append(OutboxMessage.of(e, "{}")));
            assertThat(seq).isEqualTo(i + 1L);
        }
        var dispatch = storage().outboxDispatch();
        assertThat(mine(dispatch.claim("w1", 1000, Duration.ofMinutes(5)), c)).containsExactly(ids.get(0));
        // leased: nobody else gets it, and the rest of the stream waits
        assertThat(mine(dispatch.claim("w2", 1000, Duration.ofMinutes(5)), c)).isEmpty();
        assertThat(dispatch.fail(f.agencyId(), ids.get(0), "endpoint down", Duration.ofHours(1))).isTrue();
        assertThat(mine(dispatch.claim("w2", 1000, Duration.ofMinutes(5)), c)).isEmpty();
        assertThat(read(f, (Transaction tx) -> tx.outbox().find(ids.get(0))).orElseThrow().attempts()).isEqualTo(1);
        assertThat(dispatch.fail(f.agencyId(), ids.get(0), "again", Duration.ZERO)).isTrue();
        assertThat(mine(dispatch.claim("w2", 1000, Duration.ofMinutes(5)), c)).containsExactly(ids.get(0));
        assertThat(dispatch.acknowledge(f.agencyId(), ids.get(0))).isTrue();
        assertThat(dispatch.acknowledge(f.agencyId(), ids.get(0))).isFalse();
        assertThat(mine(dispatch.claim("w2", 1000, Duration.ofMinutes(5)), c)).containsExactly(ids.get(1));
        assertThat(read(f, (Transaction tx) -> tx.outbox().listForStream(c.id().value())))
                .extracting(OutboxEntry::delivered).containsExactly(true, false, false);
    }

    private static List<EventId> mine(List<OutboxEntry> claimed, Case c) {
        return claimed.stream().filter(e -> e.message().streamId().equals(c.id().value()))
                .map(e -> e.message().id()).toList();
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    public void concurrentAllocationNeverExceedsCapacity() throws Exception {
        Fixtures f = newAgency();
        int capacity = Group.DEFAULT_CAPACITY;
        ExecutorService pool = Executors.newFixedThreadPool(capacityThreads());
        try {
            for (int round = 0; round < capacityRounds(); round++) {
                Group g = f.group(capacity, "north");
                write(f, (Transaction tx) -> {
                    tx.groups().insert(g);
                    return null;
                });
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Outcome>> results = new ArrayList<>();
                for (int i = 0; i < capacityCandidates(); i++) {
                    CaseId man = CaseId.random();
                    results.add(pool.submit(() -> {
                        start.await();
                        return write(f, (Transaction tx) -> tx.allocations().allocate(f.allocation(g.id(), man)));
                    }));
                }
                start.countDown();
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                for (Future<Outcome> r : results) {
                    counts.merge(r.get(2, TimeUnit.MINUTES), 1, Integer::sum);
                }
                assertThat(counts.get(Outcome.ALLOCATED)).as("round %d", round).isEqualTo(capacity);
                assertThat(counts.get(Outcome.GROUP_FULL)).isEqualTo(capacityCandidates() - capacity);
                assertThat(read(f, (Transaction tx) -> tx.allocations().activeInGroup(g.id()))).hasSize(capacity);
                GroupOccupancy occ = read(f, (Transaction tx) -> tx.reports().groupOccupancy()).stream()
                        .filter(o -> o.group().equals(g.id())).findFirst().orElseThrow();
                assertThat(occ.active()).isEqualTo(capacity);
                assertThat(occ.free()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void concurrentAppendsKeepTheOutboxStreamAndTheAuditChainWhole() throws Exception {
        Fixtures f = newAgency();
        UUID stream = UUID.randomUUID();
        int writers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(writers, capacityThreads()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            List<Future<Long>> audits = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // separate transactions for the two, so outbox appends really race each other
                results.add(pool.submit(() -> {
                    start.await();
                    return write(f, (Transaction tx) -> tx.outbox().append(new OutboxMessage(EventId.random(),
                            f.agencyId(), stream, "t", Fixtures.AT, false, "{}")));
                }));
                audits.add(pool.submit(() -> {
                    start.await();
                    return write(f, (Transaction tx) -> tx.audit().append(new AuditEntry(f.worker(),
                            AuditAction.UPDATE, "Case", stream, "", Fixtures.AT)).sequence());
                }));
            }
            start.countDown();
            List<Long> sequences = new ArrayList<>();
            for (Future<Long> r : results) {
                sequences.add(r.get(2, TimeUnit.MINUTES));
            }
            List<Long> auditSequences = new ArrayList<>();
            for (Future<Long> r : audits) {
                auditSequences.add(r.get(2, TimeUnit.MINUTES));
            }
            List<Long> expected = new ArrayList<>();
            for (long i = 1; i <= writers; i++) {
                expected.add(i);
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(auditSequences).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(read(f, (Transaction tx) -> tx.outbox().listForStream(stream)))
                    .extracting(OutboxEntry::streamSequence).containsExactlyElementsOf(expected);
            AuditVerification v = read(f, (Transaction tx) -> tx.audit().verify());
            assertThat(v.intact()).isTrue();
            assertThat(v.recordsChecked()).isEqualTo(writers);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- reports

    @Test
    public void reportQueriesEqualABruteForceComputationOverTheSameData() {
        Fixtures f = newAgency();
        Random random = new Random(20250106L);
        String[] areas = {"north", "south"};
        ReferralSource[] sources = {ReferralSource.PROBATION, ReferralSource.COURT, ReferralSource.SELF};
        List<Group> groups = List.of(f.group(12, "north"), f.group(8, "south"));
        List<GroupSession> sessions = new ArrayList<>();
        write(f, (Transaction tx) -> {
            groups.forEach(tx.groups()::insert);
            for (Group g : groups) {
                for (int s = 1; s <= 3; s++) {
                    GroupSession session = f.session(g, s);
                    sessions.add(session);
                    tx.groupSessions().insert(session);
                }
            }
            return null;
        });
        List<CaseId> allCases = new ArrayList<>();
        List<Participant> men = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            Participant p = f.participant(areas[random.nextInt(areas.length)]);
            men.add(p);
            Referral r = f.referral(p.id(), sources[random.nextInt(sources.length)],
                    Fixtures.BASE.plusDays(random.nextInt(120)), p.areaOfResidence());
            Group g = groups.get(random.nextInt(groups.size()));
            Case c = drive(f, f.openCase(p.id(), r.id()), g, random.nextInt(13));
            allCases.add(c.id());
            write(f, (Transaction tx) -> {
                tx.participants().insert(p);
                tx.referrals().insert(r);
                tx.cases().insert(c);
                if (c.hasStarted()) {
                    tx.allocations().allocate(f.allocation(g.id(), c.id()));
                    for (GroupSession s : sessions) {
                        if (s.group().equals(g.id())) {
                            AttendanceStatus[] st = AttendanceStatus.values();
                            tx.groupSessions().recordAttendance(f.attendance(s.id(), c.id(),
                                    st[random.nextInt(st.length)]));
                        }
                    }
                } else if (random.nextBoolean()) {
                    tx.allocations().addToWaitingList(new WaitingListEntry(f.agencyId(), g.id(), c.id(),
                            Fixtures.AT));
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    tx.oneToOnes().insert(f.oneToOne(c.id(), random.nextBoolean() ? AttendanceStatus.PRESENT
                            : AttendanceStatus.EXCUSED_ABSENCE));
                }
                return null;
            });
        }
        FunnelQuery q = new FunnelQuery(Fixtures.BASE.plusDays(20), Fixtures.BASE.plusDays(100));
        assertThat(read(f, (Transaction tx) -> tx.reports().funnel(q))).isEqualTo(read(f, (Transaction tx) -> OutcomeOracle.funnel(tx, men, q)));
        assertThat(read(f, (Transaction tx) -> tx.reports().funnel(q))).isNotEmpty();

        List<CaseAttendance> expected = read(f, (Transaction tx) -> bruteAttendance(tx, allCases));
        assertThat(read(f, (Transaction tx) -> tx.reports().attendanceByCase())).isEqualTo(expected);
        for (CaseId id : allCases.subList(0, 10)) {
            CaseAttendance one = read(f, (Transaction tx) -> tx.reports().attendanceForCase(id));
            assertThat(one).isEqualTo(expected.stream().filter(a -> a.caseId().equals(id)).findFirst()
                    .orElse(new CaseAttendance(id, 0, 0, 0, 0, Duration.ZERO, 0, Duration.ZERO)));
        }
        assertThat(read(f, (Transaction tx) -> tx.reports().groupOccupancy())).isEqualTo(read(f, (Transaction tx) -> bruteOccupancy(tx)));
    }

    /**
     * The outcome report and the funnel equal a brute-force computation per referral over random seeded caseloads with
     * re-referrals and moves between areas, for every breakdown, a shifting period and two hours targets.
     */
    @Test
    public void outcomeReportsEqualABruteForceComputationPerReferralOverRandomCaseloads() {
        long[] seeds = {1L, 20250106L, 77L};
        for (long seed : seeds) {
            Fixtures f = newAgency();
            Caseload load = Caseload.write(f, seed, reportCaseloadSize(), work -> write(f, work));
            Random random = new Random(seed);
            LocalDate from = Fixtures.BASE.plusDays(random.nextInt(60));
            LocalDate to = from.plusDays(200 + random.nextInt(400));
            List<OutcomeQuery> queries = new ArrayList<>();
            for (ReportDimension by : ReportDimension.values()) {
                queries.add(OutcomeQuery.of(from, to, by));
            }
            queries.add(new OutcomeQuery(Fixtures.BASE, Fixtures.BASE.plusYears(3), ReportDimension.AREA,
                    Duration.ofHours(6)));
            for (OutcomeQuery q : queries) {
                List<OutcomeRow> expected = read(f, (Transaction tx) -> OutcomeOracle.outcomes(tx, load.men, q));
                assertThat(read(f, (Transaction tx) -> tx.reports().outcomes(q))).as("seed %d, %s", seed, q)
                        .isEqualTo(expected);
            }
            for (OutcomeQuery q : queries) {
                Set<String> withAnswers = q.by() == ReportDimension.AREA ? Set.of("top") : Set.of();
                List<String> pairs = new ArrayList<>();
                read(f, (Transaction tx) -> {
                    tx.reports().scorePairs(q, withAnswers, p -> pairs.add(OutcomeOracle.text(p)));
                    return null;
                });
                pairs.sort(null);
                if (q.hoursTarget().equals(Duration.ofHours(6))) {
                    assertThat(pairs).as("pairs over three years, seed %d", seed).isNotEmpty()
                            .anyMatch(x -> x.contains("|top|") && x.contains("QOL"));
                }
                assertThat(pairs).as("pre/post pairs, seed %d, %s", seed, q)
                        .isEqualTo(read(f, (Transaction tx) -> OutcomeOracle.pairs(tx, load.men, q, withAnswers)));
            }
            FunnelQuery fq = new FunnelQuery(from, to);
            assertThat(read(f, (Transaction tx) -> tx.reports().funnel(fq))).as("funnel, seed %d", seed)
                    .isEqualTo(read(f, (Transaction tx) -> OutcomeOracle.funnel(tx, load.men, fq)));
            List<OutcomeRow> total = read(f, (Transaction tx) -> tx.reports().outcomes(
                    OutcomeQuery.of(Fixtures.BASE, Fixtures.BASE.plusYears(3), ReportDimension.TOTAL)));
            assertThat(total).singleElement().satisfies(t -> {
                assertThat(t.referred()).as("re-referrals count as referrals").isGreaterThan(load.men.size());
                assertThat(t.started()).isPositive();
                assertThat(t.starterHours()).isPositive();
            });
        }
    }

    /** A re-referred man who moved counts once in each area, each referral with only what happened under it. */
    @Test
    public void aReReferralIsItsOwnReferralInTheAreaItWasMadeIn() {
        Fixtures f = newAgency();
        Participant p = f.participant("north");
        Referral first = f.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE, "north");
        Referral second = f.referral(p.id(), ReferralSource.SELF, Fixtures.BASE.plusDays(60), "south");
        Case c = f.openCase(p.id(), first.id());
        c = f.apply(f.apply(c, new CaseCommand.StartScreening()), new CaseCommand.ReturnToReferrer(f.reason()));
        Case closed = f.apply(c, new CaseCommand.Close(f.reason(), f.supervisor()));
        write(f, (Transaction tx) -> {
            tx.participants().insert(p);
            tx.referrals().insert(first);
            tx.cases().insert(closed);
            return null;
        });
        Case again = f.apply(read(f, (Transaction tx) -> tx.cases().get(closed.id())),
                new CaseCommand.ReRefer(second.id()));
        write(f, (Transaction tx) -> {
            tx.referrals().insert(second);
            tx.cases().update(again);
            tx.participants().update(new Participant(p.id(), p.agency(), p.reference(), p.dateOfBirth(), "south"), 0);
            return null;
        });
        List<OutcomeRow> rows = read(f, (Transaction tx) -> tx.reports().outcomes(
                OutcomeQuery.of(Fixtures.BASE, Fixtures.BASE.plusDays(90), ReportDimension.AREA)));
        assertThat(rows).extracting(OutcomeRow::key).containsExactly("north", "south");
        assertThat(rows.get(0).referred()).isEqualTo(1);
        assertThat(rows.get(0).exits()).containsEntry(CaseStatus.RETURNED_TO_REFERRER, 1L);
        assertThat(rows.get(1).referred()).isEqualTo(1);
        assertThat(rows.get(1).screened()).isZero();
        assertThat(rows.get(1).exits().values()).containsOnly(0L);
        List<OutcomeRow> january = read(f, (Transaction tx) -> tx.reports().outcomes(
                OutcomeQuery.of(Fixtures.BASE, Fixtures.BASE.plusDays(30), ReportDimension.TOTAL)));
        assertThat(january).singleElement().satisfies(t -> {
            assertThat(t.referred()).as("January keeps his first referral").isEqualTo(1);
            assertThat(t.exits()).containsEntry(CaseStatus.RETURNED_TO_REFERRER, 1L);
        });
    }

    /** @return how many men each random caseload of the outcome property holds */
    protected int reportCaseloadSize() {
        return 30;
    }
    private static Case drive(Fixtures f, Case c, Group g, int path) {
        List<CaseCommand> screening = List.of(new CaseCommand.StartScreening());
        Case x = c;
        switch (path) {
            case 0 -> {
                return x;
            }
            case 1 -> {
                return f.apply(x, screening.get(0));
            }
            case 2 -> {
                return f.apply(f.apply(x, screening.get(0)), f.failScreening());
            }
            case 3 -> {
                return f.apply(f.apply(x, screening.get(0)), f.passScreening());
            }
            case 4 -> {
                return f.apply(f.apply(f.apply(x, screening.get(0)), f.passScreening()), f.decide(false));
            }
            case 5 -> {
                return f.apply(f.apply(f.apply(x, screening.get(0)), f.passScreening()), f.decide(true));
            }
            case 6 -> {
                return f.apply(f.apply(f.apply(f.apply(x, screening.get(0)), f.passScreening()), f.decide(true)),
                        new CaseCommand.Withdraw(f.reason()));
            }
            case 7 -> {
                return f.started(x, g.id());
            }
            case 8 -> {
                return f.apply(f.started(x, g.id()), new CaseCommand.Complete(true, "attended 11 of 12"));
            }
            case 9 -> {
                return f.apply(f.started(x, g.id()), new CaseCommand.Exclude(f.reason()));
            }
            case 10 -> {
                return f.apply(f.apply(x, screening.get(0)), new CaseCommand.ReturnToReferrer(f.reason()));
            }
            case 11 -> {
                return f.apply(f.started(x, g.id()), new CaseCommand.Withdraw(f.reason()));
            }
            default -> {
                Case done = f.apply(f.started(x, g.id()), new CaseCommand.Complete(true, "all sessions"));
                return f.apply(f.apply(done, new CaseCommand.StartAftercare()),
                        new CaseCommand.Close(f.reason(), f.supervisor()));
            }
        }
    }

    private static List<CaseAttendance> bruteAttendance(Transaction tx, List<CaseId> ids) {
        List<CaseAttendance> out = new ArrayList<>();
        for (CaseId id : ids) {
            List<Attendance> att = tx.groupSessions().attendanceForCase(id);
            List<OneToOneSession> ones = tx.oneToOnes().listForCase(id);
            if (att.isEmpty() && ones.isEmpty()) {
                continue;
            }
            Map<AttendanceStatus, Long> by = new EnumMap<>(AttendanceStatus.class);
            Duration group = Duration.ZERO;
            for (Attendance a : att) {
                by.merge(a.status(), 1L, Long::sum);
                group = group.plus(a.credited());
            }
            long onesAttended = ones.stream().filter(o -> o.status().attended()).count();
            Duration oneTime = ones.stream().map(OneToOneSession::credited).reduce(Duration.ZERO, Duration::plus);
            out.add(new CaseAttendance(id, by.getOrDefault(AttendanceStatus.PRESENT, 0L),
                    by.getOrDefault(AttendanceStatus.LATE, 0L), by.getOrDefault(AttendanceStatus.EXCUSED_ABSENCE, 0L),
                    by.getOrDefault(AttendanceStatus.UNEXCUSED_ABSENCE, 0L), group, onesAttended, oneTime));
        }
        out.sort(java.util.Comparator.comparing(a -> a.caseId().value().toString()));
        return out;
    }

    private static List<GroupOccupancy> bruteOccupancy(Transaction tx) {
        List<GroupOccupancy> out = new ArrayList<>();
        for (Group g : tx.groups().list()) {
            out.add(new GroupOccupancy(g.id(), g.name(), g.status(), g.capacity(),
                    tx.allocations().activeInGroup(g.id()).size(), tx.allocations().waitingList(g.id()).size()));
        }
        out.sort(java.util.Comparator.comparing(o -> o.group().value().toString()));
        return out;
    }
}
