package org.dvpp.programme;

import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.Case;

/** Progress through the curriculum, and completion decided by the curriculum's rule, never by hand. */
public interface Completion {

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId a case that has started
     * @return sessions attended, hours, missed and caught-up sessions, consecutive absences, and what is still unmet
     */
    Progress progress(ActingUser user, CaseId caseId);

    /**
     * Completes the man's programme if, and only if, the curriculum's completion rule is met; frees his group place and
     * tells partner support.
     *
     * @param user who asks (needs {@link Permission#MANAGE_CASE})
     * @param caseId a case in the programme
     * @return the case after
     * @throws org.dvpp.domain.casework.IllegalTransitionException with guard {@code COMPLETION_RULE_MET} when the rule is
     *     not met (its message lists what is unmet)
     */
    Case complete(ActingUser user, CaseId caseId);

    /**
     * His own schedule in his group: the meetings of his pass that he is due at, in order, with his register line once
     * taken. The meetings of the curriculum's fathering component are in it, marked, only when his latest recorded
     * parent status says he is a parent. Empty for a man on a one-to-one-only pathway.
     *
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId a case that has had a place
     * @return his meetings, earliest first
     */
    java.util.List<Meeting> schedule(ActingUser user, CaseId caseId);

    /**
     * One meeting of a man's own schedule.
     *
     * @param session the group session
     * @param sequence its place in the group's schedule
     * @param curriculumSession the curriculum session it delivers
     * @param title that session's title
     * @param start when it starts
     * @param status scheduled, delivered or cancelled
     * @param fathering whether it is a session of the fathering component
     * @param attendance his register line's status, once the register is taken
     */
    @org.dvpp.domain.Classified
    record Meeting(org.dvpp.domain.SessionId session, int sequence, int curriculumSession, String title,
            java.time.LocalDateTime start, org.dvpp.domain.group.SessionStatus status, boolean fathering,
            java.util.Optional<org.dvpp.domain.group.AttendanceStatus> attendance) {
    }
}
