package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Item 16 on PostgreSQL: P0 and P1 canaries written through the front door are found neither by a raw JDBC scan of
 * every cell of every table nor in a {@code pg_dump} of the schema (searched as text and in the hexadecimal form in
 * which pg_dump writes {@code bytea}).
 */
class AtRestDumpTest {
    private static final String P0 = "CANARY-P0-" + UUID.randomUUID();
    private static final String P1 = "CANARY-P1-" + UUID.randomUUID();

    @Test
    void item16_noP0OrP1CanaryInARawScanOfEveryTableOrInAPgDump() throws Exception {
        try (Harness h = Harness.onPostgres(b -> { })) {
            writeCanaries(h);
            PostgresTestDatabase db = h.postgresDatabase();

            // the raw scan: every cell of every table in the schema, as text or as bytes
            List<String> hits = new ArrayList<>();
            int cells = 0;
            try (Connection c = db.dataSource.getConnection()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(null, db.schema, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
                assertThat(tables).contains("person_at_risk", "ps_contact", "risk_event", "assessment", "audit_log");
                for (String table : tables) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= cols; i++) {
                                cells++;
                                int type = rs.getMetaData().getColumnType(i);
                                String text = type == Types.BINARY || type == Types.VARBINARY
                                        || type == Types.LONGVARBINARY
                                        ? new String(Optional.ofNullable(rs.getBytes(i)).orElse(new byte[0]),
                                                StandardCharsets.ISO_8859_1)
                                        : rs.getString(i);
                                if (text != null && (text.contains(P0) || text.contains(P1))) {
                                    hits.add(table + "." + rs.getMetaData().getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
            assertThat(cells).isGreaterThan(300);
            assertThat(hits).as("cells holding a canary in clear").isEmpty();

            // the pg_dump scan
            String dump = pgDump(db.schema);
            assertThat(dump).as("the dump holds the schema's data").contains("COPY " + db.schema + ".person_at_risk")
                    .contains("COPY " + db.schema + ".ps_contact").contains("South West London DVPP");
            for (String canary : List.of(P0, P1)) {
                String hex = HexFormat.of().formatHex(canary.getBytes(StandardCharsets.UTF_8));
                assertThat(dump).as("pg_dump, as text").doesNotContain(canary);
                assertThat(dump).as("pg_dump, bytea in hex").doesNotContainIgnoringCase(hex);
            }
            // the canaries are there and readable for a role that may read them, so the scans above are not vacuous
            assertThat(h.dvpp.safety().peopleAtRisk(h.partnerSupport, marked).toString()).isNotEmpty();
            assertThat(h.dvpp.safety().peopleAtRisk(h.partnerSupport, marked).get(0).contact().name())
                    .isEqualTo(P0 + "-name");
        }
    }

    private CaseId marked;

    private void writeCanaries(Harness h) {
        marked = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-DUMP", LocalDate.parse(
                "1985-03-02"), "merton", ReferralSource.PROBATION, h.today(), new Referrer("National Probation Service",
                "probation officer", "npso-17"), "moved in with new partner in " + P0 + "-referral")).caseId();
        h.dvpp.cases().screen(h.practitioner, marked, ScreeningAnswers.of(true));
        h.dvpp.cases().decideSuitability(h.supervisor, marked, new Cases.SuitabilityInput(
                org.dvpp.domain.casework.Suitability.SUITABLE, h.practitioner.id(), List.of(h.intakeAssessment(marked))));
        h.dvpp.cases().recordConsent(h.practitioner, marked, h.consent());
        var person = h.dvpp.safety().addPersonAtRisk(h.practitioner, marked, new Safety.NewPersonAtRisk(
                Relationship.EX_PARTNER, new ContactDetails(P0 + "-name", Optional.of(LocalDate.parse("1990-01-01")),
                        P0.substring(0, 30), P0 + "-address", P0 + "-notes"), false));
        PartnerSupport ps = h.dvpp.partnerSupport();
        ps.assignWorker(h.partnerSupport, person, h.partnerSupport.id());
        ps.recordContact(h.partnerSupport, person, new PartnerSupport.ContactInput(h.clock.instant(),
                org.dvpp.domain.safety.ContactChannel.PHONE, org.dvpp.domain.safety.ContactOutcome.SPOKE,
                P0 + "-ps-times", P0 + "-ps-ways", P0 + "-ps-notes"));
        ps.recordAccount(h.partnerSupport, person, new PartnerSupport.AccountInput(h.today(),
                org.dvpp.domain.safety.AccountKind.RISK, Optional.of(2), P0 + "-ps-account"));
        ps.recordSafetyPlan(h.partnerSupport, person, new PartnerSupport.SafetyPlanInput(h.today(),
                h.today().plusWeeks(4), List.of(new org.dvpp.domain.safety.SafetyAction(P0 + "-ps-action",
                        P0 + "-ps-by", Optional.empty(), false))));
        h.dvpp.safety().recordRiskEvent(h.practitioner, marked, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                h.clock.instant(), RiskLevel.MEDIUM, Set.of(), Optional.empty(), P0 + "-risk"));
        h.dvpp.safety().recordSharing(h.practitioner, marked, new Safety.SharingInput(h.today(),
                SharingRecipient.MARAC, "MARAC coordinator", P0 + "-what", P0 + "-why", LawfulBasis.CONSENT));
        Map<String, String> dash = new java.util.LinkedHashMap<>();
        for (int q = 1; q <= 24; q++) {
            dash.put("Q" + q, q <= 6 ? "yes" : "no");
        }
        dash.put("PJ", "yes");
        dash.put("PJ_REASONS", "escalating pattern; " + P1 + "-pj");
        h.dvpp.assessments().record(h.practitioner, marked, new Assessments.NewAssessment("dash-ric",
                org.dvpp.domain.casework.TimePoint.AD_HOC, h.today(), dash));
        h.dvpp.casework().assessNeeds(h.practitioner, marked, new Casework.NeedsInput(h.today(), Map.of("housing",
                org.dvpp.domain.casework.NeedLevel.HIGH), P0 + "-needs"));
        h.dvpp.events().dispatchPending();
    }

    /** @return a plain-format pg_dump of the schema, made by the newest pg_dump under /usr/lib/postgresql */
    private static String pgDump(String schema) throws Exception {
        Path bin = null;
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (var versions = Files.list(root)) {
                bin = versions.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable)
                        .max(java.util.Comparator.comparing(p -> versionOf(p.getParent().getParent()))).orElse(null);
            }
        }
        if (bin == null) {
            String message = "no pg_dump under /usr/lib/postgresql/*/bin";
            if (Boolean.getBoolean("dvpp.requireDatabases")) {
                Assertions.fail(message + "; -Ddvpp.requireDatabases=true makes it mandatory");
            }
            Assumptions.abort(message + "; skipping the dump scan");
        }
        Path out = Files.createTempFile("dvpp-pg-dump", ".sql");
        try {
            Process p = new ProcessBuilder(bin.toString(), "-h", "127.0.0.1", "-p", "5432", "-U", "postgres",
                    "-d", "test", "-n", schema, "--no-owner", "--no-privileges")
                    .redirectOutput(out.toFile()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("pg_dump finished").isTrue();
            assertThat(p.exitValue()).as("pg_dump's exit code").isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
