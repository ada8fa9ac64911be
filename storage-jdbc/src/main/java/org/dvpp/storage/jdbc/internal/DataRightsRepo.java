package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataHoldId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.HoldKind;
import org.dvpp.domain.participant.Restriction;
import org.dvpp.storage.spi.DataRightsRepository;
import org.dvpp.storage.spi.ErasedSubjectException;
import org.dvpp.storage.spi.Erasure;
import org.dvpp.storage.spi.RetentionCandidate;

/**
 * Restriction, holds and erasure on JDBC ({@code subject_status}, {@code subject_hold}, {@code subject_key}).
 * Erasure walks every table that holds encrypted values of the subject ({@link #PARTS}), seals with his own key what is
 * still under the agency keyset (rows written before V70, bulk imports), then destroys that key.
 */
final class DataRightsRepo implements DataRightsRepository {
    static final String STATUS = "subject_status";
    static final String HOLD = "subject_hold";
    private static final String RESTRICTED = "RESTRICTED";
    private static final String ERASED = "ERASED";

    /** How a table's rows are tied to a subject: a condition with the parameters (agency id, subject id). */
    private static final String BY_PARTICIPANT = "participant_id = ?";
    private static final String BY_CASE = "case_id IN (SELECT c_.id FROM dv_case c_ WHERE c_.agency_id = ? "
            + "AND c_.participant_id = ?)";
    private static final String BY_PERSON = "person_id IN (SELECT p_.id FROM person_at_risk p_ WHERE "
            + "p_.agency_id = ? AND p_.participant_id = ?)";
    private static final String BY_SUBJECT = "subject_id = ?";

    /**
     * A table with encrypted values of subjects.
     *
     * @param table the table
     * @param tie how its rows are tied to a subject
     * @param columns its encrypted columns
     */
    record Part(String table, String tie, List<String> columns) {
    }

    /**
     * Every table with a subject's encrypted values. The outbox is not here: its payloads hold ids, codes and dates,
     * never P0 or P1 (the events' own rule), and stay under the agency keyset.
     */
    static final List<Part> PARTS = List.of(
            new Part("referral", BY_PARTICIPANT, List.of("reason_enc")),
            new Part("dv_case", BY_PARTICIPANT, List.of("pc_reason_enc")),
            new Part(CaseRepo.TRANSITIONS, BY_CASE, List.of("reason_enc")),
            new Part("person_at_risk", BY_PARTICIPANT, List.of("name_enc", "date_of_birth_enc", "phone_enc",
                    "address_enc", "safe_contact_notes_enc")),
            new Part("risk_event", BY_CASE, List.of("summary_enc")),
            new Part("sharing_entry", BY_CASE, List.of("what_enc", "why_enc")),
            new Part("assessment", BY_CASE, List.of("answers_enc", "total_enc", "band_code_enc")),
            new Part("voided_record", BY_CASE, List.of("reason_enc")),
            new Part("case_document", BY_CASE, List.of("body_enc")),
            new Part(PartnerSupportRepo.CONTACT, BY_PERSON, List.of("channel_enc", "outcome_enc", "safe_times_enc",
                    "safe_ways_enc", "notes_enc")),
            new Part(PartnerSupportRepo.ACCOUNT, BY_PERSON, List.of("kind_enc", "feels_safe_enc", "account_enc")),
            new Part(PartnerSupportRepo.PLAN, BY_PERSON, List.of("actions_enc")),
            new Part(PartnerSupportRepo.SIGNPOST, BY_PERSON, List.of("service_enc", "organisation_enc", "notes_enc")),
            new Part(PartnerSupportRepo.NOTIFICATION, BY_PERSON, List.of("kind_enc")),
            new Part(PartnerSupportRepo.GLASS, BY_PERSON, List.of("reason_enc")),
            new Part(STATUS, BY_SUBJECT, List.of("reason_enc")),
            new Part(HOLD, BY_SUBJECT, List.of("reason_enc")));

    private final Db db;

    DataRightsRepo(Db db) {
        this.db = db;
    }

    private String state(ParticipantId subject) {
        return db.one("SELECT state FROM subject_status WHERE agency_id = ? AND subject_id = ?", r -> r.str("state"),
                db.agencyId, subject).orElse("");
    }

    private void requireNotErased(ParticipantId subject) {
        if (ERASED.equals(state(subject))) {
            throw new ErasedSubjectException(subject.value());
        }
    }

    @Override
    public void restrict(Restriction r) {
        Checks.required(r, "restriction");
        requireNotErased(r.subject());
        UUID s = r.subject().value();
        byte[] reason = db.cipher.forSubject(s).encrypt(STATUS, s, "reason_enc", r.reason());
        db.update("DELETE FROM subject_status WHERE agency_id = ? AND subject_id = ?", db.agencyId, s);
        db.update("INSERT INTO subject_status (agency_id, subject_id, state, since_nanos, set_by, basis, reason_enc) "
                + "VALUES (?,?,?,?,?,?,?)", db.agencyId, s, RESTRICTED, r.since(), r.by(), "RESTRICTION", reason);
    }

