package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.ConsentId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.casework.EligibilityOutcome;
import org.dvpp.domain.casework.PartnerContactStatus;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.casework.SuitabilityDecision;
import org.dvpp.domain.participant.Consent;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.storage.spi.CaseRepository;
import org.dvpp.storage.spi.OptimisticLockException;

final class CaseRepo implements CaseRepository {
    static final String TABLE = "dv_case";
    static final String TRANSITIONS = "case_transition";
    private static final String STATE_COLS = "status, suspended_from, elig_passed, elig_failed_rules, "
            + "elig_screened_on, elig_screened_by, suit_outcome, suit_assessments, suit_decided_on, suit_assessor, "
            + "suit_signed_off_by, consent_id, consent_form_version, consent_signed_on, consent_scope, "
            + "consent_explained, consent_withdrawn_on, pc_kind, pc_people, pc_reason_enc, pc_recorded_by, "
            + "pc_reviewed_by, pc_reviewed_on, group_id, history_count";
    static final String INSERT = "INSERT INTO dv_case (agency_id, id, participant_id, referral_id, episode, "
            + STATE_COLS + ", row_version) VALUES (" + "?,".repeat(30) + "?)";
    private static final String UPDATE = "UPDATE dv_case SET referral_id = ?, episode = ?, status = ?, "
            + "suspended_from = ?, elig_passed = ?, elig_failed_rules = ?, elig_screened_on = ?, elig_screened_by = ?, "
            + "suit_outcome = ?, suit_assessments = ?, suit_decided_on = ?, suit_assessor = ?, suit_signed_off_by = ?, "
            + "consent_id = ?, consent_form_version = ?, consent_signed_on = ?, consent_scope = ?, "
            + "consent_explained = ?, consent_withdrawn_on = ?, pc_kind = ?, pc_people = ?, pc_reason_enc = ?, "
            + "pc_recorded_by = ?, pc_reviewed_by = ?, pc_reviewed_on = ?, group_id = ?, history_count = ?, "
            + "row_version = row_version + 1 WHERE agency_id = ? AND id = ? AND row_version = ?";
    static final String INSERT_TRANSITION = "INSERT INTO case_transition (agency_id, case_id, seq, episode, "
            + "from_status, to_status, command, reason_enc, actor, at_nanos) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String SELECT = "SELECT id, participant_id, referral_id, episode, " + STATE_COLS
            + ", row_version FROM dv_case WHERE agency_id = ?";

    private final Db db;

    CaseRepo(Db db) {
        this.db = db;
    }

    /** The state columns, in {@link #STATE_COLS} order. */
    static List<Object> state(Db db, Case c) {
        List<Object> p = new ArrayList<>();
        p.add(c.status());
        p.add(Db.opt(c.suspendedFrom().map(Enum::name), Types.VARCHAR));
        Optional<EligibilityOutcome> e = c.eligibility();
        p.add(Db.opt(e.map(EligibilityOutcome::passed), Types.BOOLEAN));
        p.add(Db.opt(e.map(x -> Codec.list(x.failedRules())), Types.VARCHAR));
        p.add(Db.opt(e.map(EligibilityOutcome::screenedOn), Types.DATE));
        p.add(Db.optUuid(e.map(EligibilityOutcome::screenedBy)));
        Optional<SuitabilityDecision> s = c.suitability();
        p.add(Db.opt(s.map(x -> x.outcome().name()), Types.VARCHAR));
        p.add(Db.opt(s.map(x -> Codec.list(x.assessments())), Types.VARCHAR));
        p.add(Db.opt(s.map(SuitabilityDecision::decidedOn), Types.DATE));
        p.add(Db.optUuid(s.map(SuitabilityDecision::assessor)));
        p.add(Db.optUuid(s.flatMap(SuitabilityDecision::signedOffBy)));
        Optional<Consent> k = c.consent();
        if (k.isPresent() && (!k.get().caseId().equals(c.id()) || !k.get().agency().equals(c.agency()))) {
            throw new InvalidInputException("consent.caseId", "same-case", "the consent belongs to another case");
        }
        p.add(Db.optUuid(k.map(Consent::id)));
        p.add(Db.opt(k.map(Consent::formVersion), Types.VARCHAR));
        p.add(Db.opt(k.map(Consent::signedOn), Types.DATE));
        p.add(Db.opt(k.map(x -> Codec.list(x.scope().stream().map(Enum::name).sorted().toList())), Types.VARCHAR));
        p.add(Db.opt(k.map(Consent::confidentialityLimitsExplained), Types.BOOLEAN));
        p.add(Db.opt(k.flatMap(Consent::withdrawnOn), Types.DATE));
        PartnerContactStatus pc = c.partnerContact();
        if (pc instanceof PartnerContactStatus.Recorded r) {
            p.add("RECORDED");
            p.add(r.people());
            p.add(Db.nul(Types.VARBINARY));
            p.add(Db.nul(Types.OTHER));
            p.add(Db.nul(Types.OTHER));
            p.add(Db.nul(Types.DATE));
        } else if (pc instanceof PartnerContactStatus.Absent a) {
            p.add("ABSENT");
            p.add(Db.nul(Types.INTEGER));
            p.add(db.cipher.forSubject(c.participant().value()).encrypt(TABLE, c.id().value(), "pc_reason_enc", a.reason()));
            p.add(a.recordedBy());
            p.add(Db.optUuid(a.reviewedBy()));
            p.add(Db.opt(a.reviewedOn(), Types.DATE));
        } else {
            p.add("NOT_RECORDED");
            p.add(Db.nul(Types.INTEGER));
            p.add(Db.nul(Types.VARBINARY));
            p.add(Db.nul(Types.OTHER));
            p.add(Db.nul(Types.OTHER));
            p.add(Db.nul(Types.DATE));
        }
        p.add(Db.optUuid(c.group()));
        p.add(c.history().size());
        return p;
    }

