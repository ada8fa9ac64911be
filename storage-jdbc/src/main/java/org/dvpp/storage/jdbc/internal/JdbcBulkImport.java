package org.dvpp.storage.jdbc.internal;

import java.util.List;
import java.util.function.Function;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.BulkImport;

/**
 * Bulk import with JDBC batches (and, on PostgreSQL when enabled, COPY); each call is one transaction. A resumable
 * importer numbers its calls and writes a checkpoint row (table bulk_import_batch) in each call's transaction; a call
 * already checkpointed is skipped after checking it is the same batch.
 */
final class JdbcBulkImport implements BulkImport {
    private final JdbcStorage storage;
    private final AgencyId agency;
    private final boolean copy;
    private final @org.jspecify.annotations.Nullable String importId;
    private int calls;

    JdbcBulkImport(JdbcStorage storage, AgencyId agency, boolean copy) {
        this(storage, agency, copy, null);
    }

    private JdbcBulkImport(JdbcStorage storage, AgencyId agency, boolean copy,
            @org.jspecify.annotations.Nullable String importId) {
        this.storage = storage;
        this.agency = agency;
        this.copy = copy;
        this.importId = importId;
    }

    @Override
    public BulkImport resumable(String importId) {
        return new JdbcBulkImport(storage, agency, copy, Checks.text(importId, "importId", 120));
    }

    /** A record's stable identity, for a batch's fingerprint (ids only: nothing sensitive is hashed). */
    private static String keyOf(Object row) {
        if (row instanceof Attendance a) {
            return a.session().value() + "/" + a.caseId().value();
        }
        try {
            Object id = row.getClass().getMethod("id").invoke(row);
            return ((org.dvpp.domain.Identifier) id).value().toString();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("no id on " + row.getClass().getSimpleName(), e);
        }
    }

