package org.dvpp.domain.casework;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.UserId;

/**
 * A decision on suitability, made by an assessor and signed off by a supervisor.
 *
 * @param outcome suitable or not
 * @param assessments the assessments it rests on
 * @param decidedOn when
 * @param assessor who assessed
 * @param signedOffBy the supervisor who signed it off, if signed off
 */
@org.dvpp.domain.Classified
public record SuitabilityDecision(@NotNull Suitability outcome, @NotNull List<AssessmentId> assessments,
        @NotNull LocalDate decidedOn, @NotNull UserId assessor, @NotNull Optional<UserId> signedOffBy) {
    /** Checks every part. */
    public SuitabilityDecision {
        Checks.required(outcome, "outcome");
        assessments = Checks.list(assessments, "assessments");
        Checks.required(decidedOn, "decidedOn");
        Checks.required(assessor, "assessor");
        Checks.required(signedOffBy, "signedOffBy");
    }

    /** @return whether a supervisor other than the assessor signed it off */
    public boolean isSignedOff() {
        return signedOffBy.isPresent() && !signedOffBy.get().equals(assessor);
    }

    /** @return whether it found him suitable and was signed off */
    public boolean isSuitableAndSignedOff() {
        return outcome == Suitability.SUITABLE && isSignedOff();
    }
}
