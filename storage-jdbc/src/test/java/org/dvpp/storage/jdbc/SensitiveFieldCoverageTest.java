package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.agency.Agency;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Sensitive} field of a persisted domain record maps to an encrypted ({@code _enc}) column of its table.
 * When the domain gains a sensitive field this test fails until storage encrypts it.
 */
class SensitiveFieldCoverageTest {
    /** Persisted record type -> table and the encrypted column of each sensitive component. */
    private static final Map<String, Map<String, String>> ENCRYPTED = new java.util.HashMap<>(Map.ofEntries(
            Map.entry("org.dvpp.domain.participant.Referral", Map.of("reason", "referral.reason_enc")),
            Map.entry("org.dvpp.domain.casework.CaseTransition", Map.of("reason", "case_transition.reason_enc")),
            Map.entry("org.dvpp.domain.casework.PartnerContactStatus$Absent", Map.of("reason", "dv_case.pc_reason_enc")),
            Map.entry("org.dvpp.domain.casework.AssessmentRecord", Map.of("answers", "assessment.answers_enc",
                    "total", "assessment.total_enc", "bandCode", "assessment.band_code_enc")),
            Map.entry("org.dvpp.domain.safety.RiskEvent", Map.of("summary", "risk_event.summary_enc")),
            Map.entry("org.dvpp.domain.casework.VoidedRecord", Map.of("reason", "voided_record.reason_enc")),
            Map.entry("org.dvpp.domain.safety.InformationSharingEntry", Map.of("what", "sharing_entry.what_enc",
                    "why", "sharing_entry.why_enc")),
            Map.entry("org.dvpp.domain.safety.ContactDetails", Map.of("name", "person_at_risk.name_enc",
                    "dateOfBirth", "person_at_risk.date_of_birth_enc", "phone", "person_at_risk.phone_enc",
                    "address", "person_at_risk.address_enc", "safeContactNotes", "person_at_risk.safe_contact_notes_enc")),
            // partner-support casework (V40)
            Map.entry("org.dvpp.domain.safety.PartnerContact", Map.of("safeTimes", "ps_contact.safe_times_enc",
                    "safeWays", "ps_contact.safe_ways_enc", "notes", "ps_contact.notes_enc")),
            Map.entry("org.dvpp.domain.safety.SurvivorAccount", Map.of("feelsSafe", "ps_account.feels_safe_enc",
                    "account", "ps_account.account_enc")),
            Map.entry("org.dvpp.domain.safety.SafetyPlan", Map.of("actions", "ps_safety_plan.actions_enc")),
            // a plan's actions are stored inside its encrypted actions column
            Map.entry("org.dvpp.domain.safety.SafetyAction", Map.of("action", "ps_safety_plan.actions_enc",
                    "byWhom", "ps_safety_plan.actions_enc")),
            Map.entry("org.dvpp.domain.safety.Signposting", Map.of("organisation", "ps_signposting.organisation_enc",
                    "notes", "ps_signposting.notes_enc")),
            Map.entry("org.dvpp.domain.safety.GlassAccess", Map.of("reason", "ps_glass_access.reason_enc")),
            // restriction and holds (V70)
            Map.entry("org.dvpp.domain.participant.Restriction", Map.of("reason", "subject_status.reason_enc")),
            Map.entry("org.dvpp.domain.participant.DataHold", Map.of("reason", "subject_hold.reason_enc"))));

    /** Records kept as casework documents: every component is inside the one encrypted body. */
    private static final String DOC = "case_document.body_enc";

    static {
        document("casework.NeedsAssessment", "needs", "notes");
        document("casework.SupportGoal", "goal");
        document("casework.PlanReview", "note");
        document("casework.MotivationSources", "sources", "main", "note");
        document("casework.ChildContact", "child", "kind", "courtOrdered", "details");
        document("casework.FamilyCircumstances", "parentStatus", "contactArrangements");
        document("casework.PartnerReportedOutcome", "person", "answers", "total", "bandCode");
        document("casework.InstrumentChange", "before", "after", "change", "reliableChangeIndex", "verdict",
                "explanation");
        document("casework.CompletionEvaluation", "whatChanged", "changes", "partnerReported");
        document("safety.MaracReferral", "outcome", "actions");
        document("participant.EqualityMonitoring", "answers");
    }

    private static void document(String type, String... components) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String c : components) {
            m.put(c, DOC);
        }
        ENCRYPTED.put("org.dvpp.domain." + type, m);
    }

    @Test
    void everySensitiveFieldOfAPersistedRecordHasAnEncryptedColumn() throws Exception {
        String schema = schema();
        List<String> sensitive = new ArrayList<>();
        for (Class<?> type : domainRecords()) {
            if (type.getName().startsWith("org.dvpp.domain.casework.CaseCommand")) {
                continue; // commands are not stored; their reasons end up in CaseTransition
            }
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.isAnnotationPresent(Sensitive.class)) {
                    sensitive.add(type.getName() + "#" + rc.getName());
                }
            }
        }
        List<String> covered = ENCRYPTED.entrySet().stream()
                .flatMap(e -> e.getValue().keySet().stream().map(c -> e.getKey() + "#" + c)).toList();
        assertThat(new TreeSet<>(sensitive)).as("sensitive fields of the domain").isEqualTo(new TreeSet<>(covered));
        for (Map<String, String> columns : ENCRYPTED.values()) {
            for (String column : columns.values()) {
                String table = column.substring(0, column.indexOf('.'));
                String name = column.substring(column.indexOf('.') + 1);
                String ddl = schema.substring(schema.indexOf("CREATE TABLE " + table + " ("));
                ddl = ddl.substring(0, ddl.indexOf(");"));
                assertThat(ddl).as(column).contains(name + " ${bytes}");
            }
        }
    }

    /** @return every migration script, in order, as one text */
    private static String schema() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String script : org.dvpp.storage.jdbc.internal.MigrationRunner.scripts()) {
            try (InputStream in = org.dvpp.storage.jdbc.internal.MigrationRunner.class
                    .getResourceAsStream("migration/" + script)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static List<Class<?>> domainRecords() throws Exception {
        ResolvedModule domain = ModuleLayer.boot().configuration().findModule("org.dvpp.domain").orElseThrow();
        List<Class<?>> out = new ArrayList<>();
        try (ModuleReader reader = domain.reference().open()) {
            for (String name : reader.list().filter(n -> n.endsWith(".class") && !n.contains("module-info"))
                    .collect(Collectors.toList())) {
                Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false,
                        Agency.class.getClassLoader());
                if (c.isRecord()) {
                    out.add(c);
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out;
    }
}
