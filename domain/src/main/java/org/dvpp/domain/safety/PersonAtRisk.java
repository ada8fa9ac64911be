package org.dvpp.domain.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;

/**
 * A partner, ex-partner, new partner or child at risk from the man. A man may have several ("serial" perpetrators have
 * several victims). Partner support works behind an information barrier from the staff who work with him.
 *
 * @param id the person's id
 * @param agency the agency
 * @param participant the man they are at risk from
 * @param relationship how they are related to him
 * @param contact how to reach them safely (sensitive)
 * @param livesWithParticipant whether they live in his household
 * @param supportStatus where partner support stands with them
 * @param version the optimistic-locking version, 0 before first save
 */
@org.dvpp.domain.Classified
public record PersonAtRisk(
        @NotNull PersonAtRiskId id,
        @NotNull AgencyId agency,
        @NotNull ParticipantId participant,
        @NotNull Relationship relationship,
        @NotNull @Valid ContactDetails contact,
        boolean livesWithParticipant,
        @NotNull PartnerSupportStatus supportStatus,
        long version) {

    /** Checks every part. */
    public PersonAtRisk {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(participant, "participant");
        Checks.required(relationship, "relationship");
        Checks.required(contact, "contact");
        Checks.required(supportStatus, "supportStatus");
    }

    /**
     * @param status the new status
     * @return a copy with that status
     */
    public PersonAtRisk withSupportStatus(PartnerSupportStatus status) {
        return new PersonAtRisk(id, agency, participant, relationship, contact, livesWithParticipant, status, version);
    }
}
