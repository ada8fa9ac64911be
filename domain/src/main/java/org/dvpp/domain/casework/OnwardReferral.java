package org.dvpp.domain.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.UserId;

/**
 * A referral of the man on to another service.
 *
 * @param id the referral's id
 * @param agency the agency
 * @param caseId the case
 * @param madeOn when
 * @param service the kind of service
 * @param organisation the receiving organisation
 * @param status where it stands
 * @param madeBy who made it
 * @param need the need it answers: a code of the needs assessment, such as {@code housing}, if it was tied to one
 */
@org.dvpp.domain.Classified
public record OnwardReferral(
        @NotNull OnwardReferralId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull LocalDate madeOn,
        @NotNull OnwardService service,
        @NotBlank @Size(max = 200) String organisation,
        @NotNull OnwardReferralStatus status,
        @NotNull UserId madeBy,
        @NotNull Optional<@Size(max = 40) String> need) {

    /** Checks every part. */
    public OnwardReferral {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(madeOn, "madeOn");
        Checks.required(service, "service");
        Checks.text(organisation, "organisation", 200);
        Checks.required(status, "status");
        Checks.required(madeBy, "madeBy");
        Checks.required(need, "need");
        need.ifPresent(n -> Checks.text(n, "need", 40));
    }

    /**
     * A referral tied to no need.
     *
     * @param id the referral's id
     * @param agency the agency
     * @param caseId the case
     * @param madeOn when
     * @param service the kind of service
     * @param organisation the receiving organisation
     * @param status where it stands
     * @param madeBy who made it
     */
    public OnwardReferral(OnwardReferralId id, AgencyId agency, CaseId caseId, LocalDate madeOn, OnwardService service,
            String organisation, OnwardReferralStatus status, UserId madeBy) {
        this(id, agency, caseId, madeOn, service, organisation, status, madeBy, Optional.empty());
    }

    /**
     * @param next the new status
     * @return this referral with another status
     */
    public OnwardReferral withStatus(OnwardReferralStatus next) {
        return new OnwardReferral(id, agency, caseId, madeOn, service, organisation, next, madeBy, need);
    }
}
