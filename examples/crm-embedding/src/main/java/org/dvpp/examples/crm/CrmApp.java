package org.dvpp.examples.crm;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Role;
import org.dvpp.storage.spi.KeyProviders;

/**
 * The CRM as a program: opens its pool, creates its tables, starts the SDK beside them, feeds new referrals, delivers
 * the events (which write the programme status back) and prints its referrals.
 *
 * <pre>
 * java -p target/classes:$(cat target/cp.txt) -m org.dvpp.examples.crm/org.dvpp.examples.crm.CrmApp [jdbc-url [directory]]
 * </pre>
 *
 * ({@code target/cp.txt} as the README makes it with {@code dependency:build-classpath}.)
 *
 * The JDBC URL defaults to an H2 file in the directory ({@code ./crm-data}), where the development keyset is also made
 * on the first run. For PostgreSQL pass, for example, {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
public final class CrmApp {
    private CrmApp() {
    }

    /**
     * @param args optional JDBC URL and data directory
     * @throws Exception if the CRM cannot start
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 1 ? args[1] : "crm-data").toAbsolutePath();
        Files.createDirectories(dir);
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:" + dir.resolve("crm") + ";DB_CLOSE_DELAY=-1";
        run(url, dir, System.out);
    }

    /**
     * One run of the CRM.
     *
     * @param url the CRM database's JDBC URL
     * @param dir where the development keyset lives
     * @param out where to print
     * @throws SQLException if the CRM's database fails
     */
    static void run(String url, Path dir, PrintStream out) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        config.setPoolName("crm");
        try (HikariDataSource crm = new HikariDataSource(config)) {
            CrmSchema.create(crm);
            AgencyId agency = setting(crm, "dvpp.agency").map(AgencyId::parse).orElseGet(AgencyId::random);
            seedIfEmpty(crm);
            Path keys = dir.resolve("dvpp-keys.json");
            if (Files.notExists(keys)) {
                KeyProviders.generateKeysetFile(keys); // development only: production uses a KMS-backed provider
            }
            try (Dvpp dvpp = CrmEmbedding.start(crm, KeyProviders.keysetFile(keys), Clock.systemUTC(), List.of())) {
                if (setting(crm, "dvpp.agency").isEmpty()) {
                    dvpp.agencies().register(ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR),
                            new Agencies.AgencyDetails("Example CRM agency", new ServiceArea(List.of(
                                    new Area("merton", "Merton"), new Area("sutton", "Sutton")))));
                    saveSetting(crm, "dvpp.agency", agency.value().toString());
                }
                ActingUser integration = ActingUser.of(new UserId(UUID.nameUUIDFromBytes(
                        "crm-integration".getBytes(java.nio.charset.StandardCharsets.UTF_8))), agency, Role.PRACTITIONER);
                ReferralFeed.Result fed = new ReferralFeed(crm, dvpp, integration).feed();
                int delivered = dvpp.events().dispatchPending();
                out.printf("Fed %d referral(s), %d refused; %d event(s) delivered%n", fed.received(), fed.refused(),
                        delivered);
                print(crm, out);
            }
        }
    }

    private static void seedIfEmpty(DataSource crm) throws SQLException {
        try (Connection c = crm.getConnection(); var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM crm_client")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
            s.execute("INSERT INTO crm_client VALUES (1, 'CRM-0001', DATE '1984-06-01', 'merton')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm_referral (referral_id, client_id, source, "
                    + "received_on, referrer_organisation, referrer_role, referrer_reference, reason) "
                    + "VALUES (1, 1, 'probation', ?, 'National Probation Service', 'probation officer', 'NPS-1', "
                    + "'Licence condition to attend a perpetrator programme')")) {
                ps.setObject(1, LocalDate.now(Clock.systemUTC()));
                ps.executeUpdate();
            }
        }
    }

    private static void print(DataSource crm, PrintStream out) throws SQLException {
        try (Connection c = crm.getConnection(); var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.referral_id, k.reference, r.programme_status, r.feed_error "
                        + "FROM crm_referral r JOIN crm_client k ON k.client_id = r.client_id ORDER BY 1")) {
            while (rs.next()) {
                out.printf("  referral %d (%s): %s%n", rs.getLong(1), rs.getString(2),
                        rs.getString(4) != null ? "refused: " + rs.getString(4)
                                : Optional.ofNullable(rs.getString(3)).orElse("not yet known to the programme"));
            }
        }
    }

    static Optional<String> setting(DataSource crm, String name) throws SQLException {
        try (Connection c = crm.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM crm_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void saveSetting(DataSource crm, String name, String value) throws SQLException {
        try (Connection c = crm.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO crm_setting VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
