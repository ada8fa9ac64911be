package org.dvpp.programme;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Restriction;
import org.dvpp.domain.safety.PersonAtRisk;

/**
 * A man's record as the legal-hold permission reads it, restricted or not.
 *
 * @param participant the man
 * @param cases his cases with their history
 * @param peopleAtRisk the people at risk from him (P0)
 * @param restriction his restriction, if one is in force
 * @param holds his holds, in force and released
 */
@org.dvpp.domain.Classified
public record SubjectRecord(Participant participant, List<Case> cases, List<PersonAtRisk> peopleAtRisk,
        Optional<Restriction> restriction, List<DataHold> holds) {
    /** Copies the lists. */
    public SubjectRecord {
        cases = List.copyOf(cases);
        peopleAtRisk = List.copyOf(peopleAtRisk);
        holds = List.copyOf(holds);
    }
}
