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
}
