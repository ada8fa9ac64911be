package org.dvpp.storage.spi;

import org.dvpp.domain.AgencyId;

/**
 * One unit of work for one agency: every repository reads and writes only that agency's records, and a record of
 * another agency passed in is rejected. Not thread-safe; do not keep it after the work returns.
 *
 * @since 0.1
 */
public interface Transaction {
    /** @return the agency this transaction works for */
    AgencyId agency();

    /** @return the agency record */
    AgencyRepository agencies();

    /** @return participants */
    ParticipantRepository participants();

    /** @return referrals */
    ReferralRepository referrals();

    /** @return cases, with their history, consent and guard facts */
    CaseRepository cases();

    /** @return partners, ex-partners and children (encrypted contact details) */
    PersonAtRiskRepository peopleAtRisk();

    /** @return partner-support casework, its notifications and break-the-glass accesses (all P0, encrypted) */
    PartnerSupportRepository partnerSupport();

    /** @return risk events */
    RiskEventRepository riskEvents();

    /** @return the information-sharing log */
    InformationSharingRepository informationSharing();

    /** @return groups */
    GroupRepository groups();

    /** @return group sessions and their attendance registers */
    GroupSessionRepository groupSessions();

    /** @return allocations to groups and waiting lists, capacity-safe */
    AllocationRepository allocations();

    /** @return one-to-one sessions */
    OneToOneRepository oneToOnes();

    /** @return motivation check-ins */
    MotivationCheckInRepository motivationCheckIns();

    /** @return onward referrals */
    OnwardReferralRepository onwardReferrals();

    /**
     * @return facilitator records and session facilitators
     * @since 0.2
     */
    FacilitatorRepository facilitators();

    /**
     * @return places on one-to-one-only pathways
     * @since 0.2
     */
    OneToOnePlaceRepository oneToOnePlaces();

    /**
     * @return voids of mistaken records
     * @since 0.2
     */
    VoidRepository voids();

    /** @return scored assessments */
    AssessmentRepository assessments();

    /** @return casework documents (needs, plans, MARAC referrals, partner accounts), encrypted whole at rest */
    CaseDocumentRepository caseDocuments();

    /** @return report queries that aggregate in the database */
    ReportQueries reports();

    /** @return the outbox: events appended here are committed with this transaction */
    Outbox outbox();

    /** @return the tamper-evident audit log of this agency */
    AuditLog audit();

    /**
     * @return restriction, holds and erasure of subjects (per-subject data keys)
     * @since 0.3
     */
    DataRightsRepository dataRights();

    /**
     * @return information-sharing agreements between organisations of the deployment, and cases shared under them
     * @since 0.3
     */
    PartnershipRepository partnerships();
}
