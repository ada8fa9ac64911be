package org.dvpp.domain.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;

/**
 * An information-sharing agreement between organisations of one deployment (a perpetrator programme, a women's-support
 * charity, a council): who the parties are, which data classes may pass between them, for what purpose, on what lawful
 * basis, and from when until when. Nothing is shared or read under it unless it is {@link AgreementState#ACTIVE}: signed
 * by every party, started, not past its end date and not revoked. Ids, codes and dates (P2) always pass under an agreement
 * in force; P1 and P0 pass only where {@link #dataClasses()} names them.
 *
 * @param id its id
 * @param lead the organisation that proposed it
 * @param title its title, such as {@code Merton ISS partnership}
 * @param parties every organisation party to it, the lead first, with their signatures
 * @param dataClasses the data classes that may pass under it (P2 always does)
 * @param purpose why the parties share
 * @param purposeDescription the purpose in the agreement's own words (one line, no personal data)
 * @param lawfulBasis the lawful basis
 * @param startsOn the first day it is in force
 * @param reviewOn when it is next due for review
 * @param endsOn the last day it is in force, if it has one
 * @param lastReviewedOn when it was last reviewed, if it has been
 * @param revocation its revocation, if a party revoked it
 * @param createdBy who proposed it
 * @param createdAt when
 * @param version the optimistic-locking version
 */
@org.dvpp.domain.Classified
public record SharingAgreement(AgreementId id, AgencyId lead, String title, List<AgreementParty> parties,
        Set<DataClass> dataClasses, SharingPurpose purpose, String purposeDescription, LawfulBasis lawfulBasis,
        LocalDate startsOn, LocalDate reviewOn, Optional<LocalDate> endsOn, Optional<LocalDate> lastReviewedOn,
        Optional<AgreementRevocation> revocation, UserId createdBy, Instant createdAt, long version) {

    /** Rule code: an agreement needs at least one other organisation. */
    public static final String ANOTHER_PARTY = "another-party";
    /** Rule code: the review date is after the start. */
    public static final String REVIEW_AFTER_START = "review-after-start";
    /** Rule code: the end date is not before the start and not before the review. */
    public static final String END_AFTER_REVIEW = "end-after-review";

    /** Checks every part. */
    public SharingAgreement {
        Checks.required(id, "id");
        Checks.required(lead, "lead");
        Checks.text(title, "title", 200);
        parties = Checks.list(parties, "parties");
        dataClasses = Checks.set(dataClasses, "dataClasses");
        Checks.required(purpose, "purpose");
        Checks.text(purposeDescription, "purposeDescription", 1000);
        Checks.required(lawfulBasis, "lawfulBasis");
        Checks.required(startsOn, "startsOn");
        Checks.required(reviewOn, "reviewOn");
        Checks.required(endsOn, "endsOn");
        Checks.required(lastReviewedOn, "lastReviewedOn");
        Checks.required(revocation, "revocation");
        Checks.required(createdBy, "createdBy");
        Checks.required(createdAt, "createdAt");
        Set<AgencyId> seen = new HashSet<>();
        for (AgreementParty p : parties) {
            if (!seen.add(p.agency())) {
                throw new InvalidInputException("parties", "distinct", "an organisation is party only once");
            }
        }
        if (parties.isEmpty() || !parties.get(0).agency().equals(lead)) {
            throw new InvalidInputException("parties", "lead-first", "the lead organisation is the first party");
        }
        if (parties.size() < 2) {
            throw new InvalidInputException("parties", ANOTHER_PARTY,
                    "an agreement needs at least one organisation besides the lead");
        }
        if (!reviewOn.isAfter(startsOn)) {
            throw new InvalidInputException("reviewOn", REVIEW_AFTER_START, "reviewOn must be after startsOn");
        }
        if (endsOn.isPresent() && endsOn.get().isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", END_AFTER_REVIEW, "endsOn must not be before startsOn");
        }
    }

    /**
     * @param today the day, by the deployment's clock
     * @return where the agreement stands that day
     */
    public AgreementState state(LocalDate today) {
        if (revocation.isPresent()) {
            return AgreementState.REVOKED;
        }
        if (!parties.stream().allMatch(AgreementParty::signed)) {
            return AgreementState.AWAITING_SIGNATURES;
        }
        if (endsOn.isPresent() && today.isAfter(endsOn.get())) {
            return AgreementState.EXPIRED;
        }
        if (today.isBefore(startsOn)) {
            return AgreementState.NOT_STARTED;
        }
        return AgreementState.ACTIVE;
    }

    /**
     * @param today the day
     * @return whether its review date has passed (it stays in force; the parties should review it)
     */
    public boolean reviewOverdue(LocalDate today) {
        return today.isAfter(reviewOn);
    }

    /**
     * @param agency an organisation
     * @return whether it is party to the agreement
     */
    public boolean hasParty(AgencyId agency) {
        return parties.stream().anyMatch(p -> p.agency().equals(agency));
    }

    /** @return the data classes that pass under it: its own, and P2 */
    public Set<DataClass> classesShared() {
        Set<DataClass> all = EnumSet.of(DataClass.P2);
        all.addAll(dataClasses);
        return all;
    }

    /**
     * @param agency the party that signs
     * @param by who signs
     * @param at when
     * @return the agreement with that party's signature
     */
    public SharingAgreement signedBy(AgencyId agency, UserId by, Instant at) {
        List<AgreementParty> signed = new ArrayList<>();
        for (AgreementParty p : parties) {
            signed.add(p.agency().equals(agency) ? new AgreementParty(agency, Optional.of(at), Optional.of(by)) : p);
        }
        return new SharingAgreement(id, lead, title, signed, dataClasses, purpose, purposeDescription, lawfulBasis,
                startsOn, reviewOn, endsOn, lastReviewedOn, revocation, createdBy, createdAt, version);
    }

    /**
     * @param on the day of the review
     * @param next the next review date
     * @return the agreement, reviewed
     */
    public SharingAgreement reviewed(LocalDate on, LocalDate next) {
        return new SharingAgreement(id, lead, title, parties, dataClasses, purpose, purposeDescription, lawfulBasis,
                startsOn, next, endsOn, Optional.of(on), revocation, createdBy, createdAt, version);
    }

    /**
     * @param r the revocation
     * @return the agreement, revoked
     */
    public SharingAgreement revoked(AgreementRevocation r) {
        return new SharingAgreement(id, lead, title, parties, dataClasses, purpose, purposeDescription, lawfulBasis,
                startsOn, reviewOn, endsOn, lastReviewedOn, Optional.of(r), createdBy, createdAt, version);
    }
}
