package org.dvpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.programme.ErasureReceipt;
import org.dvpp.programme.Groups.Placement;
import org.dvpp.programme.Safety;
import org.dvpp.programme.SubjectRecord;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checklist item 38 (R-ASVS-10, R-REL-5, R-REL-6): the server session behind the SDK's connection is killed
 * (pg_terminate_backend / KILL CONNECTION, from a second connection) at each statement, in turn, of four front-door
 * changes: enrolment ({@code Groups.allocate}), leaving the programme, which frees the place ({@code Cases.withdraw}),
 * case closure ({@code Cases.close}) and erasure by crypto-shredding ({@code DataRights.erase}); also just before
 * COMMIT, and just after a COMMIT whose acknowledgement is then lost (the kill lands after the server committed and the
 * client sees a connection error). Every statement is found by a fault-free run that numbers them, so a new statement
 * in the SDK becomes a new kill point by itself. On 2026-12-03 they were 25 (enrolment), 22 (withdrawal), 19 (closure)
 * and 35 (erasure) on MariaDB, 38 for erasure on PostgreSQL: 101 and 104 kill points, each counting the one after COMMIT.
 *
 * <p>After each kill the whole database (every row of every table) is either exactly as before, or differs from it
 * exactly as the fault-free run's change did (same tables, same number of rows added and removed), and the agency's
 * audit chain verifies. Each change has its own {@link Expect}ation of the two states, checked after every kill and
 * also on the fault-free run's subject before and after its change (so that a check which cannot hold in the state it
 * claims fails there, not silently):
 * <ul>
 *   <li>the three case changes: the case is in the matching status, the outbox holds the change's event if and only if
 *       it committed, and its audit entry likewise;</li>
 *   <li>erasure (no status, no event) of a man whose case is closed, with a partner at risk recorded through the front
 *       door and no hold: before, his data key is live, his reference is his own, his whole record (his partner's
 *       contact details and his cases' history with their reasons) reads through the front door exactly as it did,
 *       and there is no erasure audit entry; after, his key is destroyed, his reference replaced, he is marked erased,
 *       his record and his case read as not found through the front door, and the audit log holds the one entry
 *       {@code dataRights.erase basis REQUEST sealed n shredded m} with the fault-free run's counts. Neither state
 *       admits any part of the other (a destroyed key with his reference kept, say). His stream's outbox never
 *       changes.</li>
 * </ul>
 */
class KilledConnectionTest {

    /**
     * One front-door change: how to make its subject, run it, the tables its fault-free run must change (and must
     * leave), and its expectation of the before- and after-states.
     */
    private record Op(String name, Function<Programme, Subject> setUp, BiFunction<Programme, Subject, Object> run,
            List<String> changes, List<String> leaves, Expect expect) {
    }

    /**
     * The man a change is made to: his case, his participant id, the group involved (null when none), and his
     * record as the front door read it just before the change (empty when the change does not need it).
     */
    private record Subject(CaseId man, ParticipantId who, GroupId group, Optional<SubjectRecord> seen) {
        static Subject of(Programme p, CaseId man, GroupId group) {
            return new Subject(man, p.getCase(man).participant(), group, Optional.empty());
        }
    }

    /**
     * What is known when a state is checked.
     *
     * @param committed whether the database shows the change (else it must show nothing of it)
     * @param before the whole database just before the change was attempted
     * @param faultFree what the fault-free run's call returned (null while that run has not happened yet)
     * @param label what to name in a failure
     */
    private record Outcome(boolean committed, Map<String, List<String>> before, Object faultFree, String label) {
    }

    /** A change's own expectation of the before- or after-state. */
    @FunctionalInterface
    private interface Expect {
        void check(Programme p, Subject s, Outcome o) throws Exception;
    }

    private static GroupId placeIn(Programme p, CaseId man) {
        GroupId g = p.group(12);
        assertThat(p.dvpp.groups().allocate(p.manager, g, man).outcome()).isEqualTo(Placement.Outcome.PLACED);
        return g;
    }

    /** A case change: its status, and its event and its audit entry (under the case) iff it committed. */
    private static Expect caseChange(String auditName, CaseStatus before, CaseStatus after) {
        return (p, s, o) -> {
            assertThat(p.getCase(s.man()).status()).as(o.label()).isEqualTo(o.committed() ? after : before);
            assertThat(p.audit(s.man().value(), auditName)).as(o.label() + ": audit iff committed")
                    .hasSize(o.committed() ? 1 : 0);
            assertThat(p.outbox(s.man()).size() - outboxBefore(o.before(), s.man())).as(o.label()
                    + ": event iff committed").isEqualTo(o.committed() ? 1 : 0);
        };
    }

    private static final String PARTNER = "Sam Reliability-Partner";
    private static final String CLOSURE_REASON = "withdrew; nothing further to do";

    /** A man with a partner at risk recorded, placed, withdrawn and his case closed: one erasure is allowed for. */
    private static Subject erasable(Programme p) {
        CaseId man = p.readyMen(1).get(0);
        p.dvpp.safety().addPersonAtRisk(p.caseManager, man, new Safety.NewPersonAtRisk(Relationship.PARTNER,
                new ContactDetails(PARTNER, Optional.empty(), "07700 900461", "4 Kill Point Lane",
                        "weekday mornings; never leave a voicemail"), false));
        GroupId g = placeIn(p, man);
        p.dvpp.cases().withdraw(p.caseManager, man, "moved out of the area");
        p.dvpp.cases().close(p.supervisor, man, CLOSURE_REASON);
        ParticipantId who = p.getCase(man).participant();
        SubjectRecord seen = p.dvpp.dataRights().restrictedRecord(p.dataProtectionOfficer, who);
        return new Subject(man, who, g, Optional.of(seen));
    }

    /** Erasure: all of the before-state or all of the after-state, never a part of each. */
    private static void erasure(Programme p, Subject s, Outcome o) throws Exception {
        Databases.Database db = p.db;
        UUID agency = p.agency.value();
        UUID who = s.who().value();
        String label = o.label();
        SubjectRecord seen = s.seen().orElseThrow();
        long liveKeys = db.count("SELECT COUNT(*) FROM subject_key WHERE agency_id = ? AND subject_id = ? "
                + "AND key_enc IS NOT NULL AND erased_at_nanos IS NULL", agency, who);
        long destroyedKeys = db.count("SELECT COUNT(*) FROM subject_key WHERE agency_id = ? AND subject_id = ? "
                + "AND key_enc IS NULL AND erased_at_nanos IS NOT NULL", agency, who);
        long erasedMarks = db.count("SELECT COUNT(*) FROM subject_status WHERE agency_id = ? AND subject_id = ? "
                + "AND state = 'ERASED'", agency, who);
        String reference = db.text("SELECT ref_code FROM participant WHERE agency_id = ? AND id = ?", agency, who);
        List<AuditEntry> erasures = p.audit(who, "dataRights.erase");
        assertThat(p.outbox(s.man()).size()).as(label + ": erasure emits no event")
                .isEqualTo(outboxBefore(o.before(), s.man()));
        if (!o.committed()) {
            assertThat(liveKeys).as(label + ": his data key is live").isEqualTo(1);
            assertThat(destroyedKeys).as(label + ": his data key is not destroyed").isZero();
            assertThat(erasedMarks).as(label + ": he is not marked erased").isZero();
            assertThat(reference).as(label + ": his reference is his own").isEqualTo(seen.participant().reference());
            assertThat(erasures).as(label + ": no erasure audit entry").isEmpty();
            SubjectRecord now = p.dvpp.dataRights().restrictedRecord(p.dataProtectionOfficer, s.who());
            assertThat(now).as(label + ": his record reads through the front door as before").isEqualTo(seen);
            assertThat(now.peopleAtRisk()).as(label + ": his partner's P0 details read")
                    .extracting(x -> x.contact().name()).containsExactly(PARTNER);
            assertThat(now.cases()).as(label + ": his case's history reads, reasons and all").singleElement()
                    .satisfies(c -> assertThat(c.history()).extracting(t -> t.reason()).contains(CLOSURE_REASON));
        } else {
            assertThat(liveKeys).as(label + ": no live data key of his").isZero();
            assertThat(destroyedKeys).as(label + ": his data key is destroyed").isEqualTo(1);
            assertThat(erasedMarks).as(label + ": he is marked erased").isEqualTo(1);
            assertThat(reference).as(label + ": his reference is replaced").isNotNull()
                    .isNotEqualTo(seen.participant().reference()).startsWith("erased-");
            ErasureReceipt r = (ErasureReceipt) o.faultFree();
            assertThat(r.valuesShredded()).as(label + ": the fault-free erasure shredded values of his").isPositive();
            assertThat(erasures).as(label + ": the one erasure audit entry, with the fault-free run's counts")
                    .singleElement().satisfies(e -> {
                        assertThat(e.action()).isEqualTo(AuditAction.DELETE);
                        assertThat(e.purpose()).isEqualTo("dataRights.erase basis REQUEST sealed "
                                + r.valuesSealed() + " shredded " + r.valuesShredded());
                    });
            assertThatThrownBy(() -> p.dvpp.dataRights().restrictedRecord(p.dataProtectionOfficer, s.who()))
                    .as(label + ": his record is gone from the front door").isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> p.dvpp.cases().get(p.supervisor, s.man()))
                    .as(label + ": his case is gone from the front door").isInstanceOf(NotFoundException.class);
        }
    }

    private static final List<Op> OPS = List.of(
            new Op("enrolment", p -> Subject.of(p, p.readyMen(1).get(0), p.group(12)),
                    (p, s) -> p.dvpp.groups().allocate(p.manager, s.group(), s.man()),
                    List.of("outbox", "audit_log", "dv_case"), List.of(),
                    caseChange("groups.allocate", CaseStatus.AWAITING_GROUP, CaseStatus.IN_PROGRAMME)),
            new Op("withdrawal (frees his place)", p -> {
                CaseId man = p.readyMen(1).get(0);
                return Subject.of(p, man, placeIn(p, man));
            }, (p, s) -> p.dvpp.cases().withdraw(p.caseManager, s.man(), "moved out of the area"),
                    List.of("outbox", "audit_log", "dv_case"), List.of(),
                    caseChange("cases.withdraw", CaseStatus.IN_PROGRAMME, CaseStatus.WITHDRAWN)),
            new Op("closure", p -> {
                CaseId man = p.readyMen(1).get(0);
                GroupId g = placeIn(p, man);
                p.dvpp.cases().withdraw(p.caseManager, man, "moved out of the area");
                return Subject.of(p, man, g);
            }, (p, s) -> p.dvpp.cases().close(p.supervisor, s.man(), CLOSURE_REASON),
                    List.of("outbox", "audit_log", "dv_case"), List.of(),
                    caseChange("cases.close", CaseStatus.WITHDRAWN, CaseStatus.CLOSED)),
            new Op("erasure", KilledConnectionTest::erasable,
                    (p, s) -> p.dvpp.dataRights().erase(p.dataProtectionOfficer, s.who()),
                    List.of("subject_key", "participant", "subject_status", "audit_log"), List.of("outbox"),
                    KilledConnectionTest::erasure));

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
                long started = System.nanoTime();
                // the fault-free run: its subject in the before-state, then the points numbered, the change's shape
                // recorded and the after-state checked
                Subject ref = op.setUp().apply(p);
                op.expect().check(p, ref, new Outcome(false, db.snapshot(), null, kind + " " + op.name()
                        + " before the fault-free run"));
                var refBefore = db.snapshot();
                p.faults.arm((point, physical) -> { });
                Object faultFree;
                try {
                    faultFree = op.run().apply(p, ref);
                } finally {
                    p.faults.disarm();
                }
                List<FaultyDataSource.Point> points = p.faults.seen().stream()
                        .filter(x -> x.kind() != FaultyDataSource.Kind.AFTER_COMMIT).toList();
                Map<String, List<Integer>> change = shape(refBefore, db.snapshot());
                assertThat(points).as(op.name() + " points").isNotEmpty()
                        .last().extracting(FaultyDataSource.Point::kind).isEqualTo(FaultyDataSource.Kind.COMMIT);
                assertThat(change).as(op.name() + " changes these tables").containsKeys(op.changes().toArray(
                        String[]::new)).doesNotContainKeys(op.leaves().toArray(String[]::new));
                op.expect().check(p, ref, new Outcome(true, refBefore, faultFree, kind + " " + op.name()
                        + " fault-free"));

                int before = 0;
                int after = 0;
                // kill at point k (before it runs) for every k, then once after the commit (acknowledgement lost)
                for (int k = 1; k <= points.size() + 1; k++) {
                    boolean afterCommit = k == points.size() + 1;
                    String label = kind + " " + op.name() + (afterCommit ? " killed after COMMIT"
                            : " killed at point " + k + " of " + points.size() + " (" + points.get(k - 1).sql() + ")");
                    Subject subject = op.setUp().apply(p);
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
                        op.run().apply(p, subject);
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
                    op.expect().check(p, subject, new Outcome(committed, snapBefore, faultFree, label));
                    assertThat(p.verifyAudit().intact()).as(label + ": audit chain").isTrue();
                    if (afterCommit) {
                        assertThat(committed).as(label + ": the server had committed").isTrue();
                    }
                }
                report.add(op.name() + ": " + (points.size() + 1) + " kill points (" + (points.size() - 1)
                        + " statements, COMMIT, after COMMIT): " + before + " left the before-state, " + after
                        + " the after-state; " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
        report.forEach(r -> System.out.println("item38 " + kind + " " + r));
    }

    /** How many outbox entries the man's stream held in a snapshot. */
    private static int outboxBefore(Map<String, List<String>> snapshot, CaseId man) {
        String id = man.value().toString();
        return (int) snapshot.getOrDefault("outbox", List.of()).stream().filter(r -> r.contains("stream_id=" + id))
                .count();
    }
}
