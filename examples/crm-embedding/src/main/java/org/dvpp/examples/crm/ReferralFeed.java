package org.dvpp.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Referrals;

/**
 * Feeds the referrals entered in the CRM ({@code crm_referral} rows without a case yet) into
 * {@code dvpp.referrals().receive(...)} and records the SDK's case id on the CRM's row. It writes nothing else: what
 * the programme then does with the case comes back only through events ({@link CrmStatusListener}).
 *
 * <p>A referral the SDK refuses (an area outside the agency's service area, a man with an open case, an invalid field)
 * keeps no case id and gets the SDK's error code, field and rule in {@code feed_error}, never the referral's text.
 * Between {@code receive} and recording the case id the CRM could stop; the next feed would then be refused with
 * {@code no-open-case} for that man, which the CRM's staff resolve by hand (the SDK's case exists and is audited).
 */
public final class ReferralFeed {
    private final DataSource crm;
    private final Dvpp dvpp;
    private final ActingUser integration;

    /**
     * @param crm the CRM's data source
     * @param dvpp the embedded SDK
     * @param integration the CRM's integration account, with a role that may receive referrals
     */
    public ReferralFeed(DataSource crm, Dvpp dvpp, ActingUser integration) {
        this.crm = crm;
        this.dvpp = dvpp;
        this.integration = integration;
    }

    /** What one run of the feed did. */
    public record Result(int received, int refused) {
    }

    /**
     * Feeds every referral that has no case and no feed error yet.
     *
     * @return how many the SDK received and how many it refused
     * @throws SQLException if the CRM's database fails
     */
    public Result feed() throws SQLException {
        record Pending(long id, Referrals.NewReferral referral) {
        }
        List<Pending> pending = new ArrayList<>();
        try (Connection c = crm.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT r.referral_id, k.reference, k.date_of_birth, "
                        + "k.area_code, r.source, r.received_on, r.referrer_organisation, r.referrer_role, "
                        + "r.referrer_reference, r.reason FROM crm_referral r JOIN crm_client k "
                        + "ON k.client_id = r.client_id WHERE r.dvpp_case_id IS NULL AND r.feed_error IS NULL "
                        + "ORDER BY r.referral_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pending.add(new Pending(rs.getLong(1), new Referrals.NewReferral(rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getString(4),
                        ReferralSource.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
                        rs.getDate(6).toLocalDate(), new Referrer(rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10))));
            }
        }
        int received = 0;
        int refused = 0;
        for (Pending p : pending) {
            try {
                Referrals.ReferralReceipt receipt = dvpp.referrals().receive(integration, p.referral());
                update(p.id(), "UPDATE crm_referral SET dvpp_case_id = ? WHERE referral_id = ?",
                        receipt.caseId().value().toString());
                received++;
            } catch (DvppException e) {
                update(p.id(), "UPDATE crm_referral SET feed_error = ? WHERE referral_id = ?", describe(e));
                refused++;
            }
        }
        return new Result(received, refused);
    }

    /** @return the error code, and for invalid input the fields and rules: never a value */
    private static String describe(DvppException e) {
        String text = e.errorCode();
        if (e instanceof InvalidInputException invalid) {
            text += " " + invalid.violations().stream().map(v -> v.path() + ":" + v.rule())
                    .collect(Collectors.joining(", "));
        }
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private void update(long referralId, String sql, String value) throws SQLException {
        try (Connection c = crm.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, referralId);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