    private static String fingerprint(String kind, List<?> rows) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Object row : rows) {
                sha.update((byte) '\n');
                sha.update(keyOf(row).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return true when this resumable call was already committed (and is the same batch), false to write it */
    private boolean alreadyWritten(Db db, int call, String kind, long count, String fingerprint) {
        var recorded = db.one("SELECT kind, row_count, fingerprint FROM bulk_import_batch WHERE agency_id = ? "
                + "AND import_id = ? AND batch_no = ?", r -> List.of(r.str("kind"), String.valueOf(r.l("row_count")),
                        r.str("fingerprint")), db.agencyId, importId, call);
        if (recorded.isEmpty()) {
            return false;
        }
        if (!recorded.get().equals(List.of(kind, String.valueOf(count), fingerprint))) {
            throw new org.dvpp.domain.InvalidInputException("importId", "same-batches", "call " + call
                    + " of import '" + importId + "' was already written with other records (" + recorded.get().get(1)
                    + " " + recorded.get().get(0) + " rows); resume with the same calls in the same order");
        }
        return true;
    }

    private <T> long batch(List<T> rows, String field, Function<T, AgencyId> agencyOf, String kind, String sql,
            BatchRow<T> params) {
        return batch(rows, field, agencyOf, kind, sql, params, db -> { });
    }

    private <T> long batch(List<T> rows, String field, Function<T, AgencyId> agencyOf, String kind, String sql,
            BatchRow<T> params, java.util.function.Consumer<Db> then) {
        Checks.list(rows, field);
        for (T t : rows) {
            if (!agencyOf.apply(t).equals(agency)) {
                throw new org.dvpp.domain.InvalidInputException(field, "same-agency",
                        "every record must belong to agency " + agency);
            }
        }
        int call = ++calls; // every call of a resumable import has a number, even an empty one
        if (rows.isEmpty()) {
            return 0;
        }
        String fingerprint = importId == null ? "" : fingerprint(kind, rows);
        return storage.withDb(agency, false, db -> {
            if (importId != null && alreadyWritten(db, call, kind, rows.size(), fingerprint)) {
                return 0L;
            }
            long n;
            if (copy) {
                // every row's values first: sealing a value may read or make the man's data key, which needs the
                // connection, and a connection streaming COPY can run no other statement
                List<Object[]> values = new java.util.ArrayList<>(rows.size());
                for (T t : rows) {
                    values.add(params.params(db, t));
                }
                n = PostgresCopy.copy(db, kind, sql, values, (d, v) -> v);
            } else {
                try (Db.Batch b = db.batch(kind, sql)) {
                    for (T t : rows) {
                        b.add(params.params(db, t));
                    }
                    n = b.finish();
                }
            }
            then.accept(db);
            if (importId != null) {
                // the checkpoint commits with the rows, or neither does; a second writer of this call fails on its key
                db.insert("BulkImportBatch", importId + "#" + call, "INSERT INTO bulk_import_batch (agency_id, "
                        + "import_id, batch_no, kind, row_count, fingerprint) VALUES (?,?,?,?,?,?)", db.agencyId,
                        importId, call, kind, (long) rows.size(), fingerprint);
            }
            return n;
        });
    }

    /** Turns one record into its statement parameters. */
    @FunctionalInterface
    interface BatchRow<T> {
        Object[] params(Db db, T row);
    }

    @Override
    public long participants(List<Participant> participants) {
        return batch(participants, "participants", Participant::agency, "participant", ParticipantRepo.INSERT,
                (db, p) -> ParticipantRepo.params(p));
    }

    @Override
    public long referrals(List<Referral> referrals) {
        return batch(referrals, "referrals", Referral::agency, "referral", ReferralRepo.INSERT, ReferralRepo::params);
    }

    @Override
    public long cases(List<Case> cases) {
        return batch(cases, "cases", Case::agency, "dv_case", CaseRepo.INSERT, CaseRepo::insertParams, db -> {
            try (Db.Batch b = db.batch("CaseTransition", CaseRepo.INSERT_TRANSITION)) {
                for (Case c : cases) {
                    for (int i = 0; i < c.history().size(); i++) {
                        b.add(CaseRepo.transitionParams(db, c, i));
                    }
                }
                b.finish();
            }
            try (Db.Batch b = db.batch("Referral", ReferralRepo.LINK)) {
                for (Case c : cases) {
                    b.add(new Object[] {c.id(), c.episode(), db.agencyId, c.referral(), c.episode()});
                }
                b.finish();
            }
        });
    }

    @Override
    public long peopleAtRisk(List<PersonAtRisk> people) {
        return batch(people, "people", PersonAtRisk::agency, "person_at_risk", PersonAtRiskRepo.INSERT,
                PersonAtRiskRepo::params);
    }

    @Override
    public long groups(List<Group> groups) {
        return batch(groups, "groups", Group::agency, "dv_group", GroupRepo.INSERT, (db, g) -> GroupRepo.params(g));
    }

    @Override
    public long groupSessions(List<GroupSession> sessions) {
        return batch(sessions, "sessions", GroupSession::agency, "group_session", GroupSessionRepo.INSERT,
                (db, s) -> GroupSessionRepo.params(s));
    }

    @Override
    public long attendance(List<Attendance> attendance) {
        return batch(attendance, "attendance", Attendance::agency, "attendance", GroupSessionRepo.INSERT_ATTENDANCE,
                (db, a) -> GroupSessionRepo.params(a));
    }

    @Override
    public long riskEvents(List<RiskEvent> events) {
        return batch(events, "events", RiskEvent::agency, "risk_event", RiskEventRepo.INSERT, RiskEventRepo::params);
    }

    @Override
    public long informationSharing(List<InformationSharingEntry> entries) {
        return batch(entries, "entries", InformationSharingEntry::agency, "sharing_entry", SharingRepo.INSERT,
                SharingRepo::params);
    }

    @Override
    public long oneToOnes(List<OneToOneSession> sessions) {
        return batch(sessions, "sessions", OneToOneSession::agency, "one_to_one", OneToOneRepo.INSERT,
                (db, s) -> OneToOneRepo.params(s));
    }

    @Override
    public long motivationCheckIns(List<MotivationCheckIn> checkIns) {
        return batch(checkIns, "checkIns", MotivationCheckIn::agency, "check_in", CheckInRepo.INSERT,
                (db, c) -> CheckInRepo.params(c));
    }

    @Override
    public long onwardReferrals(List<OnwardReferral> referrals) {
        return batch(referrals, "referrals", OnwardReferral::agency, "onward_referral", OnwardReferralRepo.INSERT,
                (db, o) -> OnwardReferralRepo.params(o));
    }

    @Override
    public long assessments(List<AssessmentRecord> assessments) {
        return batch(assessments, "assessments", AssessmentRecord::agency, "assessment", AssessmentRepo.INSERT,
                AssessmentRepo::params);
    }
}
