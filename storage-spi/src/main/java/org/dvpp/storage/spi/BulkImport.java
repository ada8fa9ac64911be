package org.dvpp.storage.spi;

import java.util.List;
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

/**
 * Loads an agency's history from another system in large batches. Each call is one transaction: all of its records
 * are written or none. Records are validated (right agency) before anything is written; no outbox messages or audit
 * entries are produced (write one audit entry for the import yourself). Sensitive fields are encrypted as usual.
 * Import parents before children (participants, referrals, cases, groups, sessions, then attendance).
 * Allocations and waiting lists are not bulk-imported: make them through {@link AllocationRepository} so group
 * capacity stays enforced.
 *
 * <p>A long import that may be interrupted (the process killed, the connection lost) uses {@link #resumable(String)}:
 * each call's rows are committed together with a checkpoint, so running the same import again skips what was already
 * written instead of failing on duplicates or writing a record twice.
 *
 * @since 0.1
 */
public interface BulkImport {
    /**
     * A resumable view of this importer. Its calls are numbered 1, 2, 3... in the order they are made, and each call's
     * rows are written in one transaction together with a checkpoint naming the import, the call's number, its kind,
     * its row count and a fingerprint of its record ids. A call whose number is already checkpointed for this import is
     * not written again and returns 0; if that checkpoint is for another kind, count or set of ids, the call is refused
     * with an {@link org.dvpp.domain.InvalidInputException} (field {@code importId}, rule {@code same-batches}) and
     * nothing is written. To resume after an interruption, run the same calls again, in the same order, with the same
     * import id: the calls that committed are skipped and the rest are written, so no record is written twice. Two
     * processes running the same import at once cannot both write a call: the second fails on the checkpoint.
     *
     * @param importId names the import within the agency (1 to 120 characters, one line)
     * @return the resumable importer; not thread-safe
     * @throws StorageConfigurationException if this storage provider cannot resume imports
     * @since 0.1
     */
    default BulkImport resumable(String importId) {
        throw new StorageConfigurationException("this storage provider does not support resumable bulk imports");
    }

    /**
     * @param participants participants
     * @return how many were written
     */
    long participants(List<Participant> participants);

    /**
     * @param referrals referrals
     * @return how many were written
     */
    long referrals(List<Referral> referrals);

    /**
     * @param cases cases, with their history
     * @return how many were written
     */
    long cases(List<Case> cases);

    /**
     * @param people people at risk
     * @return how many were written
     */
    long peopleAtRisk(List<PersonAtRisk> people);

    /**
     * @param groups groups
     * @return how many were written
     */
    long groups(List<Group> groups);

    /**
     * @param sessions group sessions
     * @return how many were written
     */
    long groupSessions(List<GroupSession> sessions);

    /**
     * @param attendance attendance records
     * @return how many were written
     */
    long attendance(List<Attendance> attendance);

    /**
     * @param events risk events
     * @return how many were written
     */
    long riskEvents(List<RiskEvent> events);

    /**
     * @param entries information-sharing log entries
     * @return how many were written
     */
    long informationSharing(List<InformationSharingEntry> entries);

    /**
     * @param sessions one-to-one sessions
     * @return how many were written
     */
    long oneToOnes(List<OneToOneSession> sessions);

    /**
     * @param checkIns motivation check-ins
     * @return how many were written
     */
    long motivationCheckIns(List<MotivationCheckIn> checkIns);

    /**
     * @param referrals onward referrals
     * @return how many were written
     */
    long onwardReferrals(List<OnwardReferral> referrals);

    /**
     * @param assessments scored assessments with their answers
     * @return how many were written
     */
    long assessments(List<AssessmentRecord> assessments);
}
