package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.programme.Groups.Placement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checklist item 38 (R-ASVS-10, R-REL-5, R-REL-6): the server session behind the SDK's connection is killed
 * (pg_terminate_backend / KILL CONNECTION, from a second connection) at each statement, in turn, of three front-door
 * changes: enrolment ({@code Groups.allocate}), leaving the programme, which frees the place ({@code Cases.withdraw}),
 * and case closure ({@code Cases.close}); also just before COMMIT, and just after a COMMIT whose acknowledgement is then
 * lost (the kill lands after the server committed and the client sees a connection error). Every statement is found by
 * a fault-free run that numbers them, so a new statement in the SDK becomes a new kill point by itself.
 *
 * <p>After each kill the whole database (every row of every table) is either exactly as before, or differs from it
 * exactly as the fault-free run's change did (same tables, same number of rows added and removed); the case is in the
 * matching state; the outbox holds the change's event if and only if it committed, and its audit entry likewise; the
 * agency's audit chain verifies. Erasure ({@code dataRights().erase}, which changes no case status and emits no event)
 * is not covered here yet: its kill points need their own expectations.
 */
class KilledConnectionTest {

    /** One front-door change: how to make its subject, run it, and the status it leaves. */
    private record Op(String name, String auditName, Function<Programme, Subject> setUp,
            java.util.function.BiConsumer<Programme, Subject> run, CaseStatus before, CaseStatus after) {
    }

    /** The man a change is made to, and the group involved. */
    private record Subject(CaseId man, GroupId group) {
    }

    private static GroupId placeIn(Programme p, CaseId man) {
        GroupId g = p.group(12);
        assertThat(p.dvpp.groups().allocate(p.manager, g, man).outcome()).isEqualTo(Placement.Outcome.PLACED);
        return g;
    }

    private static final List<Op> OPS = List.of(
            new Op("enrolment", "groups.allocate", p -> new Subject(p.readyMen(1).get(0), p.group(12)),
                    (p, s) -> p.dvpp.groups().allocate(p.manager, s.group(), s.man()),
                    CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME),
            new Op("withdrawal (frees his place)", "cases.withdraw", p -> {
                CaseId man = p.readyMen(1).get(0);
                return new Subject(man, placeIn(p, man));
            }, (p, s) -> p.dvpp.cases().withdraw(p.caseManager, s.man(), "moved out of the area"),
                    CaseStatus.IN_PROGRAMME, CaseStatus.WITHDRAWN),
            new Op("closure", "cases.close", p -> {
                CaseId man = p.readyMen(1).get(0);
                GroupId g = placeIn(p, man);
                p.dvpp.cases().withdraw(p.caseManager, man, "moved out of the area");
                return new Subject(man, g);
            }, (p, s) -> p.dvpp.cases().close(p.supervisor, s.man(), "withdrew; nothing further to do"),
                    CaseStatus.WITHDRAWN, CaseStatus.CLOSED));

