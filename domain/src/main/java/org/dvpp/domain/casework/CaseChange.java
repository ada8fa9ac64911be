package org.dvpp.domain.casework;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.Checks;

/**
 * What an accepted command did: the case after it, and the status event if the state changed.
 *
 * @param before the case before
 * @param after the case after
 * @param event the status event, present exactly when the command was a transition
 */
@org.dvpp.domain.Classified
public record CaseChange(Case before, Case after, Optional<CaseStatusChanged> event) {
    /** Checks every part. */
    public CaseChange {
        Checks.required(before, "before");
        Checks.required(after, "after");
        Checks.required(event, "event");
    }

    /** @return the events to publish (zero or one) */
    public List<CaseStatusChanged> events() {
        return event.map(List::of).orElse(List.of());
    }
}
