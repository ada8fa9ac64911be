package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;

/** The PostgreSQL COPY path of bulk import writes exactly what the batch path writes, awkward characters included. */
class PostgresCopyImportTest {
    /** Multi-line free text (tab and line breaks are allowed there, and only there) with COPY's special characters. */
    private static final String AWKWARD = "tab\there, new\nline, back\\slash \\N, quote ' \" and ünïcödé";

    @Test
    void copyImportRoundTripsEveryKindOfRecord() {
        try (TestDatabases.Db db = TestDatabases.postgres()) {
            Storage storage = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .option("postgresql.copyBulkImport", "true").keyProvider(KeyProviders.keysetFile(db.keyset))
                    .build());
            Fixtures f = new Fixtures(AgencyId.random(), "C");
            storage.inTransaction(f.agencyId(), (Transaction tx) -> {
                tx.agencies().insert(f.agency());
                return null;
            });
            Group g = f.group(12, "north");
            GroupSession s = f.session(g, 1);
            List<Participant> men = new ArrayList<>();
            List<Referral> referrals = new ArrayList<>();
            List<Case> cases = new ArrayList<>();
            List<AssessmentRecord> assessments = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Participant p = f.participant("north");
                Referral r = new Referral(ReferralId.random(), f.agencyId(), p.id(), ReferralSource.SELF,
                        Fixtures.BASE, "north", new Referrer("Org \\N with back\\slash", "", "ref ' \" ü"), AWKWARD + i);
                men.add(p);
                referrals.add(r);
                cases.add(f.started(f.openCase(p.id(), r.id()), g.id()));
                assessments.add(f.assessment(cases.get(i).id()));
            }
            PersonAtRisk child = new PersonAtRisk(PersonAtRiskId.random(), f.agencyId(), men.get(0).id(),
                    Relationship.CHILD, new ContactDetails("Name \\N back\\slash ü", Optional.empty(), "", AWKWARD, ""), true,
                    PartnerSupportStatus.NOT_APPLICABLE, 0);
            var importer = storage.bulkImport(f.agencyId());
            assertThat(importer.participants(men)).isEqualTo(30);
            assertThat(importer.referrals(referrals)).isEqualTo(30);
            assertThat(importer.cases(cases)).isEqualTo(30);
            assertThat(importer.groups(List.of(g))).isEqualTo(1);
            assertThat(importer.groupSessions(List.of(s))).isEqualTo(1);
            assertThat(importer.attendance(List.of(f.attendance(s.id(), cases.get(0).id(), AttendanceStatus.LATE))))
                    .isEqualTo(1);
            assertThat(importer.assessments(assessments)).isEqualTo(30);
            assertThat(importer.peopleAtRisk(List.of(child))).isEqualTo(1);
            assertThat(importer.riskEvents(List.of(f.riskEvent(cases.get(0).id())))).isEqualTo(1);

            for (int i = 0; i < 30; i++) {
                int k = i;
                assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.referrals()
                        .find(referrals.get(k).id()))).contains(referrals.get(k));
                assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.cases().get(cases.get(k).id())))
                        .isEqualTo(cases.get(k));
                assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.assessments()
                        .find(assessments.get(k).id()))).contains(assessments.get(k));
            }
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.peopleAtRisk().find(child.id())))
                    .contains(child);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.groups().get(g.id()))).isEqualTo(g);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.groupSessions().find(s.id())))
                    .contains(s);
            // a clash is the same typed error as on the batch path, and the whole call writes nothing
            List<Participant> clash = List.of(f.participant("south"), men.get(3));
            assertThatThrownBy(() -> importer.participants(clash)).isInstanceOf(DuplicateRecordException.class);
            assertThat(storage.readOnly(f.agencyId(), (Transaction tx) -> tx.participants().find(clash.get(0).id())))
                    .isEmpty();
        }
    }
}
