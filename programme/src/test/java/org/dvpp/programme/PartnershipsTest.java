package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.safety.AgreementState;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.SharingAgreement;
import org.dvpp.domain.safety.SharingPurpose;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, build point 2: several organisations in one deployment, information-sharing agreements between them, cases
 * shared under an agreement and entered in the register, a partner organisation's reads and events only while the
 * agreement is in force, and revocation, expiry and an ended share stopping both at once.
 */
class PartnershipsTest {
    private static final String CANARY = "CANARY-P0-partnership-7f3a";

    /** The deployment of the harness (a perpetrator programme) with a women's-support charity and a council. */
    static final class Deployment implements AutoCloseable {
        final AgencyId charity = AgencyId.random();
        final AgencyId council = AgencyId.random();
        final RecordingListener charityListener = new RecordingListener("charity-crm", 0);
        final RecordingListener councilListener = new RecordingListener("council-crm", 0);
        final RecordingListener hostListener = new RecordingListener("host-crm", 0);
        final Harness h;
        final ActingUser charityAdmin = ActingUser.of(UserId.random(), charity, Role.ADMINISTRATOR);
        final ActingUser charityWorker = ActingUser.of(UserId.random(), charity, Role.PARTNER_SUPPORT);
        final ActingUser charityPractitioner = ActingUser.of(UserId.random(), charity, Role.PRACTITIONER);
        final ActingUser councilAdmin = ActingUser.of(UserId.random(), council, Role.ADMINISTRATOR);
        final ActingUser councilLead = ActingUser.of(UserId.random(), council, Role.SAFEGUARDING_LEAD);

        Deployment(boolean postgres) throws Exception {
            java.util.function.Consumer<DvppBuilder> listeners = b -> b.addListener(charity, charityListener)
                    .addListener(council, councilListener).addListener(hostListener);
            h = postgres ? Harness.onPostgres(listeners) : new Harness(listeners);
            h.dvpp.agencies().register(charityAdmin, new Agencies.AgencyDetails("Merton Women's Aid",
                    new ServiceArea(List.of(new Area("merton", "Merton")))));
            h.dvpp.agencies().register(councilAdmin, new Agencies.AgencyDetails("London Borough of Merton",
                    new ServiceArea(List.of(new Area("merton", "Merton")))));
        }

        Partnerships p() {
            return h.dvpp.partnerships();
        }

        Partnerships.AgreementInput.Builder agreement(DataClass... classes) {
            Partnerships.AgreementInput.Builder b = Partnerships.AgreementInput.builder()
                    .title("Merton integrated support service").partner(charity)
                    .purpose(SharingPurpose.PARTNER_SUPPORT, "support and safety planning for partners of men on the programme")
                    .lawfulBasis(LawfulBasis.SAFEGUARDING).dates(h.today(), h.today().plusMonths(12));
            for (DataClass c : classes) {
                b.share(c);
            }
            return b;
        }

        /** @return an agreement with the charity, signed by both */
        SharingAgreement signed(DataClass... classes) {
            SharingAgreement a = p().propose(h.admin, agreement(classes).build());
            return p().sign(charityAdmin, a.id());
        }

        /** @return a man ready for a group, whose partner's name is the canary */
        CaseId man() {
            CaseId c = h.refer();
            h.dvpp.safety().addPersonAtRisk(h.practitioner, c, new Safety.NewPersonAtRisk(
                    org.dvpp.domain.safety.Relationship.PARTNER, new org.dvpp.domain.safety.ContactDetails(CANARY,
                            java.util.Optional.empty(), "07700 900456", "", "after 2pm " + CANARY), true));
            return c;
        }

        CaseShare share(SharingAgreement a, CaseId c) {
            return p().shareCase(h.practitioner, c, new Partnerships.ShareInput(a.id(), charity,
                    "referral for partner support " + CANARY, "she asked for support " + CANARY));
        }

        @Override
        public void close() throws Exception {
            h.close();
        }
    }

