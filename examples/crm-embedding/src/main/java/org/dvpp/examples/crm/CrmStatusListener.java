package org.dvpp.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.programme.events.ReferralReceivedEvent;

/**
 * Writes what the programme does with a CRM referral back into the CRM's own tables, from events only: every event
 * becomes a {@code crm_activity} row, and a case's status change updates its {@code crm_referral} row (the programme
 * status, and the completion date when it is completed).
 *
 * <p>Delivery is at least once and in order per case. Each event is applied in one CRM transaction that first inserts
 * its {@code crm_activity} row, keyed by the event's id: a redelivered event finds its row and changes nothing. The
 * status is only moved forward ({@code programme_sequence} below the event's sequence), so an old event can never undo
 * a newer one. An event for a case the CRM has not yet recorded (the feed records the case id just after the SDK
 * received the referral) throws, and the SDK delivers it again later with backoff. Events carry ids, codes and dates
 * only; nothing about partners or children reaches the CRM this way.
 */
public final class CrmStatusListener implements ProgrammeEventListener {
    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    /** The listener's id: the SDK keeps its delivery state under it. */
    public static final String ID = "crm-status-writer";

    private final DataSource crm;

    /** @param crm the CRM's data source */
    public CrmStatusListener(DataSource crm) {
        this.crm = crm;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void onEvent(ProgrammeEvent event) throws SQLException {
        String caseId = event.caseId().value().toString();
        try (Connection c = crm.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (!referralKnown(c, caseId)) {
                    throw new IllegalStateException("no CRM referral has case " + caseId + " yet; deliver again later");
                }
                if (recordActivity(c, event)) {
                    // risk, consent and disengagement events are kept as activity only: the CRM's staff read them
                    if (event instanceof ReferralReceivedEvent r) {
                        moveStatus(c, r, CaseStatus.REFERRED);
                    } else if (event instanceof CaseStatusChangedEvent s) {
                        moveStatus(c, s, s.to());
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean referralKnown(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM crm_referral WHERE dvpp_case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** @return false if this event was applied before (a redelivery) */
    private static boolean recordActivity(Connection c, ProgrammeEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM crm_activity WHERE event_id = ?")) {
            ps.setString(1, event.id().value().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm_activity (event_id, dvpp_case_id, sequence_no, "
                + "event_type, status_from, status_to, partner_support_told, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, event.id().value().toString());
            ps.setString(2, event.caseId().value().toString());
            ps.setLong(3, event.sequence());
            ps.setString(4, event.type());
            ps.setString(5, event instanceof CaseStatusChangedEvent s ? s.from().name() : null);
            ps.setString(6, event instanceof CaseStatusChangedEvent s ? s.to().name()
                    : event instanceof ReferralReceivedEvent ? CaseStatus.REFERRED.name() : null);
            ps.setBoolean(7, event.partnerSupportMustBeTold());
            ps.setTimestamp(8, Timestamp.from(event.occurredAt()));
            ps.executeUpdate();
        }
        return true;
    }

    private static void moveStatus(Connection c, ProgrammeEvent event, CaseStatus to) throws SQLException {
        int moved;
        try (PreparedStatement ps = c.prepareStatement("UPDATE crm_referral SET programme_status = ?, "
                + "programme_sequence = ?, status_changed_at = ? WHERE dvpp_case_id = ? AND programme_sequence < ?")) {
            ps.setString(1, to.name());
            ps.setLong(2, event.sequence());
            ps.setTimestamp(3, Timestamp.from(event.occurredAt()));
            ps.setString(4, event.caseId().value().toString());
            ps.setLong(5, event.sequence());
            moved = ps.executeUpdate();
        }
        if (moved == 1 && to == CaseStatus.COMPLETED) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE crm_referral SET completed_on = ? WHERE dvpp_case_id = ?")) {
                ps.setDate(1, java.sql.Date.valueOf(LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC)));
                ps.setString(2, event.caseId().value().toString());
                ps.executeUpdate();
            }
        }
    }
}
