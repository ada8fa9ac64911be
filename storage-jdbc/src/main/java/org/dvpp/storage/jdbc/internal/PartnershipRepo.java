package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AgreementId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CaseShareId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.AgreementParty;
import org.dvpp.domain.safety.AgreementRevocation;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.SharingAgreement;
import org.dvpp.domain.safety.SharingPurpose;
import org.dvpp.storage.spi.OptimisticLockException;
import org.dvpp.storage.spi.PartnershipRepository;

/**
 * Agreements are rows of their own, not of one agency: every query names the transaction's agency as a party
 * ({@code sharing_agreement_party}), so an agreement it is not party to reads as absent. Shares are the holder's rows;
 * the recipient reads them by {@code recipient_agency}.
 */
final class PartnershipRepo implements PartnershipRepository {
    private static final String AGREEMENT = "SELECT a.id, a.lead_agency, a.title, a.purpose, a.purpose_text, "
            + "a.lawful_basis, a.data_classes, a.starts_on, a.review_on, a.ends_on, a.last_reviewed_on, "
            + "a.revoked_agency, a.revoked_by, a.revoked_at_nanos, a.revoke_reason, a.created_by, a.created_at_nanos, "
            + "a.row_version FROM sharing_agreement a WHERE EXISTS (SELECT 1 FROM sharing_agreement_party me "
            + "WHERE me.agreement_id = a.id AND me.agency_id = ?)";
    private static final String SHARE = "SELECT agency_id, id, agreement_id, recipient_agency, case_id, "
            + "sharing_entry_id, shared_by, shared_at_nanos, ended_at_nanos FROM case_share";

    private final Db db;

    PartnershipRepo(Db db) {
        this.db = db;
    }

    @Override
    public Optional<String> organisationName(AgencyId agency) {
        Checks.required(agency, "agency");
        return db.one("SELECT name FROM agency WHERE agency_id = ?", r -> r.str("name"), agency);
    }

    @Override
    public List<Organisation> organisations() {
        return db.list("SELECT agency_id, name FROM agency ORDER BY name, agency_id",
                r -> new Organisation(new AgencyId(r.uuid("agency_id")), r.str("name")));
    }

    private static String classes(Set<DataClass> classes) {
        return String.join(",", classes.stream().sorted().map(Enum::name).toList());
    }

    private static Set<DataClass> classes(String text) {
        Set<DataClass> out = EnumSet.noneOf(DataClass.class);
        for (String s : text.split(",")) {
            if (!s.isEmpty()) {
                out.add(DataClass.valueOf(s));
            }
        }
        return out;
    }

    /** A row of the agreement itself, before its parties are read. */
    private record Head(UUID id, AgencyId lead, String title, SharingPurpose purpose, String text, LawfulBasis basis,
            Set<DataClass> classes, java.time.LocalDate starts, java.time.LocalDate review,
            Optional<java.time.LocalDate> ends, Optional<java.time.LocalDate> reviewed,
            Optional<AgreementRevocation> revocation, UserId createdBy, Instant createdAt, long version) {
    }

    private Head head(Row r) throws SQLException {
        Optional<UUID> revokedBy = r.optUuid("revoked_by");
        Optional<AgreementRevocation> revocation = revokedBy.isEmpty() ? Optional.empty()
                : Optional.of(new AgreementRevocation(new AgencyId(r.uuid("revoked_agency")),
                        new UserId(revokedBy.get()), r.instant("revoked_at_nanos"), r.str("revoke_reason")));
        return new Head(r.uuid("id"), new AgencyId(r.uuid("lead_agency")), r.str("title"),
                r.en(SharingPurpose.class, "purpose"), r.str("purpose_text"), r.en(LawfulBasis.class, "lawful_basis"),
                classes(r.str("data_classes")), r.date("starts_on"), r.date("review_on"), r.optDate("ends_on"),
                r.optDate("last_reviewed_on"), revocation, new UserId(r.uuid("created_by")),
                r.instant("created_at_nanos"), r.l("row_version"));
    }

    private List<SharingAgreement> withParties(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AgreementParty>> parties = new LinkedHashMap<>();
        StringBuilder in = new StringBuilder();
        Object[] ids = new Object[heads.size()];
        for (int i = 0; i < heads.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
            ids[i] = heads.get(i).id();
            parties.put(heads.get(i).id(), new ArrayList<>());
        }
        db.each("SELECT agreement_id, agency_id, signed_by, signed_at_nanos FROM sharing_agreement_party "
                + "WHERE agreement_id IN (" + in + ") ORDER BY agreement_id, party_order", r -> {
                    Optional<UUID> by = r.optUuid("signed_by");
                    return Map.entry(r.uuid("agreement_id"), new AgreementParty(new AgencyId(r.uuid("agency_id")),
                            by.isEmpty() ? Optional.empty() : Optional.of(r.instant("signed_at_nanos")),
                            by.map(UserId::new)));
                }, e -> parties.get(e.getKey()).add(e.getValue()), ids);
        List<SharingAgreement> out = new ArrayList<>();
        for (Head h : heads) {
            out.add(new SharingAgreement(new AgreementId(h.id()), h.lead(), h.title(), parties.get(h.id()),
                    h.classes(), h.purpose(), h.text(), h.basis(), h.starts(), h.review(), h.ends(), h.reviewed(),
                    h.revocation(), h.createdBy(), h.createdAt(), h.version()));
        }
        return out;
    }

