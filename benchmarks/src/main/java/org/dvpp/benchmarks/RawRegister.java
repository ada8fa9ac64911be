package org.dvpp.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;

/**
 * A register taken with hand-written JDBC running the statements the SDK runs for it (as {@link RegisterBenchmark}
 * logs them): read the session, the group (twice), its meetings, the active allocations and the session's facilitators'
 * records; per man an UPDATE of his line and, when there was none, an INSERT; the session's facilitators replaced; the
 * session marked taken under its version; the group re-read and written back under its version; the audit chain
 * appended. One transaction, no retries.
 */
final class RawRegister {
    private RawRegister() {
    }

    static long take(DataSource ds, AgencyId agency, UserId facilitator, List<UserId> team, GroupId group,
            SessionId session, List<CaseId> men) throws SQLException {
        UUID a = agency.value();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                Object[] s = one(c, "SELECT id, group_id, seq, curriculum_session, scheduled_start, duration_nanos, "
                        + "status, register_taken, row_version FROM group_session WHERE agency_id = ? AND id = ?", 9,
                        a, session.value());
                one(c, GROUP_SQL, 14, a, group.value());
                one(c, GROUP_SQL, 14, a, group.value());
                // the group's meetings, for each man's own pass through the curriculum
                try (PreparedStatement ps = c.prepareStatement("SELECT id, group_id, seq, curriculum_session, "
                        + "scheduled_start, duration_nanos, status, register_taken, row_version FROM group_session "
                        + "WHERE agency_id = ? AND group_id = ? ORDER BY seq")) {
                    ps.setObject(1, a);
                    ps.setObject(2, group.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                List<UUID> due = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT group_id, case_id, allocated_on, "
                        + "entry_session, status FROM allocation WHERE agency_id = ? AND group_id = ? AND status = ? "
                        + "ORDER BY case_id")) {
                    ps.setObject(1, a);
                    ps.setObject(2, group.value());
                    ps.setString(3, "ACTIVE");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            due.add(rs.getObject(2, UUID.class));
                        }
                    }
                }
                if (due.size() != men.size()) {
                    throw new IllegalStateException(due.size() + " men due, " + men.size() + " lines");
                }
                // the facilitator rule: each of the session's facilitators has a record
                for (UserId f : team) {
                    one(c, "SELECT user_id, display_name, qualifications, trained_on, supervised_on FROM facilitator "
                            + "WHERE agency_id = ? AND user_id = ?", 5, a, f.value());
                }
                long n = 0;
                for (CaseId man : men) {
                    int updated;
                    try (PreparedStatement ps = c.prepareStatement("UPDATE attendance SET status = ?, "
                            + "credited_nanos = ?, voided = FALSE WHERE agency_id = ? AND session_id = ? AND case_id = ?")) {
                        ps.setString(1, "PRESENT");
                        ps.setLong(2, 7_200_000_000_000L);
                        ps.setObject(3, a);
                        ps.setObject(4, session.value());
                        ps.setObject(5, man.value());
                        updated = ps.executeUpdate();
                    }
                    if (updated == 0) {
                        try (PreparedStatement ps = c.prepareStatement(StorageImportBenchmark.ATTENDANCE_SQL)) {
                            ps.setObject(1, a);
                            ps.setObject(2, session.value());
                            ps.setObject(3, man.value());
                            ps.setString(4, "PRESENT");
                            ps.setLong(5, 7_200_000_000_000L);
                            n += ps.executeUpdate();
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_facilitator WHERE agency_id = ? "
                        + "AND session_id = ?")) {
                    ps.setObject(1, a);
                    ps.setObject(2, session.value());
                    ps.executeUpdate();
                }
                int position = 0;
                for (UserId f : team) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_facilitator (agency_id, "
                            + "session_id, user_id, position) VALUES (?,?,?,?)")) {
                        ps.setObject(1, a);
                        ps.setObject(2, session.value());
                        ps.setObject(3, f.value());
                        ps.setInt(4, position++);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE group_session SET group_id = ?, seq = ?, "
                        + "curriculum_session = ?, scheduled_start = ?, duration_nanos = ?, status = ?, "
                        + "register_taken = ?, row_version = row_version + 1 WHERE agency_id = ? AND id = ? AND "
                        + "row_version = ?")) {
                    for (int i = 1; i <= 6; i++) {
                        ps.setObject(i, s[i]);
                    }
                    ps.setBoolean(7, true);
                    ps.setObject(8, a);
                    ps.setObject(9, session.value());
                    ps.setObject(10, s[8]);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalStateException("the session changed under the register");
                    }
                }
                Object[] g = one(c, GROUP_SQL, 14, a, group.value());
                try (PreparedStatement ps = c.prepareStatement("UPDATE dv_group SET name = ?, curriculum_id = ?, "
                        + "group_type = ?, capacity = ?, facilitators = ?, weekday = ?, start_time = ?, "
                        + "session_length_nanos = ?, every_weeks = ?, start_date = ?, area_code = ?, status = ?, "
                        + "row_version = row_version + 1 WHERE agency_id = ? AND id = ? AND row_version = ? AND "
                        + "allocated <= ?")) {
                    for (int i = 1; i <= 11; i++) {
                        ps.setObject(i, g[i]);
                    }
                    ps.setString(12, "RUNNING");
                    ps.setObject(13, a);
                    ps.setObject(14, group.value());
                    ps.setObject(15, g[13]);
                    ps.setObject(16, g[4]);
                    ps.executeUpdate();
                }
                appendAudit(c, a, facilitator.value(), "group-session", session.value(), "groups.takeRegister");
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static final String GROUP_SQL = "SELECT id, name, curriculum_id, group_type, capacity, facilitators, "
            + "weekday, start_time, session_length_nanos, every_weeks, start_date, area_code, status, row_version "
            + "FROM dv_group WHERE agency_id = ? AND id = ?";

    private static Object[] one(Connection c, String sql, int columns, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }

    /**
     * The three statements of the SDK's audit append (lock the chain's head, insert the entry with its SHA-256 chain
     * hash, move the head), as the raw-JDBC baselines write them.
     *
     * @return the entry's sequence number
     */
    static long appendAudit(Connection c, UUID agency, UUID actor, String entityType, UUID entity, String operation)
            throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE agency_id = ? FOR UPDATE")) {
            ps.setObject(1, agency);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        String purpose = operation + " correlation " + UUID.randomUUID();
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((seq + "|" + purpose + "|" + previous).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (agency_id, seq, actor, audit_action, "
                + "entity_type, entity_id, purpose, at_nanos, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, agency);
            ps.setLong(2, seq);
            ps.setObject(3, actor);
            ps.setString(4, "CREATE");
            ps.setString(5, entityType);
            ps.setObject(6, entity);
            ps.setString(7, purpose);
            ps.setLong(8, System.nanoTime());
            ps.setString(9, previous);
            ps.setString(10, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE agency_id = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setObject(3, agency);
            ps.executeUpdate();
        }
        return seq;
    }
}
