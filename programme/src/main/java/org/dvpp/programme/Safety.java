package org.dvpp.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.casework.OnwardReferralStatus;
import org.dvpp.domain.safety.MaracReferral;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.OnwardService;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;

/**
 * The people at risk and their safety: partner-support contacts, risk events, onward referrals and the
 * information-sharing register. Every read and change of a person at risk's details is audited.
 */
public interface Safety {

    /**
     * Records a person at risk from the man, so partner support can offer support and safety planning. Counts as a
     * partner-contact record for the start guard.
     *
     * @param user who records it (needs {@link Permission#MANAGE_PEOPLE_AT_RISK})
     * @param caseId the man's case
     * @param person the person
     * @return the new person's id
     */
    PersonAtRiskId addPersonAtRisk(ActingUser user, CaseId caseId, NewPersonAtRisk person);

    /**
     * The people at risk from the man, with their details. Only partner support and supervisors may see them; each read
     * is audited.
     *
     * @param user who asks (needs {@link Permission#VIEW_PEOPLE_AT_RISK})
     * @param caseId the man's case
     * @return the people
     */
    List<PersonAtRisk> peopleAtRisk(ActingUser user, CaseId caseId);

    /**
     * Updates where partner support stands with a person.
     *
     * @param user who records it (needs {@link Permission#MANAGE_PEOPLE_AT_RISK})
     * @param person the person
     * @param status the new status
     */
    void updateSupportStatus(ActingUser user, PersonAtRiskId person, PartnerSupportStatus status);

    /**
     * Records a risk event. A DASH count of 14 or more adds the visible-high-risk MARAC criterion and makes the level
     * high. A rise tells partner support at once (through the outbox).
     *
     * @param user who records it (needs {@link Permission#RECORD_RISK})
     * @param caseId the case
     * @param risk what happened
     * @return the recorded event, with the level before and after
     */
    RiskEvent recordRiskEvent(ActingUser user, CaseId caseId, RiskInput risk);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return the current risk level (standard when nothing is recorded)
     */
    RiskLevel currentRisk(ActingUser user, CaseId caseId);

    /**
     * Records what was shared, with whom, why and on what lawful basis.
     *
     * @param user who shared (needs {@link Permission#SHARE_INFORMATION})
     * @param caseId the case
     * @param sharing the entry
     * @return the entry
     */
    InformationSharingEntry recordSharing(ActingUser user, CaseId caseId, SharingInput sharing);

    /**
     * Records an onward referral to another service.
     *
     * @param user who made it (needs {@link Permission#SHARE_INFORMATION})
     * @param caseId the case
     * @param service the kind of service
     * @param organisation the receiving organisation
     * @return the referral
     */
    OnwardReferral referOnward(ActingUser user, CaseId caseId, OnwardService service, String organisation);

    /**
     * Records an onward referral made to answer a need of his needs assessment.
     *
     * @param user who made it (needs {@link Permission#SHARE_INFORMATION})
     * @param caseId the case
     * @param referral the service, organisation and the need it answers
     * @return the referral, status {@code MADE}
     */
    OnwardReferral referOnward(ActingUser user, CaseId caseId, OnwardInput referral);

