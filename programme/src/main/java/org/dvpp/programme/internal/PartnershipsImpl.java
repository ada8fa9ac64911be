package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.safety.AgreementParty;
import org.dvpp.domain.safety.AgreementRevocation;
import org.dvpp.domain.safety.AgreementState;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.SharingAgreement;
import org.dvpp.domain.safety.SharingPurpose;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Partnerships;
import org.dvpp.programme.Permission;
import org.dvpp.programme.SharingRefusedException;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Information-sharing agreements between the organisations of one deployment, and the cases shared under them. */
final class PartnershipsImpl implements Partnerships {
    private static final String AGREEMENT = "sharing-agreement";
    private static final String SHARE = "case-share";
    private static final String AGENCY = "agency";

    private static final Kernel.Op ORGANISATIONS = Kernel.Op.read("partnerships.organisations",
            Permission.VIEW_AGREEMENTS, AGENCY);
    private static final Kernel.Op PROPOSE = Kernel.Op.write("partnerships.propose", Permission.MANAGE_AGREEMENTS,
            AuditAction.CREATE, AGREEMENT);
    private static final Kernel.Op SIGN = Kernel.Op.write("partnerships.sign", Permission.MANAGE_AGREEMENTS,
            AuditAction.UPDATE, AGREEMENT);
    private static final Kernel.Op REVIEW = Kernel.Op.write("partnerships.review", Permission.MANAGE_AGREEMENTS,
            AuditAction.UPDATE, AGREEMENT);
    private static final Kernel.Op REVOKE = Kernel.Op.write("partnerships.revoke", Permission.MANAGE_AGREEMENTS,
            AuditAction.UPDATE, AGREEMENT);
    private static final Kernel.Op AGREEMENTS = Kernel.Op.read("partnerships.agreements", Permission.VIEW_AGREEMENTS,
            AGENCY);
    private static final Kernel.Op SHARE_CASE = Kernel.Op.write("partnerships.shareCase",
            Permission.SHARE_INFORMATION, AuditAction.EXPORT, "case");
    private static final Kernel.Op SHARES = Kernel.Op.read("partnerships.shares", Permission.VIEW_SAFETY_RECORDS,
            "case");
    private static final Kernel.Op END_SHARE = Kernel.Op.write("partnerships.endShare", Permission.SHARE_INFORMATION,
            AuditAction.UPDATE, SHARE);
    private static final Kernel.Op RECEIVED = Kernel.Op.auditedRead("partnerships.received",
            Permission.VIEW_SHARED_CASES, AGENCY);
    private static final Kernel.Op SHARED_CASE = Kernel.Op.auditedRead("partnerships.sharedCase",
            Permission.VIEW_SHARED_CASES, SHARE);

    /** Rule code: the next review date is after today. */
    static final String REVIEW_AFTER_TODAY = "review-after-today";
    /** Rule code: an agreement's end date is not in the past when it is proposed. */
    static final String ENDS_NOT_PAST = "ends-not-in-past";

    private final Kernel k;

    @Inject
    PartnershipsImpl(Kernel kernel) {
        this.k = kernel;
    }

    @Override
    public List<Organisation> organisations(ActingUser user) {
        return k.run(user, ORGANISATIONS, ch -> { }, tx -> tx.partnerships().organisations().stream()
                .map(o -> new Organisation(o.id(), o.name())).toList());
    }

    @Override
    public SharingAgreement propose(ActingUser user, AgreementInput in) {
        LocalDate today = k.today();
        return k.run(user, PROPOSE, ch -> {
            ch.valid("agreement", in);
            if (in == null) {
                return;
            }
            if (in.partners() != null && in.partners().contains(user.agency())) {
                ch.check(() -> {
                    throw new InvalidInputException("agreement.partners", SharingAgreement.ANOTHER_PARTY,
                            "agreement.partners names the proposing organisation itself; name the others");
                });
            }
            if (in.startsOn() != null && in.reviewOn() != null && !in.reviewOn().isAfter(in.startsOn())) {
                ch.check(() -> {
                    throw new InvalidInputException("agreement.reviewOn", SharingAgreement.REVIEW_AFTER_START,
                            "agreement.reviewOn must be after agreement.startsOn");
                });
            }
            if (in.endsOn() != null && in.endsOn().isPresent() && in.startsOn() != null) {
                LocalDate end = in.endsOn().get();
                if (end.isBefore(in.startsOn())) {
                    ch.check(() -> {
                        throw new InvalidInputException("agreement.endsOn", SharingAgreement.END_AFTER_REVIEW,
                                "agreement.endsOn must not be before agreement.startsOn");
                    });
                } else if (end.isBefore(today)) {
                    ch.check(() -> {
                        throw new InvalidInputException("agreement.endsOn", ENDS_NOT_PAST,
                                "agreement.endsOn must not be before today");
                    });
                }
            }
        }, tx -> {
            List<AgreementParty> parties = new ArrayList<>();
            parties.add(new AgreementParty(user.agency(), Optional.of(k.now()), Optional.of(user.id())));
            for (AgencyId partner : in.partners().stream().sorted(Comparator.comparing(a -> a.value())).toList()) {
                if (tx.partnerships().organisationName(partner).isEmpty()) {
                    throw new NotFoundException("organisation", partner);
                }
                parties.add(AgreementParty.unsigned(partner));
            }
            SharingAgreement a = new SharingAgreement(AgreementId.random(), user.agency(), in.title(), parties,
                    in.dataClasses(), in.purpose(), in.purposeDescription(), in.lawfulBasis(), in.startsOn(),
                    in.reviewOn(), in.endsOn(), Optional.empty(), Optional.empty(), user.id(), k.now(), 0);
            tx.partnerships().insertAgreement(a);
            return a;
        });
    }

