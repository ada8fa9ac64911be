package org.dvpp.examples.crm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The CRM's own tables, created by the CRM before the SDK ever starts (as a CRM that exists already would have them).
 * Their names do not collide with the SDK's tables, which go beside them in the same schema. Plain SQL that PostgreSQL
 * and H2 both accept.
 *
 * <ul>
 *   <li>{@code crm_setting}: the CRM's settings, such as the id of its agency in the SDK;</li>
 *   <li>{@code crm_client}: the men the CRM knows, by the CRM's own pseudonymous reference;</li>
 *   <li>{@code crm_referral}: a referral entered in the CRM, and what the programme made of it: the SDK's case id
 *       (set by the {@link ReferralFeed}) and the case's programme status, the sequence of the last event applied and
 *       the completion date (set only by the {@link CrmStatusListener}, from events);</li>
 *   <li>{@code crm_activity}: one row per programme event received, keyed by the event's id so that a redelivered
 *       event is applied once; ids, codes and dates only.</li>
 * </ul>
 */
public final class CrmSchema {
    /** The CRM's tables, in the order they are created. */
    public static final List<String> TABLES = List.of("crm_setting", "crm_client", "crm_referral", "crm_activity");

    private CrmSchema() {
    }

    /**
     * Creates the CRM's tables if they are missing.
     *
     * @param crm the CRM's data source
     * @throws SQLException if the database refuses
     */
    public static void create(DataSource crm) throws SQLException {
        try (Connection c = crm.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS crm_setting (name VARCHAR(80) PRIMARY KEY, "
                    + "setting_value VARCHAR(400) NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS crm_client ("
                    + "client_id BIGINT PRIMARY KEY, "
                    + "reference VARCHAR(40) NOT NULL UNIQUE, "
                    + "date_of_birth DATE NOT NULL, "
                    + "area_code VARCHAR(40) NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS crm_referral ("
                    + "referral_id BIGINT PRIMARY KEY, "
                    + "client_id BIGINT NOT NULL REFERENCES crm_client (client_id), "
                    + "source VARCHAR(40) NOT NULL, "
                    + "received_on DATE NOT NULL, "
                    + "referrer_organisation VARCHAR(200) NOT NULL, "
                    + "referrer_role VARCHAR(200) NOT NULL, "
                    + "referrer_reference VARCHAR(200) NOT NULL, "
                    + "reason VARCHAR(4000) NOT NULL, "
                    + "dvpp_case_id VARCHAR(36) UNIQUE, "
                    + "feed_error VARCHAR(400), "
                    + "programme_status VARCHAR(40), "
                    + "programme_sequence BIGINT DEFAULT 0 NOT NULL, "
                    + "status_changed_at TIMESTAMP, "
                    + "completed_on DATE)");
            s.execute("CREATE TABLE IF NOT EXISTS crm_activity ("
                    + "event_id VARCHAR(36) PRIMARY KEY, "
                    + "dvpp_case_id VARCHAR(36) NOT NULL, "
                    + "sequence_no BIGINT NOT NULL, "
                    + "event_type VARCHAR(60) NOT NULL, "
                    + "status_from VARCHAR(40), "
                    + "status_to VARCHAR(40), "
                    + "partner_support_told BOOLEAN NOT NULL, "
                    + "occurred_at TIMESTAMP NOT NULL)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
