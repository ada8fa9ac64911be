package org.dvpp.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.HoldKind;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Restriction;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.CaseDocument;
import org.dvpp.storage.spi.ErasedSubjectException;
import org.dvpp.storage.spi.Erasure;
import org.dvpp.storage.spi.RetentionCandidate;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.dvpp.storage.spi.DataRightsRepository}: a restricted man's records are left out of every
 * list, caseload and figure and read only by a transaction that reveals restricted men, until the restriction is
 * lifted, while the people at risk from him and their partner-support casework stay visible; an
 * erased man is hidden for good, nothing more can be written for him, and every other man is untouched; holds round-
 * trip; the retention job's candidates are exactly the men whose cases are all closed. Extend it and supply the
 * storage, as for {@link StorageContract}.
 */
public abstract class DataRightsContract {

    /** @return the storage under test (opened once, shared by the tests) */
    protected abstract Storage storage();

    /**
     * A man with a case, a referral, a person at risk with partner-support casework and a casework document.
     *
     * @param man the man
     * @param theCase his case
     * @param person the person at risk from him
     * @param document a casework document of his case
     */
    protected record Subject(Participant man, Case theCase, PersonAtRisk person, CaseDocument document) {
    }

    /** @return fixtures of a fresh, stored agency */
    protected Fixtures agency() {
        return Fixtures.stored(storage(), "ERASE");
    }

