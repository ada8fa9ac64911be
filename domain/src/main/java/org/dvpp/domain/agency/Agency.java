package org.dvpp.domain.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;

/**
 * An organisation that runs a programme: the tenant. Every record carries its agency's id, and no agency sees another's
 * records unless they are shared on purpose.
 *
 * @param id the agency's id
 * @param name its name
 * @param serviceArea the areas it covers
 */
@org.dvpp.domain.Classified
public record Agency(@NotNull AgencyId id, @NotBlank @Size(max = 200) String name, @NotNull @Valid ServiceArea serviceArea) {
    /** Checks every part. */
    public Agency {
        Checks.required(id, "id");
        Checks.text(name, "name", 200);
        Checks.required(serviceArea, "serviceArea");
    }
}