    @Override
    public Optional<Restriction> restriction(ParticipantId subject) {
        Checks.required(subject, "subject");
        return db.one("SELECT since_nanos, set_by, reason_enc FROM subject_status WHERE agency_id = ? "
                + "AND subject_id = ? AND state = ?", r -> new Restriction(subject, r.instant("since_nanos"),
                        new UserId(r.uuid("set_by")), db.cipher.decrypt(STATUS, subject.value(), "reason_enc",
                                r.bytes("reason_enc"))), db.agencyId, subject, RESTRICTED);
    }

    @Override
    public boolean lift(ParticipantId subject) {
        Checks.required(subject, "subject");
        return db.update("DELETE FROM subject_status WHERE agency_id = ? AND subject_id = ? AND state = ?",
                db.agencyId, subject, RESTRICTED) > 0;
    }

    @Override
    public void revealRestricted() {
        db.revealRestricted();
    }

    @Override
    public boolean erased(ParticipantId subject) {
        Checks.required(subject, "subject");
        return ERASED.equals(state(subject));
    }

    @Override
    public void placeHold(DataHold h) {
        Checks.required(h, "hold");
        requireNotErased(h.subject());
        UUID id = h.id().value();
        db.insert("DataHold", h.id(), "INSERT INTO subject_hold (agency_id, id, subject_id, kind, placed_at_nanos, "
                + "placed_by, reason_enc, released_at_nanos, released_by) VALUES (?,?,?,?,?,?,?,?,?)", db.agencyId,
                id, h.subject(), h.kind(), h.placedAt(), h.placedBy(),
                db.cipher.forSubject(h.subject().value()).encrypt(HOLD, id, "reason_enc", h.reason()),
                Db.opt(h.releasedAt().map(org.dvpp.storage.jdbc.internal.Codec::nanos), java.sql.Types.BIGINT),
                Db.optUuid(h.releasedBy()));
    }

    private static final String HOLD_COLUMNS = "SELECT id, subject_id, kind, placed_at_nanos, placed_by, reason_enc, "
            + "released_at_nanos, released_by FROM subject_hold WHERE agency_id = ?";

    private DataHold hold(Row r) throws SQLException {
        UUID id = r.uuid("id");
        Long released = r.lOrNull("released_at_nanos");
        return new DataHold(new DataHoldId(id), new ParticipantId(r.uuid("subject_id")), r.en(HoldKind.class, "kind"),
                r.instant("placed_at_nanos"), new UserId(r.uuid("placed_by")),
                db.cipher.decrypt(HOLD, id, "reason_enc", r.bytes("reason_enc")),
                Optional.ofNullable(released).map(Codec::instant), r.optUuid("released_by").map(UserId::new));
    }

    @Override
    public Optional<DataHold> releaseHold(DataHoldId id, UserId by, Instant at) {
        Checks.required(id, "id");
        Checks.required(by, "by");
        Checks.required(at, "at");
        int n = db.update("UPDATE subject_hold SET released_at_nanos = ?, released_by = ? WHERE agency_id = ? "
                + "AND id = ? AND released_at_nanos IS NULL", at, by, db.agencyId, id);
        if (n == 0) {
            return Optional.empty();
        }
        return db.one(HOLD_COLUMNS + " AND id = ?", this::hold, db.agencyId, id);
    }

    @Override
    public List<DataHold> holds(ParticipantId subject) {
        Checks.required(subject, "subject");
        return db.list(HOLD_COLUMNS + " AND subject_id = ? ORDER BY placed_at_nanos, id", this::hold, db.agencyId,
                subject);
    }

    @Override
    public Erasure erase(ParticipantId subject, UserId by, Instant at, String basis) {
        Checks.required(subject, "subject");
        Checks.required(by, "by");
        Checks.required(at, "at");
        Checks.text(basis, "basis", 40);
        requireNotErased(subject);
        UUID s = subject.value();
        FieldCipher seal = db.cipher.forSubject(s);
        long sealed = 0;
        long shredded = 0;
        for (Part p : PARTS) {
            long[] n = seal(p, s, seal);
            sealed += n[0];
            shredded += n[1];
        }
        db.subjects.destroy(s);
        // the clear identifiers: his reference is replaced, his date of birth kept as its year only
        Optional<LocalDate> born = db.one("SELECT date_of_birth FROM participant WHERE agency_id = ? AND id = ?",
                r -> r.date("date_of_birth"), db.agencyId, s);
        if (born.isPresent()) {
            db.update("UPDATE participant SET ref_code = ?, date_of_birth = ?, row_version = row_version + 1 "
                    + "WHERE agency_id = ? AND id = ?", "erased-" + UUID.randomUUID().toString().substring(0, 23),
                    born.get().withDayOfYear(1), db.agencyId, s);
        }
        db.update("DELETE FROM subject_status WHERE agency_id = ? AND subject_id = ?", db.agencyId, s);
        db.update("INSERT INTO subject_status (agency_id, subject_id, state, since_nanos, set_by, basis) "
                + "VALUES (?,?,?,?,?,?)", db.agencyId, s, ERASED, at, by, basis);
        return new Erasure(subject, at, by, basis, sealed, shredded);
    }