    @Override
    public void insertAgreement(SharingAgreement a) {
        Checks.required(a, "agreement");
        db.own(a.lead());
        db.insert("SharingAgreement", a.id(), "INSERT INTO sharing_agreement (id, lead_agency, title, purpose, "
                + "purpose_text, lawful_basis, data_classes, starts_on, review_on, ends_on, last_reviewed_on, "
                + "created_by, created_at_nanos, row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)", a.id(), a.lead(),
                a.title(), a.purpose(), a.purposeDescription(), a.lawfulBasis(), classes(a.dataClasses()),
                a.startsOn(), a.reviewOn(), Db.opt(a.endsOn(), Types.DATE), Db.opt(a.lastReviewedOn(), Types.DATE),
                a.createdBy(), a.createdAt());
        int order = 0;
        for (AgreementParty p : a.parties()) {
            db.update("INSERT INTO sharing_agreement_party (agreement_id, agency_id, party_order, signed_by, "
                    + "signed_at_nanos) VALUES (?,?,?,?,?)", a.id(), p.agency(), order++, Db.optUuid(p.signedBy()),
                    Db.opt(p.signedAt().map(Codec::nanos), Types.BIGINT));
        }
    }

    @Override
    public Optional<SharingAgreement> findAgreement(AgreementId id) {
        Checks.required(id, "id");
        return withParties(db.list(AGREEMENT + " AND a.id = ?", this::head, db.agencyId, id)).stream().findFirst();
    }

    @Override
    public long updateAgreement(SharingAgreement a) {
        Checks.required(a, "agreement");
        Optional<AgreementRevocation> r = a.revocation();
        int n = db.update("UPDATE sharing_agreement SET review_on = ?, last_reviewed_on = ?, revoked_agency = ?, "
                + "revoked_by = ?, revoked_at_nanos = ?, revoke_reason = ?, row_version = row_version + 1 "
                + "WHERE id = ? AND row_version = ? AND EXISTS (SELECT 1 FROM sharing_agreement_party me "
                + "WHERE me.agreement_id = sharing_agreement.id AND me.agency_id = ?)", a.reviewOn(),
                Db.opt(a.lastReviewedOn(), Types.DATE), Db.optUuid(r.map(AgreementRevocation::agency)),
                Db.optUuid(r.map(AgreementRevocation::by)), Db.opt(r.map(x -> Codec.nanos(x.at())), Types.BIGINT),
                Db.opt(r.map(AgreementRevocation::reason), Types.VARCHAR), a.id(), a.version(), db.agencyId);
        if (n == 0) {
            if (findAgreement(a.id()).isEmpty()) {
                throw new NotFoundException("SharingAgreement", a.id());
            }
            throw new OptimisticLockException("SharingAgreement", a.id(), a.version());
        }
        for (AgreementParty p : a.parties()) {
            if (p.signed()) {
                // a signature, once given, stays (only an unsigned row takes one)
                db.update("UPDATE sharing_agreement_party SET signed_by = ?, signed_at_nanos = ? "
                        + "WHERE agreement_id = ? AND agency_id = ? AND signed_by IS NULL", p.signedBy().get(),
                        p.signedAt().get(), a.id(), p.agency());
            }
        }
        return a.version() + 1;
    }

    @Override
    public List<SharingAgreement> agreements() {
        return withParties(db.list(AGREEMENT + " ORDER BY a.created_at_nanos DESC, a.id", this::head, db.agencyId));
    }

    private static CaseShare share(Row r) throws SQLException {
        Optional<Long> ended = Optional.ofNullable(r.lOrNull("ended_at_nanos"));
        return new CaseShare(new CaseShareId(r.uuid("id")), new AgencyId(r.uuid("agency_id")),
                new AgreementId(r.uuid("agreement_id")), new AgencyId(r.uuid("recipient_agency")),
                new CaseId(r.uuid("case_id")), new SharingEntryId(r.uuid("sharing_entry_id")),
                r.instant("shared_at_nanos"), new UserId(r.uuid("shared_by")), ended.map(Codec::instant));
    }

    @Override
    public void insertShare(CaseShare s) {
        Checks.required(s, "share");
        db.own(s.agency());
        db.insert("CaseShare", s.id(), "INSERT INTO case_share (agency_id, id, agreement_id, recipient_agency, "
                + "case_id, sharing_entry_id, shared_by, shared_at_nanos, ended_by, ended_at_nanos) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)", s.agency(), s.id(), s.agreement(), s.recipient(), s.caseId(),
                s.registerEntry(), s.sharedBy(), s.sharedAt(), Db.nul(Types.OTHER),
                Db.opt(s.endedAt().map(Codec::nanos), Types.BIGINT));
    }

    @Override
    public Optional<CaseShare> findShare(CaseShareId id) {
        Checks.required(id, "id");
        return db.one(SHARE + " WHERE id = ? AND (agency_id = ? OR recipient_agency = ?)", PartnershipRepo::share,
                id, db.agencyId, db.agencyId);
    }

    @Override
    public List<CaseShare> sharesOfCase(CaseId caseId) {
        Checks.required(caseId, "caseId");
        return db.list(SHARE + " WHERE agency_id = ? AND case_id = ? ORDER BY shared_at_nanos, id",
                PartnershipRepo::share, db.agencyId, caseId);
    }

    @Override
    public List<CaseShare> sharesReceived() {
        return db.list(SHARE + " WHERE recipient_agency = ? AND ended_at_nanos IS NULL "
                + "ORDER BY shared_at_nanos DESC, id", PartnershipRepo::share, db.agencyId);
    }

    @Override
    public boolean endShare(CaseShareId id, Instant at, UserId by) {
        Checks.required(id, "id");
        Checks.required(at, "at");
        Checks.required(by, "by");
        return db.update("UPDATE case_share SET ended_by = ?, ended_at_nanos = ? WHERE agency_id = ? AND id = ? "
                + "AND ended_at_nanos IS NULL", by, at, db.agencyId, id) == 1;
    }
}
