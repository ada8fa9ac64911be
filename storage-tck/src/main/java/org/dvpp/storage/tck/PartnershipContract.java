package org.dvpp.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.AgreementParty;
import org.dvpp.domain.safety.AgreementRevocation;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.SharingAgreement;
import org.dvpp.domain.safety.SharingPurpose;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.dvpp.storage.spi.PartnershipRepository}: an agreement round-trips whole (parties in order,
 * signatures, data classes, dates, review, revocation) and exists only for its parties; changes are optimistically
 * locked and a signature once given stays; a share is seen by the organisation holding the case and the one receiving
 * it, by no third; ended shares leave the received list; a register entry keeps the agreement it was made under.
 * Extend it and supply the storage, as for {@link StorageContract}.
 */
public abstract class PartnershipContract {
    private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456Z");

    /** @return the storage under test (opened once, shared by the tests) */
    protected abstract Storage storage();

    private Fixtures organisation() {
        return Fixtures.stored(storage(), "SHARE");
    }

    private static SharingAgreement agreement(Fixtures lead, AgencyId... others) {
        List<AgreementParty> parties = new java.util.ArrayList<>();
        parties.add(new AgreementParty(lead.agencyId(), Optional.of(AT), Optional.of(lead.worker())));
        for (AgencyId o : others) {
            parties.add(AgreementParty.unsigned(o));
        }
        return new SharingAgreement(AgreementId.random(), lead.agencyId(), "ISS partnership", parties,
                EnumSet.of(DataClass.P0), SharingPurpose.PARTNER_SUPPORT, "support for partners", LawfulBasis.SAFEGUARDING,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2027-03-01"), Optional.of(LocalDate.parse("2028-02-29")),
                Optional.empty(), Optional.empty(), lead.worker(), AT, 0);
    }

    private Case storedCase(Fixtures f) {
        Participant p = f.participant("north");
        Referral r = f.referral(p.id(), ReferralSource.PROBATION, Fixtures.BASE);
        Case c = f.openCase(p.id(), r.id());
        storage().inTransaction(f.agencyId(), tx -> {
            tx.participants().insert(p);
            tx.referrals().insert(r);
            tx.cases().insert(c);
            return null;
        });
        return c;
    }