    /**
     * @param f the agency
     * @param close whether his case is closed (completed, then closed)
     * @return a stored man with every kind of record
     */
    protected Subject subject(Fixtures f, boolean close) {
        Participant p = f.participant("north");
        Referral r = f.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE);
        Case c = f.started(f.openCase(p.id(), r.id()), GroupId.random());
        if (close) {
            c = f.apply(c, new CaseCommand.Complete(true, "all-sessions"));
            c = f.apply(c, new CaseCommand.Close(f.reason(), f.supervisor()));
        }
        PersonAtRisk par = f.personAtRisk(p.id());
        CaseDocument doc = f.caseDocument(c.id(), "needs-assessment");
        Case stored = c;
        storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.participants().insert(p);
            tx.referrals().insert(r);
            tx.cases().insert(stored);
            tx.peopleAtRisk().insert(par);
            PartnerSupportContract.writeEveryKind(tx, f, par.id(), stored.id());
            tx.riskEvents().insert(f.riskEvent(stored.id()));
            tx.informationSharing().insert(f.sharing(stored.id()));
            tx.assessments().insert(f.assessment(stored.id()));
            tx.caseDocuments().insert(doc);
            tx.partnerSupport().assignWorker(par.id(), f.worker(), Fixtures.AT);
            return null;
        });
        return new Subject(p, c, par, doc);
    }

    /** What the lists, caseloads and figures show of a man, in one transaction. */
    private record Seen(boolean participant, boolean inList, boolean theCase, boolean inStatusList, boolean person,
            boolean inCaseload, boolean contacts, boolean document, boolean inDocuments) {
    }

    private Seen seen(Fixtures f, Subject s, boolean reveal) {
        return storage().readOnly(f.agencyId(), (Transaction tx) -> {
            if (reveal) {
                tx.dataRights().revealRestricted();
            }
            return new Seen(tx.participants().find(s.man().id()).isPresent(),
                    tx.participants().list(0, 1000).stream().anyMatch(p -> p.id().equals(s.man().id())),
                    tx.cases().find(s.theCase().id()).isPresent(),
                    tx.cases().idsWithStatus(s.theCase().status()).contains(s.theCase().id()),
                    tx.peopleAtRisk().find(s.person().id()).isPresent(),
                    tx.partnerSupport().caseload(f.worker()).contains(s.person().id()),
                    !tx.partnerSupport().contacts(s.person().id()).isEmpty(),
                    tx.caseDocuments().find(s.document().id()).isPresent(),
                    tx.caseDocuments().listForAgency("needs-assessment").stream()
                            .anyMatch(d -> d.id().equals(s.document().id())));
        });
    }

    private static final Seen ALL = new Seen(true, true, true, true, true, true, true, true, true);
    private static final Seen NONE = new Seen(false, false, false, false, false, false, false, false, false);
    /** A restriction hides his records, not the people at risk from him and their casework (hers, still needed). */
    private static final Seen HIS_HIDDEN = new Seen(false, false, false, false, true, true, true, false, false);

    @Test
    public void aRestrictedManIsLeftOutOfEveryListUntilRevealedOrLifted() {
        Fixtures f = agency();
        Subject s = subject(f, false);
        Subject other = subject(f, false);
        assertThat(seen(f, s, false)).isEqualTo(ALL);
        Restriction r = new Restriction(s.man().id(), Fixtures.AT, f.supervisor(), f.reason());
        storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.dataRights().restrict(r);
            return null;
        });
        assertThat(seen(f, s, false)).as("restricted").isEqualTo(HIS_HIDDEN);
        assertThat(seen(f, other, false)).as("another man").isEqualTo(ALL);
        assertThat(seen(f, s, true)).as("revealed").isEqualTo(ALL);
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.dataRights().restriction(s.man().id())))
                .contains(r);
        assertThat(storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().lift(s.man().id())))
                .isTrue();
        assertThat(seen(f, s, false)).as("lifted").isEqualTo(ALL);
        assertThat(storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().lift(s.man().id())))
                .isFalse();
    }

    @Test
    public void anErasedManIsHiddenForGoodAndNothingCanBeWrittenForHimAgain() {
        Fixtures f = agency();
        Subject s = subject(f, true);
        Subject other = subject(f, true);
        Erasure e = storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().erase(s.man().id(),
                f.supervisor(), Fixtures.AT, "REQUEST"));
        assertThat(e.valuesShredded()).as("values of his now unreadable").isGreaterThan(30);
        assertThat(e.valuesSealed()).as("everything was already under his own key").isZero();
        assertThat(seen(f, s, false)).isEqualTo(NONE);
        assertThat(seen(f, s, true)).as("revealing restricted men does not bring back an erased one").isEqualTo(NONE);
        assertThat(seen(f, other, false)).isEqualTo(ALL);
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.dataRights().erased(s.man().id())))
                .isTrue();
        assertThatThrownBy(() -> storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.peopleAtRisk().insert(f.personAtRisk(s.man().id()));
            return null;
        })).isInstanceOf(ErasedSubjectException.class);
        assertThatThrownBy(() -> storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.dataRights().restrict(new Restriction(s.man().id(), Fixtures.AT, f.supervisor(), "x"));
            return null;
        })).isInstanceOf(ErasedSubjectException.class);
        assertThatThrownBy(() -> storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights()
                .erase(s.man().id(), f.supervisor(), Fixtures.AT, "REQUEST")))
                .isInstanceOf(ErasedSubjectException.class);
        // the other man's records read exactly as written
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(other.person().id())))
                .contains(other.person());
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.cases().get(other.theCase().id())))
                .isEqualTo(other.theCase());
    }

    @Test
    public void holdsRoundTripAndAreReleasedOnce() {
        Fixtures f = agency();
        Subject s = subject(f, true);
        DataHold h = new DataHold(DataHoldId.random(), s.man().id(), HoldKind.LEGAL, Fixtures.AT, f.supervisor(),
                f.reason(), Optional.empty(), Optional.empty());
        storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.dataRights().placeHold(h);
            return null;
        });
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.dataRights().holds(s.man().id())))
                .containsExactly(h);
        Instant later = Fixtures.AT.plusSeconds(60);
        Optional<DataHold> released = storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights()
                .releaseHold(h.id(), f.worker(), later));
        assertThat(released).hasValueSatisfying(r -> {
            assertThat(r.inForce()).isFalse();
            assertThat(r.releasedAt()).contains(later);
            assertThat(r.releasedBy()).contains(f.worker());
            assertThat(r.reason()).isEqualTo(h.reason());
        });
        assertThat(storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().releaseHold(h.id(),
                f.worker(), later))).isEmpty();
    }

    @Test
    public void retentionCandidatesAreTheMenWhoseCasesAreAllClosed() {
        Fixtures f = agency();
        Subject closed = subject(f, true);
        Subject open = subject(f, false);
        Subject restricted = subject(f, true);
        storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.dataRights().restrict(new Restriction(restricted.man().id(), Fixtures.AT, f.supervisor(), "r"));
            return null;
        });
        List<RetentionCandidate> candidates = storage().readOnly(f.agencyId(), (Transaction tx) -> tx.dataRights()
                .retentionCandidates());
        assertThat(candidates).extracting(RetentionCandidate::subject).containsExactly(closed.man().id());
        RetentionCandidate c = candidates.get(0);
        assertThat(c.closedFrom()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.startedProgramme()).isTrue();
        assertThat(c.closedAt()).isEqualTo(Fixtures.AT);
        assertThat(open.theCase().status()).isNotEqualTo(CaseStatus.CLOSED);
        storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().erase(closed.man().id(),
                f.supervisor(), Fixtures.AT, "RETENTION"));
        assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.dataRights().retentionCandidates()))
                .isEmpty();
    }

    @Test
    public void firstWritesForOneManAtOnceAllCommitUnderOneKey() throws Exception {
        Fixtures f = agency();
        Participant p = f.participant("north");
        storage().inTransaction(f.agencyId(), (Transaction tx) -> {
            tx.participants().insert(p); // no encrypted value yet: he has no key
            return null;
        });
        int threads = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<PersonAtRisk>> done = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    PersonAtRisk par = f.personAtRisk(p.id());
                    start.await();
                    storage().inTransaction(f.agencyId(), (Transaction tx) -> {
                        tx.peopleAtRisk().insert(par);
                        return null;
                    });
                    return par;
                }));
            }
            for (java.util.concurrent.Future<PersonAtRisk> d : done) {
                PersonAtRisk written = d.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(storage().readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk()
                        .find(written.id()))).contains(written);
            }
        } finally {
            pool.shutdownNow();
        }
        // one key serves them all: erasing him makes every one of them unreadable
        Erasure e = storage().inTransaction(f.agencyId(), (Transaction tx) -> tx.dataRights().erase(p.id(),
                f.supervisor(), Fixtures.AT, "REQUEST"));
        assertThat(e.valuesShredded()).isEqualTo(threads * 5L);
        assertThat(e.valuesSealed()).isZero();
    }
}
