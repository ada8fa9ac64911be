package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.NeedLevel;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.DataKeyset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research export (issue 13 point 6, checklist item 33). */
class ResearchExportTest {
    private static final String MARK = "RESEARCH-MARK-" + UUID.randomUUID();
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static Harness h;
    private static ActingUser dpo;
    private static final List<CaseId> men = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
        dpo = ActingUser.of(UserId.random(), h.agency, Role.DATA_PROTECTION_OFFICER);
        men.addAll(seed(h));
    }

    /** Three men with a marker in every free-text field they have, each with a partner. */
    static List<CaseId> seed(Harness h) {
        List<CaseId> men = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CaseId c = h.dvpp.referrals().receive(h.practitioner, new Referrals.NewReferral("PH-RES-" + i,
                    LocalDate.parse("1980-05-1" + i), "merton", ReferralSource.PROBATION, h.today(), new Referrer(
                            "National Probation Service", "probation officer", "npso-" + i), MARK + "-reason")).caseId();
            h.dvpp.cases().screen(h.practitioner, c, ScreeningAnswers.of(true));
            h.intakeAssessment(c);
            h.dvpp.casework().assessNeeds(h.practitioner, c, new Casework.NeedsInput(h.today(), Map.of("housing",
                    NeedLevel.SOME), MARK + "-needs"));
            h.dvpp.safety().recordRiskEvent(h.practitioner, c, new Safety.RiskInput(RiskEventKind.DISCLOSURE,
                    h.clock.instant(), RiskLevel.MEDIUM, Set.of(), Optional.empty(), MARK + "-risk"));
            h.addPartner(c);
            men.add(c);
        }
        return men;
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private static Set<String> column(ResearchExport e, String file, int column) {
        Set<String> out = new LinkedHashSet<>();
        List<String> lines = List.of(e.files().get(file).split("\r\n"));
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(",", -1)[column]);
        }
        return out;
    }

    @Test
    void item33_noDirectIdentifierFreeTextOrP0DatesAsMonthsAndPseudonymsKeyedStableAndNotReversible() throws Exception {
        assertExport(h, dpo, men);
    }

    @Test
    void item33_theResearchExportIsPseudonymisedOnPostgres() throws Exception {
        try (Harness local = Harness.onPostgres(b -> { })) {
            assertExport(local, ActingUser.of(UserId.random(), local.agency, Role.DATA_PROTECTION_OFFICER),
                    seed(local));
        }
    }

    private static void assertExport(Harness h, ActingUser dpo, List<CaseId> men) throws Exception {
        ResearchExportKey key = ResearchExportKey.generate();
        ResearchExport one = h.dvpp.research().export(dpo, key);
        String all = String.join("\n", one.files().values());
        // no free text, no P0, no direct identifier: no reference, name, date of birth, referrer, phone or stored id
        assertThat(all).doesNotContain(MARK).doesNotContain("PH-RES").doesNotContain("Jane").doesNotContain("07700")
                .doesNotContain("npso").doesNotContain("National Probation").doesNotContain("1980-05");
        assertThat(UUID_TEXT.matcher(all).find()).as("a stored id in the export").isFalse();
        for (CaseId c : men) {
            assertThat(all).doesNotContain(c.value().toString());
        }
        // not vacuous: the coded data is there
        assertThat(one.files().get("assessments.csv")).contains(",audit-c,");
        assertThat(one.files().get("needs.csv")).contains(",housing,some");
        assertThat(one.files().get("risk_events.csv")).contains(",disclosure,");
        assertThat(column(one, "case_history.csv", 4)).contains("complete-screening");
        // every date is a month: no day anywhere, and the month columns hold YYYY-MM
        assertThat(FULL_DATE.matcher(all).find()).as("a full date in the export").isFalse();
        assertThat(column(one, "cases.csv", 3)).allSatisfy(m -> assertThat(m).matches("\\d{4}-\\d{2}"));
        assertThat(column(one, "participants.csv", 1)).containsOnly("45-54"); // born 1980, referred 2026
        // the same key gives the same pseudonyms; another key, others; the key check tells the two apart
        ResearchExport again = h.dvpp.research().export(dpo, key);
        assertThat(again.files()).isEqualTo(one.files());
        ResearchExport other = h.dvpp.research().export(dpo, ResearchExportKey.generate());
        Set<String> people = column(one, "participants.csv", 0);
        assertThat(people).hasSize(3);
        // in pseudonym order, not storage's (which follows the references)
        assertThat(new ArrayList<>(people)).isSorted();
        assertThat(new ArrayList<>(column(one, "cases.csv", 0))).isSorted();
        assertThat(column(other, "participants.csv", 0)).hasSize(3).doesNotContainAnyElementsOf(people);
        assertThat(other.keyCheck()).isNotEqualTo(one.keyCheck());
        // the cases file links each case to its man by pseudonym
        assertThat(column(one, "cases.csv", 1)).containsExactlyInAnyOrderElementsOf(people);
        // with the key the agency finds a man again; without it the pseudonym is no function of his id alone
        UUID participant = h.get(men.get(0)).participant().value();
        String his = key.pseudonym("person", participant);
        assertThat(people).contains(his);
        String hex = his.substring(2);
        assertThat(hex).doesNotContain(participant.toString().replace("-", "").substring(0, 8));
        byte[] unkeyed = MessageDigest.getInstance("SHA-256").digest(("dvpp-research-v1|person|" + participant)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(unkeyed)).doesNotContain(hex);
        Set<String> guesses = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            guesses.add(ResearchExportKey.generate().pseudonym("person", participant));
        }
        assertThat(guesses).doesNotContain(his).hasSize(200);
        // the data dictionary describes every column of every file, and the note says what the export is
        List<String> dictionary = List.of(one.files().get("data-dictionary.csv").split("\r\n"));
        for (Map.Entry<String, String> f : one.files().entrySet()) {
            if (!f.getKey().endsWith(".csv") || f.getKey().equals("data-dictionary.csv")) {
                continue;
            }
            for (String col : f.getValue().split("\r\n")[0].split(",")) {
                assertThat(dictionary).as("%s %s", f.getKey(), col).anySatisfy(l -> assertThat(l)
                        .startsWith(f.getKey() + "," + col + ","));
            }
        }
        assertThat(one.files().get("README.txt")).contains("pseudonymised personal data", one.keyCheck());
        // audited as an export of the agency
        assertThat(h.audit(h.agency)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.purpose()).isEqualTo("research.export");
            assertThat(e.entityId()).isEqualTo(h.agency.value());
        });
    }

    @Test
    void aKeyKeptInAFileGivesTheSamePseudonymsAfterARestartAndIsNeverOverwritten(@TempDir Path dir) {
        Path file = dir.resolve("research-key.json");
        ResearchExportKey.generateFile(file);
        String first = ResearchExportKey.fromFile(file).pseudonym("person", new UUID(1, 2));
        assertThat(ResearchExportKey.fromFile(file).pseudonym("person", new UUID(1, 2))).isEqualTo(first);
        assertThat(ResearchExportKey.of(new DataKeyset.Cleartext(readString(file))).pseudonym("person",
                new UUID(1, 2))).isEqualTo(first);
        assertThatThrownBy(() -> ResearchExportKey.generateFile(file)).isInstanceOf(InvalidInputException.class);
        assertThat(ResearchExportKey.fromFile(file).pseudonym("person", new UUID(1, 2))).isEqualTo(first);
        assertThat(ResearchExportKey.fromFile(file).toString()).doesNotContain(readString(file).substring(0, 20));
    }

    @Test
    void aKeysetWrappedByAKmsKeyGivesTheSamePseudonymsAsInClearAndAWrongKmsKeyIsRefused() throws Exception {
        com.google.crypto.tink.aead.AeadConfig.register();
        com.google.crypto.tink.prf.PrfConfig.register();
        com.google.crypto.tink.KeysetHandle prf = com.google.crypto.tink.KeysetHandle.generateNew(
                com.google.crypto.tink.prf.PredefinedPrfParameters.HMAC_SHA256_PRF);
        byte[] ad = "research-key".getBytes(StandardCharsets.UTF_8);
        org.dvpp.storage.spi.KeyEncryptionKey kms = kek();
        String wrapped = com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(prf, aead(kms), ad);
        String clear = com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(prf,
                com.google.crypto.tink.InsecureSecretKeyAccess.get());
        UUID id = UUID.randomUUID();
        assertThat(ResearchExportKey.of(new DataKeyset.Wrapped(wrapped, kms, ad)).pseudonym("person", id))
                .isEqualTo(ResearchExportKey.of(new DataKeyset.Cleartext(clear)).pseudonym("person", id));
        assertThatThrownBy(() -> ResearchExportKey.of(new DataKeyset.Wrapped(wrapped, kek(), ad)))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(clear.substring(0, 30));
    }

    /** A key-encryption key as a KMS would hold it: here a fresh AES-GCM key in memory. */
    private static org.dvpp.storage.spi.KeyEncryptionKey kek() throws Exception {
        com.google.crypto.tink.Aead a = com.google.crypto.tink.KeysetHandle.generateNew(
                com.google.crypto.tink.aead.PredefinedAeadParameters.AES256_GCM).getPrimitive(
                com.google.crypto.tink.RegistryConfiguration.get(), com.google.crypto.tink.Aead.class);
        return new org.dvpp.storage.spi.KeyEncryptionKey() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
                try {
                    return a.encrypt(plaintext, associatedData);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
                try {
                    return a.decrypt(ciphertext, associatedData);
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static com.google.crypto.tink.Aead aead(org.dvpp.storage.spi.KeyEncryptionKey kek) {
        return new com.google.crypto.tink.Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
                return kek.encrypt(plaintext, associatedData);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
                return kek.decrypt(ciphertext, associatedData);
            }
        };
    }

    @Test
    void anAeadKeysetIsNotAResearchKeyAndTheErrorHoldsNoKeyMaterial(@TempDir Path dir) throws Exception {
        Path aead = dir.resolve("aead.json");
        org.dvpp.storage.jdbc.Keysets.generate(aead);
        assertThatThrownBy(() -> ResearchExportKey.fromFile(aead)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule())
                        .isEqualTo(ResearchExportKey.PRF_KEYSET))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("value"));
    }

    @Test
    void onlyTheDataProtectionOfficerMayExport() {
        for (Role role : Role.values()) {
            if (role != Role.DATA_PROTECTION_OFFICER) {
                ActingUser u = ActingUser.of(UserId.random(), h.agency, role);
                assertThatThrownBy(() -> h.dvpp.research().export(u, ResearchExportKey.generate())).as("%s", role)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void theFilesAreWrittenToADirectoryAndNeverOverwritten(@TempDir Path dir) throws Exception {
        ResearchExport e = h.dvpp.research().export(dpo, ResearchExportKey.generate());
        e.writeTo(dir.resolve("out"));
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    e.files().keySet()).contains("data-dictionary.csv", "README.txt", "cases.csv");
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("out/cases.csv")))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("out")))).isEqualTo("rwx------");
        }
        assertThatThrownBy(() -> e.writeTo(dir.resolve("out"))).isInstanceOf(java.io.UncheckedIOException.class);
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