    /** Seals one table's values of the subject with his key; returns {values re-sealed, values of his in all}. */
    private long[] seal(Part p, UUID subject, FieldCipher seal) {
        boolean transitions = p.table().equals(CaseRepo.TRANSITIONS);
        String key = transitions ? "case_id, seq" : "id";
        String sql = "SELECT " + key + ", " + String.join(", ", p.columns()) + " FROM " + p.table()
                + " WHERE agency_id = ? AND " + p.tie();
        Object[] params = p.tie().equals(BY_PARTICIPANT) || p.tie().equals(BY_SUBJECT)
                ? new Object[] {db.agencyId, subject} : new Object[] {db.agencyId, db.agencyId, subject};
        if (p.table().equals(STATUS)) {
            key = "subject_id";
            sql = "SELECT subject_id, reason_enc FROM subject_status WHERE agency_id = ? AND " + p.tie();
        }
        String keyColumns = key;
        List<Object[]> rows = db.list(sql, r -> {
            Object[] row = new Object[p.columns().size() + 2];
            if (transitions) {
                row[0] = r.uuid("case_id");
                row[1] = r.i("seq");
            } else {
                row[0] = r.uuid(keyColumns);
            }
            for (int i = 0; i < p.columns().size(); i++) {
                row[i + 2] = r.bytes(p.columns().get(i));
            }
            return row;
        }, params);
        long resealed = 0;
        long all = 0;
        for (Object[] row : rows) {
            String id = transitions ? row[0] + "#" + row[1] : row[0].toString();
            List<Object> values = new ArrayList<>();
            StringBuilder set = new StringBuilder();
            for (int i = 0; i < p.columns().size(); i++) {
                byte[] ct = (byte[]) row[i + 2];
                if (ct == null) {
                    continue;
                }
                all++;
                byte[] now = seal.sealUnder(subject, p.table(), id, p.columns().get(i), ct);
                if (now != ct) {
                    set.append(set.length() == 0 ? "" : ", ").append(p.columns().get(i)).append(" = ?");
                    values.add(now);
                    resealed++;
                }
            }
            if (!values.isEmpty()) {
                values.add(db.agencyId);
                if (transitions) {
                    values.add(row[0]);
                    values.add(row[1]);
                    db.update("UPDATE case_transition SET " + set + " WHERE agency_id = ? AND case_id = ? AND seq = ?",
                            values.toArray());
                } else {
                    values.add(row[0]);
                    db.update("UPDATE " + p.table() + " SET " + set + " WHERE agency_id = ? AND " + keyColumns
                            + " = ?", values.toArray());
                }
            }
        }
        return new long[] {resealed, all};
    }

    @Override
    public List<RetentionCandidate> retentionCandidates() {
        List<Object[]> rows = db.list("SELECT c.participant_id, t.from_status, t.at_nanos, "
                + "(SELECT COUNT(*) FROM case_transition s JOIN dv_case sc ON sc.agency_id = s.agency_id "
                + "AND sc.id = s.case_id WHERE s.agency_id = c.agency_id AND sc.participant_id = c.participant_id "
                + "AND s.command = ?) AS started "
                + "FROM dv_case c JOIN case_transition t ON t.agency_id = c.agency_id AND t.case_id = c.id "
                + "WHERE c.agency_id = ? AND t.to_status = ? "
                + "AND NOT EXISTS (SELECT 1 FROM dv_case o WHERE o.agency_id = c.agency_id "
                + "AND o.participant_id = c.participant_id AND o.status <> ?)"
                + " AND NOT EXISTS (SELECT 1 FROM subject_status ss_ WHERE ss_.agency_id = c.agency_id "
                + "AND ss_.subject_id = c.participant_id)",
                r -> new Object[] {r.uuid("participant_id"), r.en(CaseStatus.class, "from_status"),
                    r.instant("at_nanos"), r.l("started") > 0},
                CaseCommand.START_PROGRAMME, db.agencyId, CaseStatus.CLOSED, CaseStatus.CLOSED);
        Map<UUID, RetentionCandidate> latest = new HashMap<>();
        for (Object[] row : rows) {
            RetentionCandidate c = new RetentionCandidate(new ParticipantId((UUID) row[0]), (Instant) row[2],
                    (CaseStatus) row[1], (Boolean) row[3]);
            latest.merge(c.subject().value(), c, (a, b) -> a.closedAt().isAfter(b.closedAt()) ? a : b);
        }
        return latest.values().stream().sorted(java.util.Comparator.comparing(RetentionCandidate::closedAt)
                .thenComparing(c -> c.subject().value())).toList();
    }
}
