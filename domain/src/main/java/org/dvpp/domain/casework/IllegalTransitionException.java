package org.dvpp.domain.casework;

import org.dvpp.domain.CaseId;
import org.dvpp.domain.DvppException;

/**
 * A case cannot make the requested change. The exception names the case, its current state, the requested change and
 * the guard that failed; the case is unchanged.
 */
public class IllegalTransitionException extends DvppException {
    private static final long serialVersionUID = 1L;

    private final CaseId caseId;
    private final CaseStatus current;
    private final String requested;
    private final Guard failedGuard;

    /**
     * @param caseId the case
     * @param current its current state
     * @param requested the requested change (a command name or target state)
     * @param failedGuard the guard that failed
     */
    public IllegalTransitionException(CaseId caseId, CaseStatus current, String requested, Guard failedGuard) {
        super("Case " + caseId + " is " + current + " and cannot " + requested + ": " + failedGuard + " ("
                + failedGuard.description() + ")");
        this.caseId = caseId;
        this.current = current;
        this.requested = requested;
        this.failedGuard = failedGuard;
    }

    /** @return the case */
    public CaseId caseId() {
        return caseId;
    }

    /** @return its state when the change was refused */
    public CaseStatus current() {
        return current;
    }

    /** @return the change that was refused */
    public String requested() {
        return requested;
    }

    /** @return the guard that failed */
    public Guard failedGuard() {
        return failedGuard;
    }
}
