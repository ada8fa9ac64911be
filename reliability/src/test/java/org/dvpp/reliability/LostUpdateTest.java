package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.storage.spi.OptimisticLockException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checklist item 36 (R-REL-1, Hermitage P4): a lost update is impossible.
 *
 * <p>Two writers in two real concurrent transactions both read a case at version n (a barrier holds each until both
 * have read), then both update it: exactly one commits, the other gets {@link OptimisticLockException}, and the stored
 * case is the winner's, at version n + 1, with exactly one new history entry.
 *
 * <p>A stateful property test (QuickTheories; failures print the seed and a shrunk history): a generated interleaving
 * of clients that read a case and later write a change based on what they read (the read-edit-save of a case
 * worker's screen, each step its own transaction), against a serial model that knows which version each client saw. At
 * every step the database's answer (committed, or {@code OptimisticLockException}) equals the model's, and at the end
 * every stored case equals the model's.
 */
class LostUpdateTest {
    static final int RACES = Integer.getInteger("dvpp.reliability.lostUpdateRaces", 50);
    static final int HISTORIES = Integer.getInteger("dvpp.reliability.lostUpdateHistories", 40);

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void item36_twoWritersAtTheSameVersionExactlyOneCommits(Databases.Kind kind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Databases.Database db = Databases.open(kind, 4); Programme p = new Programme(db, 5)) {
            int firstWon = 0;
            for (int race = 0; race < RACES; race++) {
                CaseId id = p.readyMen(1).get(0);
                Case read = p.getCase(id);
                CyclicBarrier bothRead = new CyclicBarrier(2);
                List<Future<Case>> writers = new ArrayList<>();
                for (String who : List.of("A", "B")) {
                    writers.add(pool.submit(() -> p.storage.inTransaction(p.agency, tx -> {
                        Case mine = tx.cases().get(id);
                        try {
                            bothRead.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException("the other writer never read", e);
                        }
                        return tx.cases().update(p.fx.apply(mine, new CaseCommand.Suspend("writer " + who)));
                    })));
                }
                List<Case> committed = new ArrayList<>();
                int refused = 0;
                for (Future<Case> w : writers) {
                    try {
                        committed.add(w.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(OptimisticLockException.class);
                        refused++;
                    }
                }
                assertThat(committed).as("race " + race).hasSize(1);
                assertThat(refused).isEqualTo(1);
                Case stored = p.getCase(id);
                assertThat(stored).isEqualTo(committed.get(0));
                assertThat(stored.version()).isEqualTo(read.version() + 1);
                assertThat(stored.history()).hasSize(read.history().size() + 1);
                assertThat(stored.status()).isEqualTo(CaseStatus.SUSPENDED);
                firstWon += committed.get(0).history().get(stored.history().size() - 1).reason()
                        .equals("writer A") ? 1 : 0;
            }
            System.out.printf("item36 %s: %d races of two writers at one version, writer A won %d, B %d%n", kind,
                    RACES, firstWon, RACES - firstWon);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One step of a history: a client reads a case, or writes its change to the copy it read. */
    private record Step(boolean write, int client, int caseIndex) {
        static Step decode(int x) {
            return new Step(x % 2 == 1, (x / 2) % CLIENTS, (x / (2 * CLIENTS)) % CASES);
        }

        @Override
        public String toString() {
            return (write ? "write" : "read") + "(client " + client + ", case " + caseIndex + ")";
        }
    }

    static final int CLIENTS = 3;
    static final int CASES = 2;

    /** The change a client makes to what it read: suspend an active case, resume a suspended one. */
    private static CaseCommand changeOf(Case c, int client) {
        return c.status() == CaseStatus.SUSPENDED ? new CaseCommand.Resume()
                : new CaseCommand.Suspend("client " + client);
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void item36_interleavedReadEditSaveHistoriesMatchASerialModel(Databases.Kind kind) throws Exception {
        int[] totals = new int[3]; // steps, commits, refusals
        try (Databases.Database db = Databases.open(kind, 4); Programme p = new Programme(db, 5)) {
            qt().withExamples(HISTORIES).withShrinkCycles(50)
                    .forAll(lists().of(integers().between(0, 2 * CLIENTS * CASES - 1)).ofSizeBetween(1, 24))
                    .checkAssert(xs -> {
                        List<CaseId> cases = p.readyMen(CASES);
                        // the serial model: each case's current state, and what each client last read
                        Map<CaseId, Case> model = new HashMap<>();
                        cases.forEach(c -> model.put(c, p.getCase(c)));
                        Map<Integer, Case> seen = new HashMap<>();
                        List<Step> history = new ArrayList<>();
                        for (int x : xs) {
                            Step s = Step.decode(x);
                            history.add(s);
                            CaseId id = cases.get(s.caseIndex());
                            totals[0]++;
                            if (!s.write()) {
                                Case read = p.storage.readOnly(p.agency, tx -> tx.cases().get(id));
                                assertThat(read).as(history.toString()).isEqualTo(model.get(id));
                                seen.put(s.client() * CASES + s.caseIndex(), read);
                                continue;
                            }
                            Case base = seen.get(s.client() * CASES + s.caseIndex());
                            if (base == null) {
                                continue; // nothing read yet: this client has no screen open on the case
                            }
                            Case changed;
                            try {
                                changed = p.fx.apply(base, changeOf(base, s.client()));
                            } catch (IllegalTransitionException e) {
                                continue;
                            }
                            boolean modelCommits = base.version() == model.get(id).version();
                            try {
                                Case stored = p.storage.inTransaction(p.agency, tx -> tx.cases().update(changed));
                                assertThat(modelCommits).as(history + ": the database committed a stale write")
                                        .isTrue();
                                model.put(id, stored);
                                totals[1]++;
                            } catch (OptimisticLockException e) {
                                assertThat(modelCommits).as(history + ": the database refused a current write")
                                        .isFalse();
                                totals[2]++;
                            }
                            // a client's screen is closed once it has saved or been refused
                            seen.remove(s.client() * CASES + s.caseIndex());
                        }
                        for (CaseId id : cases) {
                            Case stored = p.getCase(id);
                            assertThat(stored).as(history.toString()).isEqualTo(model.get(id));
                            assertThat(stored.history()).hasSize(model.get(id).history().size());
                        }
                    });
        }
        System.out.printf("item36 %s: %d generated histories, %d steps, %d writes committed, %d stale writes "
                + "refused%n", kind, HISTORIES, totals[0], totals[1], totals[2]);
    }
}