    /** An agreement reads back whole for every party, and not at all for anyone else. */
    @Test
    void anAgreementRoundTripsForItsPartiesOnly() {
        Fixtures lead = organisation();
        Fixtures charity = organisation();
        Fixtures council = organisation();
        Fixtures outsider = organisation();
        SharingAgreement a = agreement(lead, charity.agencyId(), council.agencyId());
        storage().inTransaction(lead.agencyId(), tx -> {
            tx.partnerships().insertAgreement(a);
            return null;
        });
        for (Fixtures party : List.of(lead, charity, council)) {
            SharingAgreement read = storage().readOnly(party.agencyId(), tx -> tx.partnerships()
                    .findAgreement(a.id()).orElseThrow());
            assertThat(read).usingRecursiveComparison().ignoringFields("createdAt", "parties").isEqualTo(a);
            assertThat(read.parties()).extracting(AgreementParty::agency).containsExactly(lead.agencyId(),
                    charity.agencyId(), council.agencyId());
            assertThat(read.createdAt()).isCloseTo(AT, org.assertj.core.api.Assertions.within(1, ChronoUnit.MICROS));
            assertThat(storage().<List<SharingAgreement>>readOnly(party.agencyId(), tx -> tx.partnerships().agreements()))
                    .extracting(SharingAgreement::id).containsExactly(a.id());
        }
        assertThat(storage().<Optional<SharingAgreement>>readOnly(outsider.agencyId(), tx -> tx.partnerships().findAgreement(a.id())))
                .isEmpty();
        assertThat(storage().<List<SharingAgreement>>readOnly(outsider.agencyId(), tx -> tx.partnerships().agreements())).isEmpty();
        // only the lead's own transaction may insert it
        assertThatThrownBy(() -> storage().inTransaction(charity.agencyId(), tx -> {
            tx.partnerships().insertAgreement(agreement(lead, charity.agencyId()));
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(storage().<List<org.dvpp.storage.spi.PartnershipRepository.Organisation>>readOnly(outsider.agencyId(), tx -> tx.partnerships().organisations()))
                .extracting(o -> o.id()).contains(lead.agencyId(), charity.agencyId(), council.agencyId());
        assertThat(storage().<Optional<String>>readOnly(outsider.agencyId(), tx -> tx.partnerships().organisationName(
                charity.agencyId()))).contains(charity.agency().name());
        assertThat(storage().<Optional<String>>readOnly(outsider.agencyId(), tx -> tx.partnerships().organisationName(
                AgencyId.random()))).isEmpty();
    }

    /** Signatures, a review and a revocation are saved under optimistic locking, by parties only. */
    @Test
    void changesAreLockedAndMadeByPartiesOnly() {
        Fixtures lead = organisation();
        Fixtures charity = organisation();
        Fixtures outsider = organisation();
        SharingAgreement a = agreement(lead, charity.agencyId());
        storage().inTransaction(lead.agencyId(), tx -> {
            tx.partnerships().insertAgreement(a);
            return null;
        });
        UserId signer = UserId.random();
        long v1 = storage().inTransaction(charity.agencyId(), tx -> tx.partnerships().updateAgreement(
                a.signedBy(charity.agencyId(), signer, AT.plusSeconds(60))));
        assertThat(v1).isEqualTo(1);
        SharingAgreement signed = storage().readOnly(lead.agencyId(), tx -> tx.partnerships().findAgreement(a.id())
                .orElseThrow());
        assertThat(signed.version()).isEqualTo(1);
        assertThat(signed.parties()).allMatch(AgreementParty::signed);
        assertThat(signed.parties().get(1).signedBy()).contains(signer);
        // the stale copy is refused
        assertThatThrownBy(() -> storage().inTransaction(lead.agencyId(), tx -> tx.partnerships().updateAgreement(
                a.reviewed(LocalDate.parse("2026-06-01"), LocalDate.parse("2027-06-01")))))
                .isInstanceOf(OptimisticLockException.class);
        // an outsider cannot change it: not found
        assertThatThrownBy(() -> storage().inTransaction(outsider.agencyId(), tx -> tx.partnerships()
                .updateAgreement(signed.revoked(new AgreementRevocation(outsider.agencyId(), UserId.random(), AT,
                        "x"))))).isInstanceOf(NotFoundException.class);
        SharingAgreement reviewed = signed.reviewed(LocalDate.parse("2026-06-01"), LocalDate.parse("2027-06-01"));
        storage().inTransaction(lead.agencyId(), tx -> tx.partnerships().updateAgreement(reviewed));
        SharingAgreement afterReview = storage().readOnly(charity.agencyId(), tx -> tx.partnerships()
                .findAgreement(a.id()).orElseThrow());
        assertThat(afterReview.lastReviewedOn()).contains(LocalDate.parse("2026-06-01"));
        assertThat(afterReview.reviewOn()).isEqualTo(LocalDate.parse("2027-06-01"));
        AgreementRevocation r = new AgreementRevocation(charity.agencyId(), signer, AT.plusSeconds(3600),
                "the charity withdrew");
        storage().inTransaction(charity.agencyId(), tx -> tx.partnerships().updateAgreement(afterReview.revoked(r)));
        SharingAgreement revoked = storage().readOnly(lead.agencyId(), tx -> tx.partnerships().findAgreement(a.id())
                .orElseThrow());
        assertThat(revoked.revocation()).hasValueSatisfying(x -> {
            assertThat(x.agency()).isEqualTo(charity.agencyId());
            assertThat(x.by()).isEqualTo(signer);
            assertThat(x.reason()).isEqualTo("the charity withdrew");
        });
        assertThat(revoked.version()).isEqualTo(3);
        assertThat(revoked.parties().get(1).signedBy()).contains(signer);
    }

    /** A share is the holder's and the recipient's, no third organisation's; ending it takes it off the list. */
    @Test
    void aShareIsSeenByTheHolderAndTheRecipientOnly() {
        Fixtures lead = organisation();
        Fixtures charity = organisation();
        Fixtures outsider = organisation();
        SharingAgreement a = agreement(lead, charity.agencyId());
        Case c = storedCase(lead);
        InformationSharingEntry entry = new InformationSharingEntry(SharingEntryId.random(), lead.agencyId(), c.id(),
                Fixtures.BASE, SharingRecipient.PARTNER_SUPPORT, "Women's Aid", "referral " + lead.marker(),
                "safety " + lead.marker(), LawfulBasis.SAFEGUARDING, lead.worker(), Optional.of(a.id()));
        CaseShare first = new CaseShare(CaseShareId.random(), lead.agencyId(), a.id(), charity.agencyId(), c.id(),
                entry.id(), AT, lead.worker(), Optional.empty());
        CaseShare second = new CaseShare(CaseShareId.random(), lead.agencyId(), a.id(), charity.agencyId(), c.id(),
                entry.id(), AT.plusSeconds(5), lead.worker(), Optional.empty());
        storage().inTransaction(lead.agencyId(), tx -> {
            tx.partnerships().insertAgreement(a);
            tx.informationSharing().insert(entry);
            tx.partnerships().insertShare(first);
            tx.partnerships().insertShare(second);
            return null;
        });
        assertThat(storage().<Optional<InformationSharingEntry>>readOnly(lead.agencyId(), tx -> tx.informationSharing().find(entry.id())))
                .hasValueSatisfying(e -> assertThat(e.agreement()).contains(a.id()));
        assertThat(storage().<List<CaseShare>>readOnly(lead.agencyId(), tx -> tx.partnerships().sharesOfCase(c.id())))
                .extracting(CaseShare::id).containsExactly(first.id(), second.id());
        assertThat(storage().<Optional<CaseShare>>readOnly(charity.agencyId(), tx -> tx.partnerships().findShare(first.id())))
                .hasValueSatisfying(s -> {
                    assertThat(s.recipient()).isEqualTo(charity.agencyId());
                    assertThat(s.caseId()).isEqualTo(c.id());
                    assertThat(s.registerEntry()).isEqualTo(entry.id());
                    assertThat(s.live()).isTrue();
                });
        assertThat(storage().<Optional<CaseShare>>readOnly(outsider.agencyId(), tx -> tx.partnerships().findShare(first.id()))).isEmpty();
        assertThat(storage().<List<CaseShare>>readOnly(outsider.agencyId(), tx -> tx.partnerships().sharesReceived())).isEmpty();
        // the recipient cannot list the holder's case's shares, nor end one
        assertThat(storage().<List<CaseShare>>readOnly(charity.agencyId(), tx -> tx.partnerships().sharesOfCase(c.id()))).isEmpty();
        assertThat(storage().<Boolean>inTransaction(charity.agencyId(), tx -> tx.partnerships().endShare(first.id(), AT,
                UserId.random()))).isFalse();
        assertThat(storage().<List<CaseShare>>readOnly(charity.agencyId(), tx -> tx.partnerships().sharesReceived()))
                .extracting(CaseShare::id).containsExactly(second.id(), first.id());
        assertThat(storage().<Boolean>inTransaction(lead.agencyId(), tx -> tx.partnerships().endShare(first.id(),
                AT.plusSeconds(60), lead.worker()))).isTrue();
        assertThat(storage().<Boolean>inTransaction(lead.agencyId(), tx -> tx.partnerships().endShare(first.id(),
                AT.plusSeconds(61), lead.worker()))).isFalse();
        assertThat(storage().<List<CaseShare>>readOnly(charity.agencyId(), tx -> tx.partnerships().sharesReceived()))
                .extracting(CaseShare::id).containsExactly(second.id());
        assertThat(storage().<Optional<CaseShare>>readOnly(charity.agencyId(), tx -> tx.partnerships().findShare(first.id())))
                .hasValueSatisfying(s -> assertThat(s.endedAt()).isPresent());
        // a share of another agency's record is refused
        assertThatThrownBy(() -> storage().inTransaction(charity.agencyId(), tx -> {
            tx.partnerships().insertShare(new CaseShare(CaseShareId.random(), lead.agencyId(), a.id(),
                    charity.agencyId(), c.id(), entry.id(), AT, lead.worker(), Optional.empty()));
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }
}
