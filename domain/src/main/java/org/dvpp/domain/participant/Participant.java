package org.dvpp.domain.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.ParticipantId;

/**
 * A man referred to the programme, known to the SDK by a pseudonymous reference rather than his name. The host's CRM
 * keeps his identity; evaluators receive only the reference.
 *
 * @param id his id
 * @param agency the agency that works with him
 * @param reference the agency's pseudonymous reference, such as {@code PH-2025-0042}
 * @param dateOfBirth his date of birth
 * @param areaOfResidence the code of the area he lives in
 */
@org.dvpp.domain.Classified
public record Participant(
        @NotNull ParticipantId id,
        @NotNull AgencyId agency,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_/-]*") String reference,
        @NotNull @Past LocalDate dateOfBirth,
        @NotBlank @Size(max = 40) String areaOfResidence) {

    /** Checks every part. */
    public Participant {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.text(reference, "reference", 40);
        if (!reference.matches("[A-Za-z0-9][A-Za-z0-9_/-]*")) {
            throw new InvalidInputException("reference", "pattern",
                    "reference must be letters, digits, '-', '_' or '/', starting with a letter or digit");
        }
        Checks.required(dateOfBirth, "dateOfBirth");
        Checks.text(areaOfResidence, "areaOfResidence", 40);
    }

    /**
     * @param on a date
     * @return his age in whole years on that date
     */
    public int ageOn(LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
