package org.dvpp.domain.casework;

import java.time.Instant;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * One line of a case's history: a change of state, who made it, when and why. History is only ever appended to.
 *
 * @param episode the episode (1 for the first referral, one more for each re-referral)
 * @param from the state before
 * @param to the state after
 * @param command the command's code
 * @param reason the reason given, or empty (sensitive)
 * @param actor who made the change
 * @param at when
 */
@org.dvpp.domain.Classified
public record CaseTransition(int episode, CaseStatus from, CaseStatus to, String command, @Sensitive(DataClass.P0) @FreeText String reason,
        UserId actor, Instant at) {
    /** Checks every part. */
    public CaseTransition {
        Checks.range(episode, "episode", 1, 1_000);
        Checks.required(from, "from");
        Checks.required(to, "to");
        Checks.text(command, "command", 60);
        Checks.optionalFreeText(reason, "reason", 2000);
        Checks.required(actor, "actor");
        Checks.required(at, "at");
    }

    @Override
    public String toString() {
        return "CaseTransition[" + episode + ": " + from + " -" + command + "-> " + to + " by " + actor + " at " + at
                + "]";
    }
}
