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
 * @since 0.1
 */
public interface BulkImport {
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