    @Test
    void anAgreementIsInForceOnlyOnceEveryPartySignedAndOnlyForItsParties() throws Exception {
        try (Deployment d = new Deployment(false)) {
            SharingAgreement a = d.p().propose(d.h.admin, d.agreement(DataClass.P0).build());
            assertThat(a.state(d.h.today())).isEqualTo(AgreementState.AWAITING_SIGNATURES);
            assertThat(a.parties()).extracting(x -> x.agency()).containsExactly(d.h.agency, d.charity);
            CaseId man = d.man();
            // not yet signed by the charity: nothing can be shared under it
            assertThatThrownBy(() -> d.share(a, man)).isInstanceOfSatisfying(SharingRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo("agreement-awaiting-signatures"));
            assertThat(d.p().shares(d.h.supervisor, man)).isEmpty();
            // the council is not a party: the agreement does not exist for it
            assertThat(d.p().agreements(d.councilAdmin)).isEmpty();
            assertThatThrownBy(() -> d.p().sign(d.councilAdmin, a.id())).isInstanceOf(NotFoundException.class);
            SharingAgreement signed = d.p().sign(d.charityAdmin, a.id());
            assertThat(signed.state(d.h.today())).isEqualTo(AgreementState.ACTIVE);
            assertThat(d.p().agreements(d.charityWorker)).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(AgreementState.ACTIVE);
                assertThat(s.agreement().parties()).allMatch(x -> x.signed());
            });
            assertThatThrownBy(() -> d.p().sign(d.charityAdmin, a.id())).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.violations().get(0).rule())
                            .isEqualTo("already-signed"));
            // signing, like proposing, is an administrator's: partner support may not
            assertThatThrownBy(() -> d.p().sign(d.charityWorker, a.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(d.p().organisations(d.h.admin)).extracting(Partnerships.Organisation::name)
                    .contains("Merton Women's Aid", "London Borough of Merton", "South West London DVPP");
        }
    }

    @Test
    void aProposalIsCheckedFieldByFieldAndNothingIsSaved() throws Exception {
        try (Deployment d = new Deployment(false)) {
            assertThatThrownBy(() -> d.p().propose(d.h.admin, d.agreement().partner(d.h.agency)
                    .dates(d.h.today(), d.h.today().minusDays(1)).build()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.rule())
                            .contains("agreement.partners another-party", "agreement.reviewOn review-after-start"));
            assertThatThrownBy(() -> d.p().propose(d.h.admin, Partnerships.AgreementInput.builder().build()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.path()).contains("agreement.title", "agreement.partners",
                                    "agreement.purpose", "agreement.lawfulBasis", "agreement.startsOn"));
            AgencyId unknown = AgencyId.random();
            assertThatThrownBy(() -> d.p().propose(d.h.admin, d.agreement().partner(unknown).build()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> d.p().propose(d.h.admin, d.agreement().endsOn(d.h.today().minusDays(1))
                    .dates(d.h.today().minusMonths(2), d.h.today().minusMonths(1)).build()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.rule()).containsExactly("ends-not-in-past"));
            assertThatThrownBy(() -> d.p().propose(d.charityWorker, d.agreement().build()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(d.p().agreements(d.h.admin)).isEmpty();
            assertThat(d.p().agreements(d.charityAdmin)).isEmpty();
        }
    }

    @Test
    void aSharedCaseIsEnteredInTheRegisterAndReadWithWhatTheAgreementAndTheRoleAllowAuditedByBoth() throws Exception {
        try (Deployment d = new Deployment(false)) {
            SharingAgreement a = d.signed(DataClass.P0);
            CaseId man = d.man();
            CaseShare share = d.share(a, man);
            InformationSharingEntry entry = d.h.dvpp.safety().sharingRegister(d.h.supervisor, man).stream()
                    .filter(e -> e.id().equals(share.registerEntry())).findFirst().orElseThrow();
            assertThat(entry.agreement()).contains(a.id());
            assertThat(entry.lawfulBasis()).isEqualTo(LawfulBasis.SAFEGUARDING);
            assertThat(entry.recipient()).isEqualTo(SharingRecipient.PARTNER_SUPPORT);
            assertThat(entry.recipientName()).isEqualTo("Merton Women's Aid");
            assertThat(entry.what()).contains(CANARY);

            assertThat(d.p().received(d.charityWorker)).singleElement().satisfies(r -> {
                assertThat(r.share()).isEqualTo(share.id());
                assertThat(r.fromName()).isEqualTo("South West London DVPP");
            });
            Partnerships.SharedCase seen = d.p().sharedCase(d.charityWorker, share.id());
            assertThat(seen.caseId()).isEqualTo(man);
            assertThat(seen.people()).singleElement().satisfies(p -> assertThat(p.contact().name()).isEqualTo(CANARY));
            assertThat(seen.reference()).startsWith("PH-");
            // the council receives nothing, and may not reach the share by its id
            assertThat(d.p().received(d.councilLead)).isEmpty();
            assertThatThrownBy(() -> d.p().sharedCase(d.councilLead, share.id())).isInstanceOf(NotFoundException.class);
            // a perpetrator-facing role of the charity may not read shared cases at all
            assertThatThrownBy(() -> d.p().sharedCase(d.charityPractitioner, share.id()))
                    .isInstanceOf(AccessDeniedException.class);
            // the charity reaches the case only through the share: the front door's own reads say not found
            assertThatThrownBy(() -> d.h.dvpp.safety().peopleAtRisk(d.charityWorker, man))
                    .isInstanceOf(NotFoundException.class);

            List<AuditEntry> holder = d.h.audit(d.h.agency);
            assertThat(holder).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo(d.charityWorker.id());
                assertThat(e.action()).isEqualTo(AuditAction.READ);
                assertThat(e.entityId()).isEqualTo(man.value());
                assertThat(e.purpose()).contains("partnerships.sharedCase", d.charity.toString(), a.id().toString());
            });
            assertThat(holder).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
                assertThat(e.purpose()).startsWith("partnerships.shareCase");
            });
            assertThat(d.h.audit(d.charity)).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo(d.charityWorker.id());
                assertThat(e.action()).isEqualTo(AuditAction.READ);
                assertThat(e.purpose()).startsWith("partnerships.sharedCase");
            });
            assertThat(d.h.audit(d.h.agency)).noneSatisfy(e -> assertThat(e.purpose()).contains(CANARY));
            assertThat(d.h.audit(d.charity)).noneSatisfy(e -> assertThat(e.purpose()).contains(CANARY));
        }
    }

    @Test
    void dataClassesTheAgreementDoesNotNameAreWithheldWhateverTheReadersRole() throws Exception {
        try (Deployment d = new Deployment(false)) {
            SharingAgreement a = d.signed(); // ids, codes and dates only
            CaseId man = d.man();
            d.h.dvpp.safety().recordRiskEvent(d.h.practitioner, man, new Safety.RiskInput(
                    org.dvpp.domain.safety.RiskEventKind.DISCLOSURE, d.h.clock.instant(),
                    org.dvpp.domain.safety.RiskLevel.HIGH, Set.of(), java.util.Optional.empty(),
                    "she said he threatened her " + CANARY));
            CaseShare share = d.share(a, man);
            Partnerships.SharedCase seen = d.p().sharedCase(d.charityWorker, share.id());
            assertThat(seen.classesShared()).containsExactly(DataClass.P2);
            assertThat(seen.people()).isEmpty();
            assertThat(seen.risk()).isEqualTo(org.dvpp.domain.safety.RiskLevel.HIGH);
            assertThat(seen.riskEvents()).singleElement().satisfies(r -> assertThat(r.summary())
                    .doesNotContain(CANARY));
            assertThat(seen.toString() + seen.history() + seen.riskEvents()).doesNotContain(CANARY);
        }
    }

    @Test
    void revokingAnAgreementRefusesThePartnerOrganisationsNextRead() throws Exception {
        revocation(false);
    }

    @Test
    void revokingAnAgreementRefusesThePartnerOrganisationsNextReadOnPostgres() throws Exception {
        revocation(true);
    }

    private static void revocation(boolean postgres) throws Exception {
        try (Deployment d = new Deployment(postgres)) {
            SharingAgreement a = d.signed(DataClass.P0);
            CaseId man = d.man();
            CaseShare share = d.share(a, man);
            assertThat(d.p().sharedCase(d.charityWorker, share.id()).people()).hasSize(1);
            SharingAgreement revoked = d.p().revoke(d.h.admin, a.id(), "contract with the charity ended");
            assertThat(revoked.state(d.h.today())).isEqualTo(AgreementState.REVOKED);
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, share.id()))
                    .isInstanceOfSatisfying(SharingRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo("agreement-revoked");
                        assertThat(e.errorCode()).isEqualTo("sharing-refused");
                    });
            assertThat(d.p().received(d.charityWorker)).isEmpty();
            assertThat(d.h.audit(d.charity)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                assertThat(e.purpose()).startsWith("partnerships.sharedCase");
            });
            // nothing more can be shared under it, nor signed or reviewed
            assertThatThrownBy(() -> d.share(a, d.man())).isInstanceOfSatisfying(SharingRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo("agreement-revoked"));
            assertThatThrownBy(() -> d.p().review(d.charityAdmin, a.id(), d.h.today().plusMonths(6)))
                    .isInstanceOf(SharingRefusedException.class);
            assertThat(d.p().agreements(d.charityAdmin)).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(AgreementState.REVOKED);
                assertThat(s.agreement().revocation().orElseThrow().agency()).isEqualTo(d.h.agency);
            });
        }
    }

    @Test
    void thePartnerMayRevokeTooAndAnExpiredAgreementOrAnEndedShareRefusesTheNextRead() throws Exception {
        try (Deployment d = new Deployment(false)) {
            // expiry: in force to its last day, refused the day after
            SharingAgreement shortOne = d.p().sign(d.charityAdmin, d.p().propose(d.h.admin, d.agreement(DataClass.P0)
                    .dates(d.h.today(), d.h.today().plusDays(5)).endsOn(d.h.today().plusDays(10)).build()).id());
            CaseShare s1 = d.share(shortOne, d.man());
            d.h.clock.advance(Duration.ofDays(10));
            assertThat(d.p().sharedCase(d.charityWorker, s1.id()).people()).hasSize(1);
            d.h.clock.advance(Duration.ofDays(1));
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, s1.id()))
                    .isInstanceOfSatisfying(SharingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo("agreement-expired"));

            // an ended share
            SharingAgreement a = d.signed(DataClass.P0);
            CaseShare s2 = d.share(a, d.man());
            assertThat(d.p().sharedCase(d.charityWorker, s2.id()).people()).hasSize(1);
            assertThatThrownBy(() -> d.p().endShare(d.charityAdmin, s2.id())).isInstanceOf(AccessDeniedException.class);
            d.p().endShare(d.h.practitioner, s2.id());
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, s2.id()))
                    .isInstanceOfSatisfying(SharingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo("share-ended"));
            assertThat(d.p().shares(d.h.supervisor, s2.caseId())).singleElement()
                    .satisfies(s -> assertThat(s.endedAt()).isPresent());

            // the partner revokes
            CaseShare s3 = d.share(a, d.man());
            d.p().revoke(d.charityAdmin, a.id(), "the charity withdrew from the partnership");
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, s3.id()))
                    .isInstanceOf(SharingRefusedException.class);
        }
    }

    @Test
    void eventsReachAPartnerOrganisationOnlyUnderAnAgreementInForce() throws Exception {
        try (Deployment d = new Deployment(false)) {
            CaseId man = d.man();
            d.h.dvpp.cases().screen(d.h.practitioner, man, ScreeningAnswers.of(true));
            d.h.dvpp.events().dispatchPending();
            // not shared: the host's own listener has his events, the partner organisations' listeners nothing
            assertThat(d.hostListener.events()).isNotEmpty();
            assertThat(d.charityListener.events()).isEmpty();
            assertThat(d.councilListener.events()).isEmpty();

            SharingAgreement a = d.signed();
            d.share(a, man);
            d.h.dvpp.cases().decideSuitability(d.h.supervisor, man, new Cases.SuitabilityInput(
                    org.dvpp.domain.casework.Suitability.SUITABLE, d.h.practitioner.id(),
                    List.of(d.h.intakeAssessment(man))));
            d.h.dvpp.events().dispatchPending();
            assertThat(d.charityListener.events()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.caseId()).isEqualTo(man);
                assertThat(e.agency()).isEqualTo(d.h.agency);
            });
            assertThat(d.councilListener.events()).isEmpty();
            int before = d.charityListener.events().size();

            // queued while in force, delivered after the revocation: withheld
            d.h.dvpp.safety().recordRiskEvent(d.h.practitioner, man, new Safety.RiskInput(
                    org.dvpp.domain.safety.RiskEventKind.DISCLOSURE, d.h.clock.instant(),
                    org.dvpp.domain.safety.RiskLevel.HIGH, Set.of(), java.util.Optional.empty(), CANARY));
            int hostBefore = d.hostListener.events().size();
            d.p().revoke(d.charityAdmin, a.id(), "the charity withdrew from the partnership");
            d.h.dvpp.events().dispatchPending();
            assertThat(d.hostListener.events()).hasSizeGreaterThan(hostBefore); // the risk rise was delivered there
            assertThat(d.charityListener.events()).hasSize(before);
            // and nothing queued after it
            d.h.dvpp.cases().withdraw(d.h.practitioner, man, "moved away");
            d.h.dvpp.events().dispatchPending();
            assertThat(d.charityListener.events()).hasSize(before);
            assertThat(d.hostListener.events().size()).isGreaterThan(before);
            for (ProgrammeEvent e : d.hostListener.events()) {
                assertThat(e.toString()).doesNotContain(CANARY);
            }
            for (ProgrammeEvent e : d.charityListener.events()) {
                assertThat(e.toString()).doesNotContain(CANARY);
            }
            // the council, party to no agreement, got none of them
            assertThat(d.councilListener.events()).isEmpty();
        }
    }

    @Test
    void aShareNeedsARecipientThatIsAPartyAndIsRefusedTwice() throws Exception {
        try (Deployment d = new Deployment(false)) {
            SharingAgreement a = d.signed(DataClass.P0);
            CaseId man = d.man();
            assertThatThrownBy(() -> d.p().shareCase(d.h.practitioner, man, new Partnerships.ShareInput(a.id(),
                    d.council, "referral", "safeguarding"))).isInstanceOfSatisfying(SharingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo("not-a-party"));
            assertThatThrownBy(() -> d.p().shareCase(d.h.practitioner, man, new Partnerships.ShareInput(a.id(),
                    d.h.agency, "referral", "safeguarding"))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations().get(0).rule()).isEqualTo("another-organisation"));
            d.share(a, man);
            assertThatThrownBy(() -> d.share(a, man)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations().get(0).rule()).isEqualTo("already-shared"));
            // the charity cannot share the programme's case
            assertThatThrownBy(() -> d.p().shareCase(d.charityWorker, man, new Partnerships.ShareInput(a.id(),
                    d.h.agency, "x", "y"))).isInstanceOf(NotFoundException.class);
            assertThat(d.p().shares(d.h.supervisor, man)).hasSize(1);
            CaseShareId unknown = CaseShareId.random();
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, unknown)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aRestrictedMansSharedCaseIsNotFoundAndHeIsNotErasedWhileShared() throws Exception {
        try (Deployment d = new Deployment(false)) {
            SharingAgreement a = d.signed(DataClass.P0);
            CaseId man = d.man();
            CaseShare share = d.share(a, man);
            org.dvpp.domain.ParticipantId him = d.h.get(man).participant();
            d.h.dvpp.cases().screen(d.h.practitioner, man, ScreeningAnswers.of(false));
            d.h.dvpp.cases().close(d.h.supervisor, man, "not eligible");
            // erasure would leave the charity reading records that no longer open: refused while the share stands
            assertThatThrownBy(() -> d.h.dvpp.dataRights().erase(d.h.admin, him))
                    .isInstanceOfSatisfying(ErasureRefusedException.class, e -> assertThat(e.reasons())
                            .containsExactly(ErasureRefusedException.SHARED_WITH_PARTNER));
            // restriction hides him from the partner as from everyone
            d.h.dvpp.dataRights().restrict(d.h.supervisor, him, "he disputes the record");
            assertThatThrownBy(() -> d.p().sharedCase(d.charityWorker, share.id()))
                    .isInstanceOf(NotFoundException.class);
            d.h.dvpp.dataRights().lift(d.h.supervisor, him);
            assertThat(d.p().sharedCase(d.charityWorker, share.id()).caseId()).isEqualTo(man);
            d.p().endShare(d.h.practitioner, share.id());
            assertThat(d.h.dvpp.dataRights().erase(d.h.admin, him).subject()).isEqualTo(him);
        }
    }
}
