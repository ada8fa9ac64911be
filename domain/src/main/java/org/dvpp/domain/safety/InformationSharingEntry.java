package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;

/**
 * One entry in the information-sharing register: what was shared, with whom, why, and on what lawful basis.
 *
 * @param id the entry's id
 * @param agency the agency
 * @param caseId the case
 * @param sharedOn when
 * @param recipient the kind of body
 * @param recipientName the body's name, such as {@code Merton MARAC}
 * @param what what was shared (sensitive)
 * @param why why it was shared (sensitive)
 * @param lawfulBasis the lawful basis
 * @param sharedBy who shared it
 * @param agreement the information-sharing agreement it was shared under, when shared with an organisation of the
 *     same deployment
 */
@org.dvpp.domain.Classified
public record InformationSharingEntry(
        @NotNull SharingEntryId id,
        @NotNull AgencyId agency,
        @NotNull CaseId caseId,
        @NotNull @PastOrPresent LocalDate sharedOn,
        @NotNull SharingRecipient recipient,
        @NotBlank @Size(max = 200) String recipientName,
        @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String what,
        @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String why,
        @NotNull LawfulBasis lawfulBasis,
        @NotNull UserId sharedBy,
        @NotNull java.util.Optional<org.dvpp.domain.AgreementId> agreement) {

    /** Checks every part. */
    public InformationSharingEntry {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(sharedOn, "sharedOn");
        Checks.required(recipient, "recipient");
        Checks.text(recipientName, "recipientName", 200);
        Checks.freeText(what, "what", 2000);
        Checks.freeText(why, "why", 2000);
        Checks.required(lawfulBasis, "lawfulBasis");
        Checks.required(sharedBy, "sharedBy");
        Checks.required(agreement, "agreement");
    }

    /**
     * An entry of something shared outside any agreement of the deployment (with MARAC, the police, a GP).
     *
     * @param id the entry's id
     * @param agency the agency
     * @param caseId the case
     * @param sharedOn when
     * @param recipient the kind of body
     * @param recipientName the body's name
     * @param what what was shared (sensitive)
     * @param why why it was shared (sensitive)
     * @param lawfulBasis the lawful basis
     * @param sharedBy who shared it
     */
    public InformationSharingEntry(SharingEntryId id, AgencyId agency, CaseId caseId, LocalDate sharedOn,
            SharingRecipient recipient, String recipientName, String what, String why, LawfulBasis lawfulBasis,
            UserId sharedBy) {
        this(id, agency, caseId, sharedOn, recipient, recipientName, what, why, lawfulBasis, sharedBy,
                java.util.Optional.empty());
    }

    @Override
    public String toString() {
        return "InformationSharingEntry[id=" + id + ", caseId=" + caseId + ", recipient=" + recipient
                + ", lawfulBasis=" + lawfulBasis + agreement.map(a -> ", agreement=" + a).orElse("") + ", what=<redacted>, why=<redacted>]";
    }
}
