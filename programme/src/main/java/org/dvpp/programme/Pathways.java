package org.dvpp.programme;

import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.casework.Case;

/**
 * How a man's programme is delivered: in a group (with the one-to-ones the curriculum plans beside it, if any; see
 * {@link Groups#allocate}), or as one-to-one work only, on a curriculum that declares a one-to-one pathway with its own
 * completion rule. Either way the curriculum's one-to-one cadence gives the one-to-ones he is expected to have; a
 * missed one raises an alert ({@link Alert.Kind#ONE_TO_ONE_MISSED}). Progress and completion of either pathway go
 * through {@link Completion}.
 */
public interface Pathways {

    /**
     * Starts the man's programme on the curriculum's one-to-one-only pathway, with the same start guards as a group
     * place; one-to-ones are due from today at the pathway's cadence.
     *
     * @param user who starts it (needs {@link Permission#MANAGE_GROUPS})
     * @param caseId a case awaiting a group
     * @param curriculumId a curriculum that declares a one-to-one pathway
     * @return the case after
     */
    Case startOneToOne(ActingUser user, CaseId caseId, String curriculumId);

    /**
     * The one-to-ones the man is expected to have by his curriculum's cadence, one per period, each held, missed or
     * still due. A period is held by an attended key-work or catch-up one-to-one dated within it.
     *
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId a case that has started
     * @return the periods so far, oldest first; empty when his pathway plans no one-to-ones
     */
    List<ExpectedOneToOne> expectedOneToOnes(ActingUser user, CaseId caseId);

    /**
     * One period of the one-to-one cadence.
     *
     * @param number the period, from 1
     * @param from its first day
     * @param until its last day
     * @param state held, missed or still due
     */
    @org.dvpp.domain.Classified
    record ExpectedOneToOne(int number, LocalDate from, LocalDate until, State state) {
        /** Where a period stands. */
        public enum State {
            /** an attended one-to-one falls in it */
            HELD,
            /** it is over and none was attended */
            MISSED,
            /** it has not ended yet and none has been attended */
            DUE
        }
    }
}
