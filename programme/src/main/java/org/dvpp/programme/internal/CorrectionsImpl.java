package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.VoidedRecord;
import org.dvpp.domain.group.Attendance;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Corrections;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;

/** Voiding mistaken records with a reason. */
final class CorrectionsImpl implements Corrections {
    private static final String REASON = "reason";
    private static final int REASON_MAX = 2000;
    private final Kernel k;

    /** @param kernel shared services */
    @Inject
    CorrectionsImpl(Kernel kernel) {
        this.k = kernel;
    }

    private static final Kernel.Op VOID_LINE = Kernel.Op.write("corrections.voidRegisterLine",
            Permission.VOID_RECORDS, AuditAction.UPDATE, "case");
    private static final Kernel.Op VOID_ASSESSMENT = Kernel.Op.write("corrections.voidAssessment",
            Permission.VOID_RECORDS, AuditAction.UPDATE, "case");
    private static final Kernel.Op VOID_CHECK_IN = Kernel.Op.write("corrections.voidCheckIn",
            Permission.VOID_RECORDS, AuditAction.UPDATE, "case");
    private static final Kernel.Op VOIDED = Kernel.Op.read("corrections.voided", Permission.VIEW_CASE, "case");

    @Override
    public VoidedRecord voidRegisterLine(ActingUser user, SessionId sessionId, CaseId caseId, String reason) {
        return k.run(user, VOID_LINE, "caseId", caseId, c -> c.required("sessionId", sessionId)
                .freeText(REASON, reason, REASON_MAX), tx -> {
            tx.cases().get(caseId);
            Attendance line = tx.groupSessions().register(sessionId).stream()
                    .filter(a -> a.caseId().equals(caseId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("register line", sessionId));
            tx.voids().voidAttendance(sessionId, caseId);
            return record(tx, user, caseId, VoidedRecord.Kind.ATTENDANCE, sessionId.value(), "register line "
                    + line.status() + " credited " + line.credited().toMinutes() + " minutes at session " + sessionId,
                    reason);
        });
    }

    @Override
    public VoidedRecord voidAssessment(ActingUser user, CaseId caseId, AssessmentId assessmentId, String reason) {
        return k.run(user, VOID_ASSESSMENT, "caseId", caseId, c -> c.required("assessmentId", assessmentId)
                .freeText(REASON, reason, REASON_MAX), tx -> {
            tx.cases().get(caseId);
            AssessmentRecord a = tx.assessments().find(assessmentId).filter(x -> x.caseId().equals(caseId))
                    .orElseThrow(() -> new NotFoundException("assessment", assessmentId));
            tx.voids().voidAssessment(assessmentId);
            return record(tx, user, caseId, VoidedRecord.Kind.ASSESSMENT, assessmentId.value(), "assessment "
                    + a.instrumentId() + " " + a.instrumentVersion() + " " + a.timePoint() + " completed on "
                    + a.completedOn(), reason);
        });
    }

    @Override
    public VoidedRecord voidCheckIn(ActingUser user, CaseId caseId, CheckInId checkInId, String reason) {
        return k.run(user, VOID_CHECK_IN, "caseId", caseId, c -> c.required("checkInId", checkInId)
                .freeText(REASON, reason, REASON_MAX), tx -> {
            tx.cases().get(caseId);
            MotivationCheckIn m = tx.motivationCheckIns().find(checkInId).filter(x -> x.caseId().equals(caseId))
                    .orElseThrow(() -> new NotFoundException("check-in", checkInId));
            tx.voids().voidCheckIn(checkInId);
            return record(tx, user, caseId, VoidedRecord.Kind.CHECK_IN, checkInId.value(), "check-in on " + m.on()
                    + " importance " + m.importance() + " confidence " + m.confidence() + " readiness "
                    + m.readiness(), reason);
        });
    }

    private VoidedRecord record(org.dvpp.storage.spi.Transaction tx, ActingUser user, CaseId caseId,
            VoidedRecord.Kind kind, UUID recordId, String description, String reason) {
        VoidedRecord v = new VoidedRecord(org.dvpp.domain.Uuids.v7(), user.agency(), caseId, kind, recordId, description,
                k.now(), user.id(), reason);
        tx.voids().record(v);
        return v;
    }

    @Override
    public List<VoidedRecord> voided(ActingUser user, CaseId caseId) {
        return k.run(user, VOIDED, "caseId", caseId, c -> { }, tx -> {
            tx.cases().get(caseId);
            return tx.voids().listForCase(caseId);
        });
    }
}
