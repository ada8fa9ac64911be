package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.programme.Groups.Placement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checklist item 35 (R-REL-2): 50 threads enrol 50 different men into one group of 12 at the same moment (a start
 * barrier), 200 rounds, through the front door ({@code Groups.allocate}) on a real server. Every round exactly 12 get a
 * place and 38 get the typed "group full" outcome (WAITING, on the waiting list), and the database agrees: the group's
 * counter, the active allocations and the cases in the programme are all 12. Run with the retry layer on (5 attempts)
 * and off ({@code transactionAttempts(1)}): the conditional counter update and its CHECK constraint hold alone.
 *
 * <p>Rounds: 200 on PostgreSQL, as the checklist asks. On MariaDB (same SQL, same backstop) 20 by default, to keep the
 * suite's time down: 200 rounds there were measured at 150 s (retries on) and 138 s (off) on the shared 2-core
 * machine, all passing; {@code -Ddvpp.reliability.mariadbCapacityRounds=200} runs them all.
 */
class GroupCapacityTest {
    static final int THREADS = 50;
    static final int CAPACITY = 12;
    static final int PG_ROUNDS = Integer.getInteger("dvpp.reliability.capacityRounds", 200);
    static final int MARIADB_ROUNDS = Integer.getInteger("dvpp.reliability.mariadbCapacityRounds", 20);

    @ParameterizedTest(name = "{0}, transaction attempts {1}")
    @CsvSource({"POSTGRESQL, 5", "POSTGRESQL, 1", "MARIADB, 5", "MARIADB, 1"})
    void item35_aGroupOfTwelveTakesExactlyTwelveOfFiftyConcurrentEnrolmentsEveryRound(Databases.Kind kind,
            int attempts) throws Exception {
        long started = System.nanoTime();
        final int rounds = kind == Databases.Kind.POSTGRESQL ? PG_ROUNDS : MARIADB_ROUNDS;
        try (Databases.Database db = Databases.open(kind, 16); Programme p = new Programme(db, attempts)) {
            long setupNanos = 0;
            long raceNanos = 0;
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try (Databases.Checker check = db.checker()) {
                for (int round = 1; round <= rounds; round++) {
                    long t0 = System.nanoTime();
                    GroupId group = p.group(CAPACITY);
                    List<CaseId> men = p.readyMen(THREADS);
                    long t1 = System.nanoTime();
                    setupNanos += t1 - t0;
                    CyclicBarrier start = new CyclicBarrier(THREADS);
                    List<Future<Placement>> results = new ArrayList<>();
                    for (CaseId man : men) {
                        results.add(pool.submit(() -> {
                            start.await();
                            return p.dvpp.groups().allocate(p.manager, group, man);
                        }));
                    }
                    Map<Placement.Outcome, Integer> outcomes = new EnumMap<>(Placement.Outcome.class);
                    for (Future<Placement> f : results) {
                        // any exception (a deadlock surfacing with retries off, a constraint violation) fails the round
                        outcomes.merge(f.get().outcome(), 1, Integer::sum);
                    }
                    raceNanos += System.nanoTime() - t1;
                    String where = kind + " round " + round + " of " + rounds + " (attempts " + attempts + ")";
                    assertThat(outcomes).as(where).containsEntry(Placement.Outcome.PLACED, CAPACITY)
                            .containsEntry(Placement.Outcome.WAITING, THREADS - CAPACITY);
                    // the database's own view, outside the SDK
                    assertThat(check.count("SELECT allocated FROM dv_group WHERE id = ?", group.value())).as(where)
                            .isEqualTo(CAPACITY);
                    assertThat(check.count("SELECT COUNT(*) FROM allocation WHERE group_id = ? AND status = 'ACTIVE'",
                            group.value())).as(where).isEqualTo(CAPACITY);
                    assertThat(check.count("SELECT COUNT(*) FROM waiting_list WHERE group_id = ?", group.value()))
                            .as(where).isEqualTo(THREADS - CAPACITY);
                    // every earlier round's men are still in (nobody left), so the total grows by exactly 12
                    assertThat(check.count("SELECT COUNT(*) FROM dv_case WHERE status = 'IN_PROGRAMME'")).as(where)
                            .isEqualTo((long) CAPACITY * round);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(p.verifyAudit().intact()).isTrue();
            System.out.printf("item35 %s attempts=%d: %d rounds x %d threads, %d enrolments, %.1f s (set-up %.1f s, "
                    + "the races %.1f s)%n", kind, attempts, rounds, THREADS, rounds * THREADS,
                    (System.nanoTime() - started) / 1e9, setupNanos / 1e9, raceNanos / 1e9);
        }
    }
}
