package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;

/** Receiving referrals: the start of every case. */
public interface Referrals {

    /**
     * Receives a referral. A man not yet known gets a participant record and a new case; a man whose case is closed is
     * re-referred (a new episode of the same case, history kept); a man with an open case is refused.
     *
     * @param user who records it (needs {@link Permission#RECEIVE_REFERRAL})
     * @param referral the referral
     * @return the ids of the case, the participant and the referral
     */
    ReferralReceipt receive(ActingUser user, NewReferral referral);

    /**
     * A referral as it arrives.
     *
     * @param participantReference the agency's pseudonymous reference for the man
     * @param dateOfBirth his date of birth
     * @param areaOfResidence the code of the area he lives in
     * @param source where the referral came from
     * @param receivedOn the date it was received
     * @param referrer who referred him
     * @param reason why (sensitive)
     */
    @org.dvpp.domain.Classified
    record NewReferral(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_/-]*") String participantReference,
            @NotNull @Past LocalDate dateOfBirth,
            @NotBlank @Size(max = 40) String areaOfResidence,
            @NotNull ReferralSource source,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @NotNull Referrer referrer,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 4000) String reason) {

        @Override
        public String toString() {
            return "NewReferral[reference=" + participantReference + ", source=" + source + ", reason=<redacted>]";
        }
    }

    /**
     * What receiving a referral created.
     *
     * @param caseId the case
     * @param participant the man
     * @param referral the referral
     * @param episode the case's episode (above 1 for a re-referral)
     */
    @org.dvpp.domain.Classified
    record ReferralReceipt(CaseId caseId, ParticipantId participant, ReferralId referral, int episode) {
    }
}
