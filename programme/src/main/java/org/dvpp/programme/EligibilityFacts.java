package org.dvpp.programme;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;

/**
 * What an eligibility rule may look at.
 *
 * @param agency the agency, with its service area
 * @param participant the man
 * @param referral his referral
 * @param answers what screening found
 * @param today the date of screening (from the injected clock)
 */
@org.dvpp.domain.Classified
public record EligibilityFacts(Agency agency, Participant participant, Referral referral, ScreeningAnswers answers,
        LocalDate today) {
    /** Checks every part. */
    public EligibilityFacts {
        Checks.required(agency, "agency");
        Checks.required(participant, "participant");
        Checks.required(referral, "referral");
        Checks.required(answers, "answers");
        Checks.required(today, "today");
    }
}
