package org.dvpp.domain.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dvpp.domain.Checks;

/**
 * A local-authority area (borough, district) that an agency covers.
 *
 * @param code a short stable code, such as {@code merton}
 * @param name the name people read, such as {@code Merton}
 */
@org.dvpp.domain.Classified
public record Area(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String code,
        @NotBlank @Size(max = 120) String name) {
    /** Checks both parts. */
    public Area {
        Checks.text(code, "code", 40);
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new org.dvpp.domain.InvalidInputException("code", "pattern",
                    "code must be lower-case letters, digits and dashes");
        }
        Checks.text(name, "name", 120);
    }
}
