package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.safety.AgreementState;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingAgreement;
import org.dvpp.domain.safety.SharingPurpose;

/**
 * Several organisations in one deployment (a perpetrator programme, a women's-support charity, a council; each an
 * agency of its own) and the information-sharing agreements between them. An organisation proposes an agreement naming
 * the others, the data classes that may pass, the purpose, the lawful basis and its dates; it is in force once every
 * party's administrator has signed, from its start date until its end date, a revocation by any party, whichever comes
 * first.
 *
 * <p>Under an agreement in force, the organisation holding a man's case may share it with another party
 * ({@link #shareCase}): the share is entered in its information-sharing register with the agreement's lawful basis. The
 * receiving organisation then reads the case ({@link #sharedCase}: what the agreement's data classes allow, and of that
 * what the reader's role allows), and its own event listeners ({@link DvppBuilder#addListener(AgencyId,
 * ProgrammeEventListener)}) receive the case's events. Revoking or expiring the agreement, or ending the share, stops
 * both at once: the next read is refused ({@link SharingRefusedException}) and events not yet delivered are not
 * delivered. Every read of a shared case is audited in the reader's audit log and in the holder's.
 */
public interface Partnerships {

    /**
     * @param user who asks (needs {@link Permission#VIEW_AGREEMENTS})
     * @return every organisation registered in the deployment (ids and names), to name as parties
     */
    List<Organisation> organisations(ActingUser user);

    /**
     * Proposes an agreement led by the user's organisation, signed by it at once; the others sign with {@link #sign}.
     *
     * @param user who proposes it (needs {@link Permission#MANAGE_AGREEMENTS})
     * @param agreement its parties, data classes, purpose, lawful basis and dates
     * @return the agreement, awaiting the other parties' signatures
     */
    SharingAgreement propose(ActingUser user, AgreementInput agreement);

    /**
     * Signs an agreement for the user's organisation. Once every party has signed, it is in force from its start date.
     *
     * @param user who signs (needs {@link Permission#MANAGE_AGREEMENTS}; the organisation must be a party)
     * @param agreement the agreement
     * @return the agreement after the signature
     */
    SharingAgreement sign(ActingUser user, AgreementId agreement);

    /**
     * Records a review of an agreement and sets its next review date.
     *
     * @param user who reviewed it (needs {@link Permission#MANAGE_AGREEMENTS}; a party)
     * @param agreement the agreement (not revoked)
     * @param nextReview the next review date, after today
     * @return the agreement after the review
     */
    SharingAgreement review(ActingUser user, AgreementId agreement, LocalDate nextReview);

    /**
     * Revokes an agreement for every party, at once: nothing more is shared, read or delivered under it.
     *
     * @param user who revokes it (needs {@link Permission#MANAGE_AGREEMENTS}; any party)
     * @param agreement the agreement
     * @param reason why, in one line (about the agreement, never about a person)
     * @return the agreement, revoked
     */
    SharingAgreement revoke(ActingUser user, AgreementId agreement, String reason);

    /**
     * @param user who asks (needs {@link Permission#VIEW_AGREEMENTS})
     * @return every agreement the user's organisation is party to, newest first, with where each stands today
     */
    List<AgreementStatus> agreements(ActingUser user);