    /** Per table: rows that left and rows that arrived between two snapshots. */
    private static Map<String, List<Integer>> shape(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (String t : after.keySet()) {
            Map<String, Integer> counts = new HashMap<>();
            before.getOrDefault(t, List.of()).forEach(r -> counts.merge(r, 1, Integer::sum));
            int added = 0;
            for (String r : after.get(t)) {
                if (counts.merge(r, -1, Integer::sum) < 0) {
                    added++;
                }
            }
            int removed = counts.values().stream().mapToInt(v -> Math.max(v, 0)).sum();
            if (added > 0 || removed > 0) {
                out.put(t, List.of(removed, added));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void item38_aConnectionKilledAtAnyStatementLeavesTheWholeBeforeOrAfterStateWithEventAndAuditOnlyIfCommitted(
            Databases.Kind kind) throws Exception {
        List<String> report = new ArrayList<>();
        try (Databases.Database db = Databases.open(kind, 8); Programme p = new Programme(db, 5)) {
            for (Op op : OPS) {
                // the fault-free run: number the points and record the change's shape
                Subject ref = op.setUp().apply(p);
                var refBefore = db.snapshot();
                p.faults.arm((point, physical) -> { });
                op.run().accept(p, ref);
                List<FaultyDataSource.Point> points = p.faults.seen().stream()
                        .filter(x -> x.kind() != FaultyDataSource.Kind.AFTER_COMMIT).toList();
                p.faults.disarm();
                Map<String, List<Integer>> change = shape(refBefore, db.snapshot());
                assertThat(points).as(op.name() + " points").isNotEmpty()
                        .last().extracting(FaultyDataSource.Point::kind).isEqualTo(FaultyDataSource.Kind.COMMIT);
                assertThat(change).as(op.name() + " changes the outbox and the audit log")
                        .containsKeys("outbox", "audit_log", "dv_case");

                int before = 0;
                int after = 0;
                // kill at point k (before it runs) for every k, then once after the commit (acknowledgement lost)
                for (int k = 1; k <= points.size() + 1; k++) {
                    boolean afterCommit = k == points.size() + 1;
                    String label = kind + " " + op.name() + (afterCommit ? " killed after COMMIT"
                            : " killed at point " + k + " of " + points.size() + " (" + points.get(k - 1).sql() + ")");
                    Subject subject = op.setUp().apply(p);
                    CaseId man = subject.man();
                    var snapBefore = db.snapshot();
                    int target = k;
                    p.faults.arm((point, physical) -> {
                        if (!afterCommit && point.kind() != FaultyDataSource.Kind.AFTER_COMMIT
                                && point.index() == target) {
                            db.killSessionOf(physical);
                            p.faults.killed(physical);
                        } else if (afterCommit && point.kind() == FaultyDataSource.Kind.AFTER_COMMIT) {
                            db.killSessionOf(physical);
                            p.faults.killed(physical);
                            throw new SQLException("connection lost before the commit was acknowledged", "08006");
                        }
                    });
                    Throwable failure = null;
                    try {
                        op.run().accept(p, subject);
                    } catch (DvppException e) {
                        failure = e;
                    } finally {
                        p.faults.disarm();
                    }
                    var snapAfter = db.snapshot();
                    Map<String, List<Integer>> diff = shape(snapBefore, snapAfter);
                    boolean committed = !diff.isEmpty();
                    if (committed) {
                        assertThat(diff).as(label + ": a partial change").isEqualTo(change);
                        after++;
                    } else {
                        assertThat(snapAfter).as(label).isEqualTo(snapBefore);
                        assertThat(failure).as(label + ": nothing committed, so the call must have failed")
                                .isNotNull();
                        before++;
                    }
                    assertThat(p.getCase(man).status()).as(label).isEqualTo(committed ? op.after() : op.before());
                    assertThat(p.audit(man.value(), op.auditName())).as(label + ": audit iff committed")
                            .hasSize(committed ? 1 : 0);
                    assertThat(p.outbox(man).size() - outboxAfterSetUp(snapBefore, p, man)).as(label
                            + ": event iff committed").isEqualTo(committed ? 1 : 0);
                    assertThat(p.verifyAudit().intact()).as(label + ": audit chain").isTrue();
                    if (afterCommit) {
                        assertThat(committed).as(label + ": the server had committed").isTrue();
                    }
                }
                report.add(op.name() + ": " + (points.size() + 1) + " kill points (" + (points.size() - 1)
                        + " statements, COMMIT, after COMMIT): " + before + " left the before-state, " + after
                        + " the after-state");
            }
        }
        report.forEach(r -> System.out.println("item38 " + kind + " " + r));
    }

    /** How many outbox entries the man's stream held before the call (those his set-up made). */
    private static int outboxAfterSetUp(Map<String, List<String>> snapBefore, Programme p, CaseId man) {
        String id = man.value().toString();
        return (int) snapBefore.getOrDefault("outbox", List.of()).stream().filter(r -> r.contains("stream_id=" + id))
                .count();
    }
}