    static Object[] insertParams(Db db, Case c) {
        List<Object> p = new ArrayList<>(List.of(c.agency(), c.id(), c.participant(), c.referral(), c.episode()));
        p.addAll(state(db, c));
        p.add(c.version());
        return p.toArray();
    }

    /**
     * Records on the case's current referral that it opened this case's current episode, so that reports can give
     * every figure to the referral it happened under (a no-op when already recorded).
     */
    static void link(Db db, Case c) {
        db.update(ReferralRepo.LINK, c.id(), c.episode(), db.agencyId, c.referral(), c.episode());
    }

    static Object[] transitionParams(Db db, Case c, int seq) {
        CaseTransition t = c.history().get(seq);
        return new Object[] {c.agency(), c.id(), seq, t.episode(), t.from(), t.to(), t.command(),
            db.cipher.forSubject(c.participant().value()).encrypt(TRANSITIONS, c.id().value() + "#" + seq, "reason_enc",
                    t.reason()), t.actor(),
            t.at()};
    }

    @Override
    public void insert(Case c) {
        Checks.required(c, "case");
        db.own(c.agency());
        db.insert("Case", c.id(), INSERT, insertParams(db, c));
        link(db, c);
        try (Db.Batch b = db.batch("CaseTransition", INSERT_TRANSITION)) {
            for (int i = 0; i < c.history().size(); i++) {
                b.add(transitionParams(db, c, i));
            }
            b.finish();
        }
    }

    @Override
    public Optional<Case> find(CaseId id) {
        Checks.required(id, "id");
        return db.one(SELECT + db.visible("dv_case.agency_id", "dv_case.participant_id") + " AND id = ?", this::mapRow, db.agencyId, id).map(this::withHistory);
    }

    @Override
    public Case get(CaseId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Case", id));
    }

    @Override
    public Case update(Case c) {
        Checks.required(c, "case");
        db.own(c.agency());
        Optional<long[]> stored = db.one("SELECT history_count, row_version FROM dv_case WHERE agency_id = ? AND id = ?",
                r -> new long[] {r.i("history_count"), r.l("row_version")}, db.agencyId, c.id());
        if (stored.isEmpty()) {
            throw new NotFoundException("Case", c.id());
        }
        int from = (int) stored.get()[0];
        if (stored.get()[1] != c.version()) {
            // a stale copy: say so (re-read and apply again), rather than judge its shorter history as bad input;
            // the conditional UPDATE below stays the authority for copies that go stale after this read
            throw new OptimisticLockException("Case", c.id(), c.version());
        }
        if (c.history().size() < from) {
            throw new InvalidInputException("history", "append-only", "a case's history can only grow");
        }
        List<Object> p = new ArrayList<>();
        p.add(c.referral());
        p.add(c.episode());
        p.addAll(state(db, c));
        p.add(db.agencyId);
        p.add(c.id());
        p.add(c.version());
        if (db.update(UPDATE, p.toArray()) == 0) {
            throw new OptimisticLockException("Case", c.id(), c.version());
        }
        link(db, c);
        try (Db.Batch b = db.batch("CaseTransition", INSERT_TRANSITION)) {
            for (int i = from; i < c.history().size(); i++) {
                b.add(transitionParams(db, c, i));
            }
            b.finish();
        }
        return c.withVersion(c.version() + 1);
    }