    /**
     * Moves an onward referral on: made, then accepted (or not taken up), attended or engaged, closed. A closed
     * referral does not move again.
     *
     * @param user who records it (needs {@link Permission#SHARE_INFORMATION})
     * @param referral the referral
     * @param status the new status
     * @return the referral after the change
     */
    OnwardReferral updateOnwardReferral(ActingUser user, OnwardReferralId referral, OnwardReferralStatus status);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SAFETY_RECORDS})
     * @param caseId the case
     * @return its onward referrals, oldest first
     */
    List<OnwardReferral> onwardReferrals(ActingUser user, CaseId caseId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SAFETY_RECORDS}; summaries are withheld from a role that may
     *     not read P0)
     * @param caseId the case
     * @return its risk events, oldest first
     */
    List<RiskEvent> riskEvents(ActingUser user, CaseId caseId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SAFETY_RECORDS}; what and why are withheld from a role that
     *     may not read P0)
     * @param caseId the case
     * @return its information-sharing register, oldest first
     */
    List<InformationSharingEntry> sharingRegister(ActingUser user, CaseId caseId);

    /**
     * Records a referral to MARAC.
     *
     * @param user who referred (needs {@link Permission#REFER_TO_MARAC})
     * @param caseId the case
     * @param referral the date, the criteria met and the meeting date if known
     * @return the referral, status {@code REFERRED}
     */
    MaracReferral referToMarac(ActingUser user, CaseId caseId, MaracInput referral);

    /**
     * Records what the MARAC meeting decided.
     *
     * @param user who records it (needs {@link Permission#REFER_TO_MARAC})
     * @param referral the referral
     * @param outcome the meeting date, outcome and actions
     * @return the referral, status {@code HEARD}
     */
    MaracReferral recordMaracOutcome(ActingUser user, RecordId referral, MaracOutcomeInput outcome);

    /**
     * @param user who asks (needs {@link Permission#VIEW_SAFETY_RECORDS}; outcomes and actions are withheld from a role
     *     that may not read P0)
     * @param caseId the case
     * @return its MARAC referrals, oldest first
     */
    List<MaracReferral> maracReferrals(ActingUser user, CaseId caseId);

    /**
     * An onward referral as made.
     *
     * @param service the kind of service
     * @param organisation the receiving organisation
     * @param need the need area of his needs assessment it answers, if any (such as {@code housing})
     */
    @org.dvpp.domain.Classified
    record OnwardInput(@NotNull OnwardService service, @NotBlank @Size(max = 200) String organisation,
            @NotNull Optional<@Size(max = 40) String> need) {
    }

    /**
     * A MARAC referral as made.
     *
     * @param referredOn when
     * @param criteria the criteria met (at least one)
     * @param meetingOn the meeting date, if known
     */
    @org.dvpp.domain.Classified
    record MaracInput(@NotNull @PastOrPresent LocalDate referredOn, @NotNull @Size(min = 1) Set<MaracCriterion> criteria,
            @NotNull Optional<LocalDate> meetingOn) {
        /** Copies the criteria. */
        public MaracInput {
            criteria = criteria == null ? null : org.dvpp.domain.Checks.set(criteria, "criteria");
        }
    }

    /**
     * What a MARAC meeting decided.
     *
     * @param meetingOn the meeting date
     * @param outcome the outcome (P0)
     * @param actions the actions agreed (P0; up to 50)
     */
    @org.dvpp.domain.Classified
    record MaracOutcomeInput(@NotNull @PastOrPresent LocalDate meetingOn,
            @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 4000) String outcome,
            @Sensitive(DataClass.P0) @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> actions) {
        /** Copies the actions. */
        public MaracOutcomeInput {
            actions = actions == null ? null : org.dvpp.domain.Checks.list(actions, "actions");
        }

        @Override
        public String toString() {
            return "MaracOutcomeInput[" + meetingOn + ", <p0>]";
        }
    }

    /**
     * The partner-support caseload: every case not closed that has people at risk recorded, with them (their contact
     * details are P0: each read is audited) and the man's current risk level, highest risk first, then by reference.
     *
     * @param user who asks (needs {@link Permission#VIEW_PEOPLE_AT_RISK})
     * @return the caseload, empty when no one at risk is recorded
     */
    List<CaseloadEntry> caseload(ActingUser user);

    /**
     * One case of the partner-support caseload.
     *
     * @param caseId the man's case
     * @param reference the agency's pseudonymous reference for him
     * @param status where his case stands
     * @param risk his current risk level
     * @param people the people at risk from him
     */
    @org.dvpp.domain.Classified
    record CaseloadEntry(CaseId caseId, String reference, org.dvpp.domain.casework.CaseStatus status, RiskLevel risk,
            List<PersonAtRisk> people) {
        /** Copies the list. */
        public CaseloadEntry {
            people = List.copyOf(people);
        }
    }

    /**
     * A person at risk as first recorded.
     *
     * @param relationship how they are related to him
     * @param contact how to reach them safely
     * @param livesWithParticipant whether they live in his household
     */
    @org.dvpp.domain.Classified
    record NewPersonAtRisk(@NotNull Relationship relationship, @NotNull ContactDetails contact,
            boolean livesWithParticipant) {
        @Override
        public String toString() {
            return "NewPersonAtRisk[relationship=" + relationship + ", contact=<redacted>]";
        }
    }

    /**
     * A risk event as reported.
     *
     * @param kind what prompted it
     * @param occurredAt when it happened
     * @param level the level now, in the recorder's judgement
     * @param maracCriteria MARAC criteria met
     * @param dashYesCount the DASH checklist's count of yes answers, if one was completed (0 to 27)
     * @param summary what happened (sensitive)
     */
    @org.dvpp.domain.Classified
    record RiskInput(@NotNull RiskEventKind kind, @NotNull @PastOrPresent Instant occurredAt, @NotNull RiskLevel level,
            @NotNull Set<MaracCriterion> maracCriteria, @NotNull Optional<@Min(0) @Max(27) Integer> dashYesCount,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 4000) String summary) {
        @Override
        public String toString() {
            return "RiskInput[kind=" + kind + ", level=" + level + ", summary=<redacted>]";
        }
    }

    /**
     * An information-sharing entry as recorded.
     *
     * @param sharedOn when
     * @param recipient the kind of body
     * @param recipientName its name
     * @param what what was shared (sensitive)
     * @param why why (sensitive)
     * @param lawfulBasis the lawful basis
     */
    @org.dvpp.domain.Classified
    record SharingInput(@NotNull @PastOrPresent LocalDate sharedOn, @NotNull SharingRecipient recipient,
            @NotBlank @Size(max = 200) String recipientName, @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String what,
            @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 2000) String why, @NotNull LawfulBasis lawfulBasis) {
        @Override
        public String toString() {
            return "SharingInput[recipient=" + recipient + ", lawfulBasis=" + lawfulBasis + ", <redacted>]";
        }
    }
}
