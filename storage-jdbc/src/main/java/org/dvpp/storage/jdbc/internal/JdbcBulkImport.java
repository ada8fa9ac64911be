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

/** Bulk import with JDBC batches (and, on PostgreSQL when enabled, COPY); each call is one transaction. */
final class JdbcBulkImport implements BulkImport {
    private final JdbcStorage storage;
    private final AgencyId agency;
    private final boolean copy;

    JdbcBulkImport(JdbcStorage storage, AgencyId agency, boolean copy) {
        this.storage = storage;
        this.agency = agency;
        this.copy = copy;
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
        if (rows.isEmpty()) {
            return 0;
        }
        return storage.withDb(agency, false, db -> {
            long n;
            if (copy) {
                n = PostgresCopy.copy(db, kind, sql, rows, params);
            } else {
                try (Db.Batch b = db.batch(kind, sql)) {
                    for (T t : rows) {
                        b.add(params.params(db, t));
                    }
                    n = b.finish();
                }
            }
            then.accept(db);
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