    @Override
    public List<Case> listForParticipant(ParticipantId participant) {
        Checks.required(participant, "participant");
        return db.list(SELECT + db.visible("dv_case.agency_id", "dv_case.participant_id")
                + " AND participant_id = ? ORDER BY id", this::mapRow, db.agencyId, participant)
                .stream().map(this::withHistory).toList();
    }

    @Override
    public List<CaseId> idsWithStatus(CaseStatus status) {
        Checks.required(status, "status");
        return db.list("SELECT id FROM dv_case WHERE agency_id = ? AND status = ?"
                + db.visible("dv_case.agency_id", "dv_case.participant_id") + " ORDER BY id",
                r -> new CaseId(r.uuid("id")), db.agencyId, status);
    }

    private Case withHistory(Case c) {
        List<CaseTransition> history = db.list("SELECT seq, episode, from_status, to_status, command, reason_enc, "
                + "actor, at_nanos FROM case_transition WHERE agency_id = ? AND case_id = ? ORDER BY seq",
                r -> new CaseTransition(r.i("episode"), r.en(CaseStatus.class, "from_status"),
                        r.en(CaseStatus.class, "to_status"), r.str("command"),
                        db.cipher.decrypt(TRANSITIONS, c.id().value() + "#" + r.i("seq"), "reason_enc",
                                r.bytes("reason_enc")),
                        new UserId(r.uuid("actor")), r.instant("at_nanos")),
                db.agencyId, c.id());
        return new Case(c.id(), c.agency(), c.participant(), c.referral(), c.episode(), c.status(),
                c.suspendedFrom(), c.eligibility(), c.suitability(), c.consent(), c.partnerContact(), c.group(),
                history, c.version());
    }

    private Case mapRow(Row r) throws SQLException {
        CaseId id = new CaseId(r.uuid("id"));
        Optional<EligibilityOutcome> elig = Optional.empty();
        Optional<Boolean> passed = r.optBool("elig_passed");
        if (passed.isPresent()) {
            elig = Optional.of(new EligibilityOutcome(passed.get(), Codec.list(r.str("elig_failed_rules")),
                    r.date("elig_screened_on"), new UserId(r.uuid("elig_screened_by"))));
        }
        Optional<SuitabilityDecision> suit = Optional.empty();
        Optional<Suitability> outcome = r.optEn(Suitability.class, "suit_outcome");
        if (outcome.isPresent()) {
            List<AssessmentId> assessments = Codec.list(r.str("suit_assessments")).stream()
                    .map(s -> new AssessmentId(UUID.fromString(s))).toList();
            suit = Optional.of(new SuitabilityDecision(outcome.get(), assessments, r.date("suit_decided_on"),
                    new UserId(r.uuid("suit_assessor")), r.optUuid("suit_signed_off_by").map(UserId::new)));
        }
        Optional<Consent> consent = Optional.empty();
        Optional<UUID> consentId = r.optUuid("consent_id");
        if (consentId.isPresent()) {
            Set<SharingScope> scope = EnumSet.noneOf(SharingScope.class);
            for (String s : Codec.list(r.str("consent_scope"))) {
                scope.add(SharingScope.valueOf(s));
            }
            consent = Optional.of(new Consent(new ConsentId(consentId.get()), db.agency, id,
                    r.str("consent_form_version"), r.date("consent_signed_on"), scope, r.bool("consent_explained"),
                    r.optDate("consent_withdrawn_on")));
        }
        PartnerContactStatus pc = switch (r.str("pc_kind")) {
            case "RECORDED" -> new PartnerContactStatus.Recorded(r.i("pc_people"));
            case "ABSENT" -> new PartnerContactStatus.Absent(
                    db.cipher.decrypt(TABLE, id.value(), "pc_reason_enc", r.bytes("pc_reason_enc")),
                    new UserId(r.uuid("pc_recorded_by")), r.optUuid("pc_reviewed_by").map(UserId::new),
                    r.optDate("pc_reviewed_on"));
            default -> new PartnerContactStatus.NotRecorded();
        };
        return new Case(id, db.agency, new ParticipantId(r.uuid("participant_id")),
                new ReferralId(r.uuid("referral_id")), r.i("episode"), r.en(CaseStatus.class, "status"),
                r.optEn(CaseStatus.class, "suspended_from"), elig, suit, consent, pc,
                r.optUuid("group_id").map(GroupId::new), List.of(), r.l("row_version"));
    }
}
