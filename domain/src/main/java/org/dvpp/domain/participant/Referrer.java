package org.dvpp.domain.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dvpp.domain.Checks;

/**
 * Who made a referral: an organisation and the referrer's role there. For a self-referral, the organisation is
 * {@code self}.
 *
 * @param organisation the referring organisation
 * @param role the referrer's role, such as {@code probation officer}
 * @param contactReference how the agency reaches the referrer (a reference into the host's contact book, not an address)
 */
@org.dvpp.domain.Classified
public record Referrer(
        @NotBlank @Size(max = 200) String organisation,
        @Size(max = 120) String role,
        @Size(max = 120) String contactReference) {
    /** Checks every part; role and contact reference may be empty. */
    public Referrer {
        Checks.text(organisation, "organisation", 200);
        Checks.optionalText(role, "role", 120);
        Checks.optionalText(contactReference, "contactReference", 120);
    }

    /** @return the referrer for a man who referred himself */
    public static Referrer self() {
        return new Referrer("self", "", "");
    }
}