    private static SharingAgreement agreement(Transaction tx, AgreementId id) {
        return tx.partnerships().findAgreement(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    /** Saves a change and reads the agreement back, with its new version and the signatures as stored. */
    private static SharingAgreement saved(Transaction tx, SharingAgreement changed) {
        tx.partnerships().updateAgreement(changed);
        return agreement(tx, changed.id());
    }

    @Override
    public SharingAgreement sign(ActingUser user, AgreementId id) {
        return k.run(user, SIGN, "agreement", id, ch -> { }, tx -> {
            SharingAgreement a = agreement(tx, id);
            if (a.revocation().isPresent()) {
                throw new SharingRefusedException(user.id(), Permission.MANAGE_AGREEMENTS, "agreement-revoked");
            }
            boolean signed = a.parties().stream().anyMatch(p -> p.agency().equals(user.agency()) && p.signed());
            if (signed) {
                throw new InvalidInputException("agreement", "already-signed",
                        "this organisation has already signed the agreement");
            }
            return saved(tx, a.signedBy(user.agency(), user.id(), k.now()));
        });
    }

    @Override
    public SharingAgreement review(ActingUser user, AgreementId id, LocalDate nextReview) {
        LocalDate today = k.today();
        return k.run(user, REVIEW, "agreement", id, ch -> {
            ch.required("nextReview", nextReview);
            if (nextReview != null && !nextReview.isAfter(today)) {
                ch.check(() -> {
                    throw new InvalidInputException("nextReview", REVIEW_AFTER_TODAY,
                            "nextReview must be after today");
                });
            }
        }, tx -> {
            SharingAgreement a = agreement(tx, id);
            if (a.revocation().isPresent()) {
                throw new SharingRefusedException(user.id(), Permission.MANAGE_AGREEMENTS, "agreement-revoked");
            }
            return saved(tx, a.reviewed(today, nextReview));
        });
    }

    @Override
    public SharingAgreement revoke(ActingUser user, AgreementId id, String reason) {
        return k.run(user, REVOKE, "agreement", id, ch -> ch.text("reason", reason, 500), tx -> {
            SharingAgreement a = agreement(tx, id);
            if (a.revocation().isPresent()) {
                throw new InvalidInputException("agreement", "already-revoked", "the agreement is already revoked");
            }
            return saved(tx, a.revoked(new AgreementRevocation(user.agency(), user.id(), k.now(), reason)));
        });
    }

    @Override
    public List<AgreementStatus> agreements(ActingUser user) {
        LocalDate today = k.today();
        return k.run(user, AGREEMENTS, ch -> { }, tx -> tx.partnerships().agreements().stream()
                .map(a -> new AgreementStatus(a, a.state(today), a.reviewOverdue(today))).toList());
    }

    /** The refusal code of an agreement that is not in force. */
    private static String refusal(AgreementState state) {
        return "agreement-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public CaseShare shareCase(ActingUser user, CaseId caseId, ShareInput in) {
        LocalDate today = k.today();
        return k.run(user, SHARE_CASE, "caseId", caseId, ch -> {
            ch.valid("share", in);
            if (in != null && user.agency().equals(in.recipient())) {
                ch.check(() -> {
                    throw new InvalidInputException("share.recipient", "another-organisation",
                            "share.recipient is the user's own organisation");
                });
            }
        }, tx -> {
            tx.cases().get(caseId);
            SharingAgreement a = agreement(tx, in.agreement());
            if (!a.hasParty(in.recipient())) {
                throw new SharingRefusedException(user.id(), Permission.SHARE_INFORMATION, "not-a-party");
            }
            AgreementState state = a.state(today);
            if (!state.inForce()) {
                throw new SharingRefusedException(user.id(), Permission.SHARE_INFORMATION, refusal(state));
            }
            boolean already = tx.partnerships().sharesOfCase(caseId).stream().anyMatch(s -> s.live()
                    && s.recipient().equals(in.recipient()) && s.agreement().equals(a.id()));
            if (already) {
                throw new InvalidInputException("share", "already-shared",
                        "the case is already shared with that organisation under this agreement");
            }
            String name = tx.partnerships().organisationName(in.recipient())
                    .orElseThrow(() -> new NotFoundException("organisation", in.recipient()));
            InformationSharingEntry entry = new InformationSharingEntry(SharingEntryId.random(), user.agency(),
                    caseId, today, recipientKind(a.purpose()), name, in.what(), in.why(), a.lawfulBasis(), user.id(),
                    Optional.of(a.id()));
            tx.informationSharing().insert(entry);
            CaseShare share = new CaseShare(CaseShareId.random(), user.agency(), a.id(), in.recipient(), caseId,
                    entry.id(), k.now(), user.id(), Optional.empty());
            tx.partnerships().insertShare(share);
            return share;
        });
    }

    private static SharingRecipient recipientKind(SharingPurpose purpose) {
        return switch (purpose) {
            case PARTNER_SUPPORT -> SharingRecipient.PARTNER_SUPPORT;
            case CHILD_SAFEGUARDING -> SharingRecipient.CHILDRENS_SERVICES;
            case RISK_MANAGEMENT, OTHER -> SharingRecipient.OTHER;
        };
    }

    @Override
    public List<CaseShare> shares(ActingUser user, CaseId caseId) {
        return k.run(user, SHARES, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return tx.partnerships().sharesOfCase(caseId);
        });
    }

    @Override
    public void endShare(ActingUser user, CaseShareId id) {
        k.run(user, END_SHARE, "share", id, ch -> { }, tx -> {
            CaseShare s = tx.partnerships().findShare(id).filter(x -> x.agency().equals(user.agency()))
                    .orElseThrow(() -> new NotFoundException("case share", id));
            if (!tx.partnerships().endShare(s.id(), k.now(), user.id())) {
                throw new InvalidInputException("share", "already-ended", "the share has already ended");
            }
            return null;
        });
    }

    @Override
    public List<ReceivedShare> received(ActingUser user) {
        LocalDate today = k.today();
        return k.run(user, RECEIVED, ch -> { }, tx -> {
            List<ReceivedShare> out = new ArrayList<>();
            for (CaseShare s : tx.partnerships().sharesReceived()) {
                Optional<SharingAgreement> a = tx.partnerships().findAgreement(s.agreement())
                        .filter(x -> x.state(today).inForce() && x.hasParty(user.agency()));
                if (a.isPresent()) {
                    out.add(new ReceivedShare(s.id(), s.agency(), tx.partnerships().organisationName(s.agency())
                            .orElse(""), s.agreement(), a.get().purpose(), s.sharedAt()));
                }
            }
            return out;
        });
    }

    @Override
    public SharedCase sharedCase(ActingUser user, CaseShareId id) {
        LocalDate today = k.today();
        return k.run(user, SHARED_CASE, "share", id, ch -> { }, tx -> {
            CaseShare s = tx.partnerships().findShare(id).filter(x -> x.recipient().equals(user.agency()))
                    .orElseThrow(() -> new NotFoundException("case share", id));
            if (!s.live()) {
                throw new SharingRefusedException(user.id(), Permission.VIEW_SHARED_CASES, "share-ended");
            }
            SharingAgreement a = tx.partnerships().findAgreement(s.agreement())
                    .orElseThrow(() -> new SharingRefusedException(user.id(), Permission.VIEW_SHARED_CASES,
                            "not-a-party"));
            AgreementState state = a.state(today);
            if (!state.inForce()) {
                throw new SharingRefusedException(user.id(), Permission.VIEW_SHARED_CASES, refusal(state));
            }
            String fromName = tx.partnerships().organisationName(s.agency()).orElse("");
            SharedCase view = k.inHolder(user, s.agency(), "case", s.caseId(), "partnerships.sharedCase by "
                    + "organisation " + user.agency() + " share " + s.id() + " agreement " + a.id(), htx -> {
                        Case c = htx.cases().get(s.caseId());
                        String reference = htx.participants().find(c.participant())
                                .orElseThrow(() -> new NotFoundException("participant", c.participant()))
                                .reference();
                        List<RiskEvent> risks = htx.riskEvents().listForCase(c.id()).stream()
                                .sorted(Comparator.comparing(RiskEvent::occurredAt)).toList();
                        List<PersonAtRisk> people = htx.peopleAtRisk().listForParticipant(c.participant()).stream()
                                .filter(p -> a.purpose() != SharingPurpose.PARTNER_SUPPORT
                                        || p.relationship().isPartner())
                                .toList();
                        return new SharedCase(s.id(), s.agency(), fromName, a.id(), a.purpose(), a.classesShared(),
                                c.id(), reference, c.status(), SafetyImpl.currentRisk(htx, c.id()), c.history(), risks,
                                people);
                    });
            // what the agreement does not let pass is withheld here; the pipeline then withholds what the role may not
            return Redactor.redact(view, a.classesShared()).value();
        });
    }
}
