package org.dvpp.domain.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;

/**
 * A member of staff who facilitates groups: the qualifications held, when the facilitator training was completed and
 * when supervision last took place. A facilitator is qualified on a day when the training was completed on or before
 * it.
 *
 * @param agency the agency
 * @param user the facilitator's user id
 * @param name the name colleagues know him or her by
 * @param qualifications qualification codes, such as {@code dvpp-facilitator} or {@code social-work}
 * @param trainedOn when the programme's facilitator training was completed, if it has been
 * @param lastSupervisionOn when supervision last took place, if it has
 */
@org.dvpp.domain.Classified
public record Facilitator(
        @NotNull AgencyId agency,
        @NotNull UserId user,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Size(max = 20) Set<String> qualifications,
        @NotNull Optional<LocalDate> trainedOn,
        @NotNull Optional<LocalDate> lastSupervisionOn) {

    /** Checks every part. */
    public Facilitator {
        Checks.required(agency, "agency");
        Checks.required(user, "user");
        Checks.text(name, "name", 120);
        qualifications = Checks.set(qualifications, "qualifications");
        if (qualifications.size() > 20) {
            throw new InvalidInputException("qualifications", "max-length", "at most 20 qualifications");
        }
        for (String q : qualifications) {
            Checks.text(q, "qualifications", 60);
            if (!q.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                throw new InvalidInputException("qualifications", "pattern",
                        "a qualification is a code of lower-case letters, digits and hyphens");
            }
        }
        Checks.required(trainedOn, "trainedOn");
        Checks.required(lastSupervisionOn, "lastSupervisionOn");
    }

    /**
     * @param day a day
     * @return whether the facilitator training was completed on or before it
     */
    public boolean qualifiedOn(LocalDate day) {
        return trainedOn.isPresent() && !trainedOn.get().isAfter(day);
    }
}
