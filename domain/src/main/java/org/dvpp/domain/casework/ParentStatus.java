package org.dvpp.domain.casework;

/** Whether he is a parent, and where his children live. */
public enum ParentStatus {
    /** no children */
    NOT_A_PARENT,
    /** a parent whose children live with him */
    CHILDREN_LIVE_WITH_HIM,
    /** a parent whose children live elsewhere */
    CHILDREN_LIVE_ELSEWHERE,
    /** a step-parent or social father in the household */
    STEP_OR_SOCIAL_PARENT,
    /** a baby is expected */
    EXPECTING,
    /** not known or not said */
    NOT_KNOWN;

    /** @return whether a fathering component is relevant to him */
    public boolean isParent() {
        return this != NOT_A_PARENT && this != NOT_KNOWN;
    }
}
