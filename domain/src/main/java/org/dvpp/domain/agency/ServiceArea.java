package org.dvpp.domain.agency;

import jakarta.validation.constraints.NotEmpty;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;

/**
 * The areas an agency serves; residence in one of them is the usual first eligibility rule.
 *
 * @param areas the areas, at least one, codes unique
 */
@org.dvpp.domain.Classified
public record ServiceArea(@NotEmpty List<Area> areas) {
    /** Checks the list. */
    public ServiceArea {
        areas = Checks.list(areas, "areas");
        if (areas.isEmpty()) {
            throw new InvalidInputException("areas", "not-empty", "a service area needs at least one area");
        }
        Set<String> codes = new HashSet<>();
        for (Area a : areas) {
            if (!codes.add(a.code())) {
                throw new InvalidInputException("areas", "unique-code", "area code " + a.code() + " appears twice");
            }
        }
    }

    /**
     * @param code an area code
     * @return whether that area is covered
     */
    public boolean covers(String code) {
        return areas.stream().anyMatch(a -> a.code().equals(code));
    }

    /**
     * @param code an area code
     * @return the area, if covered
     */
    public Optional<Area> find(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
