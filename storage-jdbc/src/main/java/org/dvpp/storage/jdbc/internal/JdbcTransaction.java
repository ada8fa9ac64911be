package org.dvpp.storage.jdbc.internal;

import org.dvpp.domain.AgencyId;
import org.dvpp.storage.spi.AgencyRepository;
import org.dvpp.storage.spi.AllocationRepository;
import org.dvpp.storage.spi.AssessmentRepository;
import org.dvpp.storage.spi.AuditLog;
import org.dvpp.storage.spi.CaseDocumentRepository;
import org.dvpp.storage.spi.CaseRepository;
import org.dvpp.storage.spi.GroupRepository;
import org.dvpp.storage.spi.GroupSessionRepository;
import org.dvpp.storage.spi.InformationSharingRepository;
import org.dvpp.storage.spi.MotivationCheckInRepository;
import org.dvpp.storage.spi.OneToOneRepository;
import org.dvpp.storage.spi.OnwardReferralRepository;
import org.dvpp.storage.spi.Outbox;
import org.dvpp.storage.spi.ParticipantRepository;
import org.dvpp.storage.spi.PersonAtRiskRepository;
import org.dvpp.storage.spi.ReferralRepository;
import org.dvpp.storage.spi.ReportQueries;
import org.dvpp.storage.spi.RiskEventRepository;
import org.dvpp.storage.spi.Transaction;

/** One JDBC transaction's repositories, all sharing its connection and agency. */
final class JdbcTransaction implements Transaction {
    private final Db db;

    JdbcTransaction(Db db) {
        this.db = db;
    }

    @Override
    public AgencyId agency() {
        return db.agency;
    }

    @Override
    public AgencyRepository agencies() {
        return new AgencyRepo(db);
    }

    @Override
    public ParticipantRepository participants() {
        return new ParticipantRepo(db);
    }

    @Override
    public ReferralRepository referrals() {
        return new ReferralRepo(db);
    }

    @Override
    public CaseRepository cases() {
        return new CaseRepo(db);
    }

    @Override
    public PersonAtRiskRepository peopleAtRisk() {
        return new PersonAtRiskRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.PartnerSupportRepository partnerSupport() {
        return new PartnerSupportRepo(db);
    }

    @Override
    public RiskEventRepository riskEvents() {
        return new RiskEventRepo(db);
    }

    @Override
    public InformationSharingRepository informationSharing() {
        return new SharingRepo(db);
    }

    @Override
    public GroupRepository groups() {
        return new GroupRepo(db);
    }

    @Override
    public GroupSessionRepository groupSessions() {
        return new GroupSessionRepo(db);
    }

    @Override
    public AllocationRepository allocations() {
        return new AllocationRepo(db);
    }

    @Override
    public OneToOneRepository oneToOnes() {
        return new OneToOneRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.FacilitatorRepository facilitators() {
        return new FacilitatorRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.OneToOnePlaceRepository oneToOnePlaces() {
        return new OneToOnePlaceRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.VoidRepository voids() {
        return new VoidRepo(db);
    }

    @Override
    public MotivationCheckInRepository motivationCheckIns() {
        return new CheckInRepo(db);
    }

    @Override
    public OnwardReferralRepository onwardReferrals() {
        return new OnwardReferralRepo(db);
    }

    @Override
    public AssessmentRepository assessments() {
        return new AssessmentRepo(db);
    }

    @Override
    public CaseDocumentRepository caseDocuments() {
        return new CaseDocumentRepo(db);
    }

    @Override
    public ReportQueries reports() {
        return new ReportRepo(db);
    }

    @Override
    public Outbox outbox() {
        return new OutboxRepo(db);
    }

    @Override
    public AuditLog audit() {
        return new AuditRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.DataRightsRepository dataRights() {
        return new DataRightsRepo(db);
    }

    @Override
    public org.dvpp.storage.spi.PartnershipRepository partnerships() {
        return new PartnershipRepo(db);
    }
}
