package org.dvpp.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.AgencyId;

/**
 * The key-rotation job: re-encrypts every encrypted column of one agency with the keyset's current primary key,
 * a page of rows per transaction, so it can run while the system is in use and be resumed by running it again.
 */
final class Reencryption {
    private static final int PAGE = 200;

    /** A table with encrypted columns, keyed by agency and one UUID id. */
    private record Target(String table, List<String> columns) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("referral", List.of("reason_enc")),
            new Target("dv_case", List.of("pc_reason_enc")),
            new Target("person_at_risk", List.of("name_enc", "date_of_birth_enc", "phone_enc", "address_enc",
                    "safe_contact_notes_enc")),
            new Target("risk_event", List.of("summary_enc")),
            new Target("sharing_entry", List.of("what_enc", "why_enc")),
            new Target("assessment", List.of("answers_enc", "total_enc", "band_code_enc")),
            new Target("voided_record", List.of("reason_enc")),
            new Target("case_document", List.of("body_enc")),
            new Target("outbox", List.of("payload_enc")),
            new Target(PartnerSupportRepo.CONTACT, List.of("channel_enc", "outcome_enc", "safe_times_enc",
                    "safe_ways_enc", "notes_enc")),
            new Target(PartnerSupportRepo.ACCOUNT, List.of("kind_enc", "feels_safe_enc", "account_enc")),
            new Target(PartnerSupportRepo.PLAN, List.of("actions_enc")),
            new Target(PartnerSupportRepo.SIGNPOST, List.of("service_enc", "organisation_enc", "notes_enc")),
            new Target(PartnerSupportRepo.NOTIFICATION, List.of("kind_enc")),
            new Target(PartnerSupportRepo.GLASS, List.of("reason_enc")),
            new Target(DataRightsRepo.HOLD, List.of("reason_enc")));

    private final JdbcStorage storage;

    Reencryption(JdbcStorage storage) {
        this.storage = storage;
    }

    long run(AgencyId agency) {
        long total = 0;
        for (Target t : TARGETS) {
            total += table(agency, t);
        }
        return total + transitions(agency) + subjectKeys(agency);
    }

    /**
     * Wraps every live subject data key again with the agency keyset's primary key. Values sealed with a subject's key
     * are not touched: they depend on the agency keyset only through his wrapped key.
     */
    private long subjectKeys(AgencyId agency) {
        long total = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Object[] result = storage.withDb(agency, false, db -> {
                List<UUID> subjects = db.list("SELECT subject_id FROM subject_key WHERE agency_id = ? AND key_enc "
                        + "IS NOT NULL" + (from == null ? "" : " AND subject_id > ?") + " ORDER BY subject_id LIMIT "
                        + PAGE, r -> r.uuid("subject_id"),
                        from == null ? new Object[] {db.agencyId} : new Object[] {db.agencyId, from});
                long n = 0;
                for (UUID s : subjects) {
                    if (db.subjects.rewrap(s)) {
                        n++;
                    }
                }
                return new Object[] {n, subjects.isEmpty() ? null : subjects.get(subjects.size() - 1),
                    subjects.size()};
            });
            total += (Long) result[0];
            if ((Integer) result[2] < PAGE) {
                return total;
            }
            after = (UUID) result[1];
        }
    }

    private long table(AgencyId agency, Target t) {
        long total = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Object[] result = storage.withDb(agency, false, db -> {
                String sql = "SELECT id, " + String.join(", ", t.columns()) + " FROM " + t.table()
                        + " WHERE agency_id = ?" + (from == null ? "" : " AND id > ?") + " ORDER BY id LIMIT " + PAGE;
                Object[] params = from == null ? new Object[] {db.agencyId} : new Object[] {db.agencyId, from};
                List<Object[]> rows = db.list(sql, r -> {
                    Object[] row = new Object[t.columns().size() + 1];
                    row[0] = r.uuid("id");
                    for (int i = 0; i < t.columns().size(); i++) {
                        row[i + 1] = r.bytes(t.columns().get(i));
                    }
                    return row;
                }, params);
                long n = 0;
                for (Object[] row : rows) {
                    UUID id = (UUID) row[0];
                    List<Object> values = new ArrayList<>();
                    StringBuilder set = new StringBuilder();
                    for (int i = 0; i < t.columns().size(); i++) {
                        byte[] ct = (byte[]) row[i + 1];
                        if (ct == null || FieldCipher.subjectSealed(ct)) {
                            continue; // a subject's own key seals it: re-wrapping his key covers it
                        }
                        String col = t.columns().get(i);
                        set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ?");
                        values.add(db.cipher.reencrypt(t.table(), id.toString(), col, ct));
                        n++;
                    }
                    if (!values.isEmpty()) {
                        values.add(db.agencyId);
                        values.add(id);
                        db.update("UPDATE " + t.table() + " SET " + set + " WHERE agency_id = ? AND id = ?",
                                values.toArray());
                    }
                }
                return new Object[] {n, rows.isEmpty() ? null : rows.get(rows.size() - 1)[0], rows.size()};
            });
            total += (Long) result[0];
            if ((Integer) result[2] < PAGE) {
                return total;
            }
            after = (UUID) result[1];
        }
    }

    private long transitions(AgencyId agency) {
        long total = 0;
        UUID afterCase = null;
        while (true) {
            UUID from = afterCase;
            Object[] result = storage.withDb(agency, false, db -> {
                List<UUID> cases = db.list("SELECT id FROM dv_case WHERE agency_id = ?"
                        + (from == null ? "" : " AND id > ?") + " ORDER BY id LIMIT " + PAGE, r -> r.uuid("id"),
                        from == null ? new Object[] {db.agencyId} : new Object[] {db.agencyId, from});
                long n = 0;
                for (UUID c : cases) {
                    List<Object[]> rows = db.list("SELECT seq, reason_enc FROM case_transition WHERE agency_id = ? "
                            + "AND case_id = ?", r -> new Object[] {r.i("seq"), r.bytes("reason_enc")}, db.agencyId, c);
                    for (Object[] row : rows) {
                        if (FieldCipher.subjectSealed((byte[]) row[1])) {
                            continue;
                        }
                        String id = c + "#" + row[0];
                        db.update("UPDATE case_transition SET reason_enc = ? WHERE agency_id = ? AND case_id = ? "
                                + "AND seq = ?", db.cipher.reencrypt(CaseRepo.TRANSITIONS, id, "reason_enc",
                                        (byte[]) row[1]), db.agencyId, c, row[0]);
                        n++;
                    }
                }
                return new Object[] {n, cases.isEmpty() ? null : cases.get(cases.size() - 1), cases.size()};
            });
            total += (Long) result[0];
            if ((Integer) result[2] < PAGE) {
                return total;
            }
            afterCase = (UUID) result[1];
        }
    }
}