    /**
     * Shares a man's case with another party of an agreement in force, and enters it in the information-sharing
     * register.
     *
     * @param user who shares it (needs {@link Permission#SHARE_INFORMATION})
     * @param caseId the case
     * @param share the agreement, the receiving organisation, what is shared and why
     * @return the share
     */
    CaseShare shareCase(ActingUser user, CaseId caseId, ShareInput share);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SAFETY_RECORDS})
     * @param caseId one of the organisation's cases
     * @return its shares with other organisations, live and ended, oldest first
     */
    List<CaseShare> shares(ActingUser user, CaseId caseId);

    /**
     * Stops sharing a case: the receiving organisation's next read is refused.
     *
     * @param user who ends it (needs {@link Permission#SHARE_INFORMATION})
     * @param share a share of one of the organisation's cases
     */
    void endShare(ActingUser user, CaseShareId share);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SHARED_CASES})
     * @return the cases other organisations share with the user's organisation under agreements in force today,
     *     newest first (ids and names only; {@link #sharedCase} reads one)
     */
    List<ReceivedShare> received(ActingUser user);

    /**
     * Reads a case another organisation shares with the user's organisation. Audited in both organisations' logs.
     *
     * @param user who reads it (needs {@link Permission#VIEW_SHARED_CASES})
     * @param share the share
     * @return the case, holding only the data classes the agreement lets pass, and of those only what the user's roles
     *     may read
     * @throws SharingRefusedException if the agreement is no longer in force or the share has ended
     */
    SharedCase sharedCase(ActingUser user, CaseShareId share);

    /**
     * An organisation of the deployment.
     *
     * @param id its agency id
     * @param name its name
     */
    @org.dvpp.domain.Classified
    record Organisation(AgencyId id, String name) {
    }

    /**
     * An agreement as proposed. Use {@link #builder()} to make one.
     *
     * @param title its title, such as {@code Merton ISS partnership}
     * @param partners the other organisations party to it (at least one)
     * @param dataClasses the data classes that may pass besides P2 (ids, codes and dates, which always do)
     * @param purpose why the parties share
     * @param purposeDescription the purpose in the agreement's words (one line, no personal data)
     * @param lawfulBasis the lawful basis
     * @param startsOn the first day in force
     * @param reviewOn the first review date, after the start
     * @param endsOn the last day in force, if it has one
     */
    @org.dvpp.domain.Classified
    record AgreementInput(@NotBlank @Size(max = 200) String title, @NotNull @Size(min = 1, max = 20) Set<AgencyId> partners,
            @NotNull Set<DataClass> dataClasses, @NotNull SharingPurpose purpose,
            @NotBlank @Size(max = 1000) String purposeDescription, @NotNull LawfulBasis lawfulBasis,
            @NotNull LocalDate startsOn, @NotNull LocalDate reviewOn, @NotNull Optional<LocalDate> endsOn) {
        /** Copies the sets. */
        public AgreementInput {
            partners = partners == null ? null : org.dvpp.domain.Checks.set(partners, "partners");
            dataClasses = dataClasses == null ? null : org.dvpp.domain.Checks.set(dataClasses, "dataClasses");
        }

        /** @return a builder: P2 only, no end date, until told otherwise */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds an {@link AgreementInput}; every setter returns the builder. */
        public static final class Builder {
            private String title;
            private final java.util.LinkedHashSet<AgencyId> partners = new java.util.LinkedHashSet<>();
            private final java.util.EnumSet<DataClass> dataClasses = java.util.EnumSet.noneOf(DataClass.class);
            private SharingPurpose purpose;
            private String purposeDescription;
            private LawfulBasis lawfulBasis;
            private LocalDate startsOn;
            private LocalDate reviewOn;
            private LocalDate endsOn;

            private Builder() {
            }

            /** @param value the title @return this */
            public Builder title(String value) {
                this.title = value;
                return this;
            }

            /** @param value another party @return this */
            public Builder partner(AgencyId value) {
                partners.add(org.dvpp.domain.Checks.required(value, "partner"));
                return this;
            }

            /** @param value a data class that may pass besides P2 @return this */
            public Builder share(DataClass value) {
                dataClasses.add(org.dvpp.domain.Checks.required(value, "dataClass"));
                return this;
            }

            /** @param value the purpose @param description its description @return this */
            public Builder purpose(SharingPurpose value, String description) {
                this.purpose = value;
                this.purposeDescription = description;
                return this;
            }

            /** @param value the lawful basis @return this */
            public Builder lawfulBasis(LawfulBasis value) {
                this.lawfulBasis = value;
                return this;
            }

            /** @param start the first day in force @param firstReview the first review date @return this */
            public Builder dates(LocalDate start, LocalDate firstReview) {
                this.startsOn = start;
                this.reviewOn = firstReview;
                return this;
            }

            /** @param value the last day in force @return this */
            public Builder endsOn(LocalDate value) {
                this.endsOn = org.dvpp.domain.Checks.required(value, "endsOn");
                return this;
            }

            /** @return the input (checked when proposed) */
            public AgreementInput build() {
                return new AgreementInput(title, Set.copyOf(partners), Set.copyOf(dataClasses), purpose,
                        purposeDescription, lawfulBasis, startsOn, reviewOn, Optional.ofNullable(endsOn));
            }
        }
    }

    /**
     * An agreement and where it stands today.
     *
     * @param agreement the agreement
     * @param state its state today
     * @param reviewOverdue whether its review date has passed
     */
    @org.dvpp.domain.Classified
    record AgreementStatus(SharingAgreement agreement, AgreementState state, boolean reviewOverdue) {
    }

    /**
     * A case share as asked for.
     *
     * @param agreement the agreement in force it is shared under
     * @param recipient the organisation it is shared with (a party of the agreement)
     * @param what what is shared, for the register (P0)
     * @param why why, for the register (P0)
     */
    @org.dvpp.domain.Classified
    record ShareInput(@NotNull AgreementId agreement, @NotNull AgencyId recipient,
            @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String what,
            @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String why) {
        @Override
        public String toString() {
            return "ShareInput[agreement=" + agreement + ", recipient=" + recipient + ", <p0>]";
        }
    }

    /**
     * A case another organisation shares with the reader's, as listed.
     *
     * @param share the share
     * @param from the organisation holding the case
     * @param fromName its name
     * @param agreement the agreement it is shared under
     * @param purpose the agreement's purpose
     * @param sharedAt when it was shared
     */
    @org.dvpp.domain.Classified
    record ReceivedShare(CaseShareId share, AgencyId from, String fromName, AgreementId agreement,
            SharingPurpose purpose, Instant sharedAt) {
    }

    /**
     * A shared case as the receiving organisation reads it. What the agreement's data classes do not let pass is
     * withheld as the front door withholds what a role may not read (a withheld text reads {@code [withheld]}, a
     * withheld list is empty); the people at risk are P0 as a whole.
     *
     * @param share the share
     * @param from the organisation holding the case
     * @param fromName its name
     * @param agreement the agreement
     * @param purpose its purpose
     * @param classesShared the data classes the agreement lets pass
     * @param caseId the case
     * @param reference the holder's pseudonymous reference for the man
     * @param status where his case stands
     * @param risk his current risk level
     * @param history his case's transitions, oldest first (reasons are P0)
     * @param riskEvents the risk events recorded, oldest first (summaries are P0)
     * @param people the people at risk from him the purpose concerns (partners for partner support, everyone
     *     otherwise), with their contact details; P0
     */
    @org.dvpp.domain.Classified
    record SharedCase(CaseShareId share, AgencyId from, String fromName, AgreementId agreement, SharingPurpose purpose,
            Set<DataClass> classesShared, CaseId caseId, String reference, CaseStatus status, RiskLevel risk,
            List<CaseTransition> history, List<RiskEvent> riskEvents,
            @Sensitive(DataClass.P0) List<PersonAtRisk> people) {
        /** Copies the collections. */
        public SharedCase {
            classesShared = Set.copyOf(classesShared);
            history = List.copyOf(history);
            riskEvents = List.copyOf(riskEvents);
            people = List.copyOf(people);
        }

        @Override
        public String toString() {
            return "SharedCase[share=" + share + ", from=" + from + ", caseId=" + caseId + ", status=" + status
                    + ", people=<p0>]";
        }
    }
}
