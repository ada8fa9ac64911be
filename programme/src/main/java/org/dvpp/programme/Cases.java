package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.EligibilityOutcome;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.participant.SharingScope;

/**
 * A man's case from screening to closure. Each call runs in one transaction, checks the acting user's permission,
 * validates its input, and either makes the whole change (with its events) or none of it.
 */
public interface Cases {

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return the case with its whole history
     */
    Case get(ActingUser user, CaseId caseId);

    /**
     * Screens eligibility with the configured rules: passed goes on to assessment, failed ends as ineligible.
     *
     * @param user who screens (needs {@link Permission#SCREEN})
     * @param caseId the case, referred or in screening
     * @param answers what screening found
     * @return the outcome and every rule's verdict
     */
    ScreeningResult screen(ActingUser user, CaseId caseId, ScreeningAnswers answers);

    /**
     * Records the suitability decision; the acting user is the supervisor who signs it off, and must not be the assessor.
     *
     * @param supervisor who signs off (needs {@link Permission#SIGN_OFF})
     * @param caseId the case, in assessment
     * @param decision the decision
     * @return the case after
     */
    Case decideSuitability(ActingUser supervisor, CaseId caseId, SuitabilityInput decision);

    /**
     * Records a signed consent form.
     *
     * @param user who records it (needs {@link Permission#RECORD_CONSENT})
     * @param caseId the case
     * @param consent the form
     * @return the case after
     */
    Case recordConsent(ActingUser user, CaseId caseId, ConsentInput consent);

    /**
     * Records that he withdrew his consent. The agency's configured consequence follows in the same transaction (by
     * default a case waiting for or on the programme is suspended pending review), partner support is told
     * ({@link ConsentChanged}), and the change is audited.
     *
     * @param user who records it (needs {@link Permission#RECORD_CONSENT})
     * @param caseId the case
     * @param on the date, not after today
     * @return the case after
     */
    Case withdrawConsent(ActingUser user, CaseId caseId, LocalDate on);

    /**
     * Records that he narrowed with whom information may be shared: a new consent in force with the smaller scope.
     * Partner support is told ({@link ConsentChanged}).
     *
     * @param user who records it (needs {@link Permission#RECORD_CONSENT})
     * @param caseId the case, with consent in force
     * @param scope the remaining scope: a strict subset of the one in force
     * @param on the date, not after today
     * @return the case after
     */
    Case narrowConsent(ActingUser user, CaseId caseId, Set<SharingScope> scope, LocalDate on);

    /**
     * Records why there are no contact details for people at risk; a supervisor must review it before he can start.
     *
     * @param user who records it (needs {@link Permission#MANAGE_PEOPLE_AT_RISK})
     * @param caseId the case
     * @param reason the reason
     * @return the case after
     */
    Case recordPartnerContactAbsence(ActingUser user, CaseId caseId, String reason);

    /**
     * A supervisor other than the recorder reviews the reason for absent partner contact.
     *
     * @param supervisor who reviews (needs {@link Permission#SIGN_OFF})
     * @param caseId the case
     * @return the case after
     */
    Case reviewPartnerContactAbsence(ActingUser supervisor, CaseId caseId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return the start guards that would fail now (empty when he can start)
     */
    Set<Guard> startBlockers(ActingUser user, CaseId caseId);

    /**
     * He leaves of his own accord; his group place is freed and he leaves every waiting list; partner support is told.
     *
     * @param user who records it (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case withdraw(ActingUser user, CaseId caseId, String reason);

    /**
     * The agency excludes him; his group place is freed and he leaves every waiting list; partner support is told.
     *
     * @param user who decides (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case exclude(ActingUser user, CaseId caseId, String reason);

    /**
     * He is returned to the referrer (for example for breach); his group place is freed and he leaves every waiting
     * list; partner support is told.
     *
     * @param user who decides (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case returnToReferrer(ActingUser user, CaseId caseId, String reason);

    /**
     * Puts the case on hold.
     *
     * @param user who decides (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case suspend(ActingUser user, CaseId caseId, String reason);

    /**
     * Resumes a suspended case where it was.
     *
     * @param user who decides (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @return the case after
     */
    Case resume(ActingUser user, CaseId caseId);

    /**
     * Begins aftercare after completion.
     *
     * @param user who decides (needs {@link Permission#MANAGE_CASE})
     * @param caseId the case
     * @return the case after
     */
    Case startAftercare(ActingUser user, CaseId caseId);

    /**
     * Closes the case; the acting user is the supervisor who signs it off. Any group place still held is freed and he
     * leaves every waiting list.
     *
     * @param supervisor who closes (needs {@link Permission#CLOSE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case close(ActingUser supervisor, CaseId caseId, String reason);

    /**
     * Reopens a closed case in the state it was closed from, keeping its history.
     *
     * @param supervisor who reopens (needs {@link Permission#CLOSE_CASE})
     * @param caseId the case
     * @param reason why
     * @return the case after
     */
    Case reopen(ActingUser supervisor, CaseId caseId, String reason);

    /**
     * What screening found.
     *
     * @param outcome the outcome recorded on the case
     * @param verdicts every rule's verdict
     */
    @org.dvpp.domain.Classified
    record ScreeningResult(EligibilityOutcome outcome, List<EligibilityVerdict> verdicts) {
    }

    /**
     * A suitability decision.
     *
     * @param outcome suitable or not
     * @param assessor the practitioner who assessed him
     * @param assessments the recorded assessments it rests on
     */
    @org.dvpp.domain.Classified
    record SuitabilityInput(@NotNull Suitability outcome, @NotNull UserId assessor,
            @NotNull List<AssessmentId> assessments) {
    }

    /**
     * A signed consent form.
     *
     * @param formVersion the version of the form
     * @param signedOn when he signed
     * @param scope with whom information may be shared
     * @param confidentialityLimitsExplained whether the limits of confidentiality were explained
     */
    @org.dvpp.domain.Classified
    record ConsentInput(@NotBlank @Size(max = 40) String formVersion, @NotNull @PastOrPresent LocalDate signedOn,
            @NotNull @NotEmpty Set<SharingScope> scope, boolean confidentialityLimitsExplained) {
    }
}
