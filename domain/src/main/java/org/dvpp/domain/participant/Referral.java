package org.dvpp.domain.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * A referral of a man to the programme.
 *
 * @param id the referral's id
 * @param agency the agency receiving it
 * @param participant the man referred
 * @param source where it came from
 * @param receivedOn the date it was received
 * @param areaOfResidence the code of the area he lived in when referred (each referral keeps its own, so a man who moves
 *     is counted in the area he lived in at each referral)
 * @param referrer who referred him
 * @param reason why, in the referrer's words (may hold criminal-justice details, so it is sensitive)
 */
@org.dvpp.domain.Classified
public record Referral(
        @NotNull ReferralId id,
        @NotNull AgencyId agency,
        @NotNull ParticipantId participant,
        @NotNull ReferralSource source,
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotBlank @Size(max = 40) String areaOfResidence,
        @NotNull @Valid Referrer referrer,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 4000) String reason) {

    /** Checks every part; the reason may be empty. */
    public Referral {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(participant, "participant");
        Checks.required(source, "source");
        Checks.required(receivedOn, "receivedOn");
        Checks.text(areaOfResidence, "areaOfResidence", 40);
        Checks.required(referrer, "referrer");
        Checks.optionalFreeText(reason, "reason", 4000);
    }

    @Override
    public String toString() {
        return "Referral[id=" + id + ", agency=" + agency + ", participant=" + participant + ", source=" + source
                + ", receivedOn=" + receivedOn + ", area=" + areaOfResidence + ", reason=<redacted>]";
    }
}
