package org.dvpp.domain.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.PartnerSupportEntryId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A survivor's own account of the risk she faces or of change in his behaviour, as partner support recorded it: the
 * programme's best evidence of whether it works. Encrypted at rest; partner support and safeguarding only.
 *
 * @param id the entry's id
 * @param agency the agency
 * @param person whose account it is
 * @param recordedOn when she gave it
 * @param kind risk or change
 * @param feelsSafe how safe she feels, 0 (not at all) to 10 (completely), if she gave a number (sensitive)
 * @param account her account (sensitive)
 * @param recordedBy the worker
 */
@org.dvpp.domain.Classified
public record SurvivorAccount(
        @NotNull PartnerSupportEntryId id,
        @NotNull AgencyId agency,
        @NotNull PersonAtRiskId person,
        @NotNull LocalDate recordedOn,
        @NotNull AccountKind kind,
        @Sensitive(DataClass.P0) @NotNull Optional<@Min(0) @Max(10) Integer> feelsSafe,
        @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 8000) String account,
        @NotNull UserId recordedBy) {

    /** Checks every part. */
    public SurvivorAccount {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(recordedOn, "recordedOn");
        Checks.required(kind, "kind");
        Checks.required(feelsSafe, "feelsSafe");
        if (feelsSafe.isPresent() && (feelsSafe.get() < 0 || feelsSafe.get() > 10)) {
            throw new InvalidInputException("feelsSafe", RuleCodes.RANGE, "feelsSafe must be between 0 and 10");
        }
        Checks.freeText(account, "account", 8000);
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "SurvivorAccount[id=" + id + ", person=" + person + ", kind=" + kind + ", <p0>]";
    }
}
