package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.agency.ServiceArea;

/** The agency (tenant) itself: registering it and changing its service area. */
public interface Agencies {

    /**
     * Registers the acting user's agency (its id is the user's agency id). Done once, before anything else.
     *
     * @param administrator who registers it (needs {@link Permission#ADMINISTER_AGENCY})
     * @param agency its name and service area
     * @return the agency
     */
    Agency register(ActingUser administrator, AgencyDetails agency);

    /**
     * @param user who asks (any role of the agency)
     * @return the user's agency
     */
    Agency get(ActingUser user);

    /**
     * An agency's details.
     *
     * @param name its name
     * @param serviceArea the areas it covers
     */
    @org.dvpp.domain.Classified
    record AgencyDetails(@NotBlank @Size(max = 200) String name, @NotNull ServiceArea serviceArea) {
    }
}
