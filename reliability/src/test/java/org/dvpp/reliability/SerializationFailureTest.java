package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.programme.Groups.Placement;
import org.dvpp.storage.spi.TransactionRetriesExhaustedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checklist item 37 (R-REL-3): an enrolment ({@code Groups.allocate}, through the front door) whose first N attempts
 * fail with SQLSTATE 40001 (serialization failure) or 40P01 (deadlock), injected through the data source handed to
 * {@code DvppBuilder} either at the conflicting statement (the group counter's UPDATE) or at COMMIT. With the bound at
 * 5 attempts: N = 1..4 succeed on attempt N + 1 with exactly one audit row and one outbox event (the failed attempts
 * left nothing behind); N = 5 gives the typed {@link TransactionRetriesExhaustedException} and the whole database is as
 * before (no place, no audit row, no event).
 */
class SerializationFailureTest {
    static final int BOUND = 5;

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void item37_injectedSerializationFailuresAreRetriedWithinTheBoundWithoutDuplicatesAndTypedAfterIt(
            Databases.Kind kind) throws Exception {
        int injected = 0;
        int runs = 0;
        try (Databases.Database db = Databases.open(kind, 8); Programme p = new Programme(db, BOUND)) {
            for (String state : List.of("40001", "40P01")) {
                for (FaultyDataSource.Kind where : List.of(FaultyDataSource.Kind.STATEMENT,
                        FaultyDataSource.Kind.COMMIT)) {
                    for (int n = 1; n <= BOUND; n++) {
                        String label = kind + " SQLSTATE " + state + " at " + where + " on the first " + n
                                + " attempts";
                        GroupId group = p.group(12);
                        CaseId man = p.readyMen(1).get(0);
                        var before = db.snapshot();
                        AtomicInteger remaining = new AtomicInteger(n);
                        AtomicInteger hits = new AtomicInteger();
                        p.faults.arm((point, physical) -> {
                            boolean target = where == FaultyDataSource.Kind.COMMIT
                                    ? point.kind() == FaultyDataSource.Kind.COMMIT
                                    : point.kind() == FaultyDataSource.Kind.STATEMENT
                                            && point.sql().startsWith("UPDATE dv_group SET allocated = allocated + 1");
                            if (target) {
                                hits.incrementAndGet();
                                if (remaining.getAndDecrement() > 0) {
                                    physical.rollback(); // what the server does to a transaction it aborts
                                    throw new SQLException("injected conflict", state);
                                }
                            }
                        });
                        try {
                            if (n < BOUND) {
                                Placement placed = p.dvpp.groups().allocate(p.manager, group, man);
                                assertThat(placed.outcome()).as(label).isEqualTo(Placement.Outcome.PLACED);
                                assertThat(hits).as(label + ": attempts that reached the fault point").hasValue(n + 1);
                                assertThat(p.getCase(man).status()).as(label).isEqualTo(CaseStatus.IN_PROGRAMME);
                                assertThat(p.audit(man.value(), "groups.allocate")).as(label).hasSize(1);
                                assertThat(p.outbox(man)).as(label).hasSize(1);
                                assertThat(db.count("SELECT allocated FROM dv_group WHERE id = ?", group.value()))
                                        .as(label).isEqualTo(1);
                            } else {
                                assertThatThrownBy(() -> p.dvpp.groups().allocate(p.manager, group, man)).as(label)
                                        .isInstanceOf(TransactionRetriesExhaustedException.class);
                                assertThat(hits).as(label).hasValue(BOUND);
                                assertThat(db.snapshot()).as(label + ": nothing at all changed").isEqualTo(before);
                            }
                        } finally {
                            p.faults.disarm();
                        }
                        injected += n;
                        runs++;
                    }
                }
            }
            assertThat(p.verifyAudit().intact()).isTrue();
        }
        System.out.printf("item37 %s: %d scenarios, %d faults injected%n", kind, runs, injected);
    }
}
