package org.dvpp.domain.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ConsentId;
import org.dvpp.domain.InvalidInputException;

/**
 * A signed consent form: expectations, full participation, the limits of confidentiality, and with whom information may
 * be shared. Safeguarding disclosures do not need consent; the information-sharing register records their lawful basis.
 *
 * @param id the consent's id
 * @param agency the agency
 * @param caseId the case it belongs to
 * @param formVersion the version of the form he signed, such as {@code 2025-03}
 * @param signedOn the date he signed it
 * @param scope with whom information may be shared
 * @param confidentialityLimitsExplained whether the limits of confidentiality were explained to him
 * @param withdrawnOn the date he withdrew consent, if he did
 */
@org.dvpp.domain.Classified
public record Consent(
        @NotNull ConsentId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotBlank @Size(max = 40) String formVersion,
        @NotNull @PastOrPresent LocalDate signedOn,
        @NotNull Set<SharingScope> scope,
        boolean confidentialityLimitsExplained,
        Optional<LocalDate> withdrawnOn) {

    /** Checks every part. */
    public Consent {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.text(formVersion, "formVersion", 40);
        Checks.required(signedOn, "signedOn");
        scope = Checks.set(scope, "scope");
        Checks.required(withdrawnOn, "withdrawnOn");
        if (withdrawnOn.isPresent() && withdrawnOn.get().isBefore(signedOn)) {
            throw new InvalidInputException("withdrawnOn", "not-before-signed",
                    "consent cannot be withdrawn before it was signed");
        }
    }

    /** @return whether the form is signed, explained and not withdrawn: what the start guard needs */
    public boolean isInForce() {
        return confidentialityLimitsExplained && withdrawnOn.isEmpty();
    }

    /**
     * @param on the date of withdrawal
     * @return this consent, withdrawn
     */
    public Consent withdraw(LocalDate on) {
        return new Consent(id, agency, caseId, formVersion, signedOn, scope, confidentialityLimitsExplained,
                Optional.of(on));
    }
}
