package org.dvpp.domain.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.participant.Consent;

/**
 * A man's case: where he stands on the programme, the facts its guards read, and its whole history. Immutable: every
 * change goes through {@link CaseLifecycle#handle} and yields a new {@code Case}.
 *
 * @param id the case's id
 * @param agency the agency
 * @param participant the man
 * @param referral the referral of the current episode
 * @param episode 1 for the first referral, one more for each re-referral
 * @param status the current state
 * @param suspendedFrom the state to resume to, while suspended
 * @param eligibility the screening result of this episode
 * @param suitability the suitability decision of this episode
 * @param consent the consent of this episode
 * @param partnerContact whether partner support can reach the people at risk
 * @param group the group he started in, once started
 * @param history every transition, oldest first, across all episodes
 * @param version the optimistic-locking version (0 before the first save)
 */
@org.dvpp.domain.Classified
public record Case(
        CaseId id,
        AgencyId agency,
        ParticipantId participant,
        ReferralId referral,
        int episode,
        CaseStatus status,
        Optional<CaseStatus> suspendedFrom,
        Optional<EligibilityOutcome> eligibility,
        Optional<SuitabilityDecision> suitability,
        Optional<Consent> consent,
        PartnerContactStatus partnerContact,
        Optional<GroupId> group,
        List<CaseTransition> history,
        long version) {

    /** Checks every part. */
    public Case {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(participant, "participant");
        Checks.required(referral, "referral");
        Checks.range(episode, "episode", 1, 1_000);
        Checks.required(status, "status");
        Checks.required(suspendedFrom, "suspendedFrom");
        if (suspendedFrom.isPresent() != (status == CaseStatus.SUSPENDED)) {
            throw new org.dvpp.domain.InvalidInputException("suspendedFrom", "only-when-suspended",
                    "suspendedFrom is set exactly when the case is suspended");
        }
        Checks.required(eligibility, "eligibility");
        Checks.required(suitability, "suitability");
        Checks.required(consent, "consent");
        Checks.required(partnerContact, "partnerContact");
        Checks.required(group, "group");
        history = Checks.list(history, "history");
    }

    /**
     * A new case for a referral, in state {@link CaseStatus#REFERRED}, with no history yet.
     *
     * @param id the case's id
     * @param agency the agency
     * @param participant the man
     * @param referral his referral
     * @return the case
     */
    public static Case open(CaseId id, AgencyId agency, ParticipantId participant, ReferralId referral) {
        return new Case(id, agency, participant, referral, 1, CaseStatus.REFERRED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new PartnerContactStatus.NotRecorded(), Optional.empty(), List.of(),
                0);
    }

    /** @return the same case with the next version, as storage returns it after a save */
    public Case withVersion(long newVersion) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, eligibility, suitability,
                consent, partnerContact, group, history, newVersion);
    }

    Case withStatus(CaseStatus newStatus, Optional<CaseStatus> newSuspendedFrom, CaseTransition entry) {
        List<CaseTransition> h = new ArrayList<>(history.size() + 1);
        h.addAll(history);
        h.add(entry);
        return new Case(id, agency, participant, referral, episode, newStatus, newSuspendedFrom, eligibility,
                suitability, consent, partnerContact, group, h, version);
    }

    Case withEligibility(EligibilityOutcome e) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, Optional.of(e), suitability,
                consent, partnerContact, group, history, version);
    }

    Case withSuitability(SuitabilityDecision s) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, eligibility, Optional.of(s),
                consent, partnerContact, group, history, version);
    }

    Case withConsent(Consent c) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, eligibility, suitability,
                Optional.of(c), partnerContact, group, history, version);
    }

    Case withPartnerContact(PartnerContactStatus p) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, eligibility, suitability,
                consent, p, group, history, version);
    }

    Case withGroup(GroupId g) {
        return new Case(id, agency, participant, referral, episode, status, suspendedFrom, eligibility, suitability,
                consent, partnerContact, Optional.of(g), history, version);
    }

    Case newEpisode(ReferralId newReferral) {
        return new Case(id, agency, participant, newReferral, episode + 1, status, suspendedFrom, Optional.empty(),
                Optional.empty(), Optional.empty(), partnerContact, Optional.empty(), history, version);
    }

    /** @return whether the case has ever been in the programme in its current episode */
    public boolean hasStarted() {
        return history.stream().anyMatch(t -> t.episode() == episode && t.to() == CaseStatus.IN_PROGRAMME);
    }
}
