package org.dvpp.storage.tck;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.AssessmentId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.ConsentId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.OnwardReferralId;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.agency.Agency;
import org.dvpp.domain.agency.Area;
import org.dvpp.domain.agency.ServiceArea;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseChange;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.casework.EligibilityOutcome;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.OnwardReferralStatus;
import org.dvpp.domain.casework.OnwardService;
import org.dvpp.domain.casework.Suitability;
import org.dvpp.domain.casework.SuitabilityDecision;
import org.dvpp.domain.casework.TimePoint;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.participant.Consent;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.participant.SharingScope;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;

/**
 * Valid domain records for contract tests, for one agency. Every sensitive text contains {@link #marker()}, so a test
 * can look for it in the raw tables.
 *
 * @since 0.1
 */
public final class Fixtures {
    /** A fixed day in the past that all dates are relative to. */
    public static final LocalDate BASE = LocalDate.of(2025, 1, 6);
    /** A fixed instant (nanosecond precision, to test exact round trips). */
    public static final Instant AT = Instant.parse("2025-01-06T10:15:30.123456789Z");

    private final AgencyId agency;
    private final String marker;
    private final UserId worker = UserId.random();
    private final UserId supervisor = UserId.random();
    private int counter;

    /**
     * @param agency the agency every record belongs to
     * @param marker a unique text put into every sensitive field
     */
    public Fixtures(AgencyId agency, String marker) {
        this.agency = agency;
        this.marker = marker;
    }

    /**
     * Stores a new agency and returns fixtures for it, with a marker that starts with the prefix.
     *
     * @param storage where to store it
     * @param prefix the marker's first letters, naming the contract that made it
     * @return fixtures for the fresh, stored agency
     */
    public static Fixtures stored(org.dvpp.storage.spi.Storage storage, String prefix) {
        AgencyId id = AgencyId.random();
        Fixtures f = new Fixtures(id, prefix + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        storage.inTransaction(id, tx -> {
            tx.agencies().insert(f.agency());
            return null;
        });
        return f;
    }

    /** @return the agency */
    public AgencyId agencyId() {
        return agency;
    }

    /** @return the marker */
    public String marker() {
        return marker;
    }

    /** @return a worker */
    public UserId worker() {
        return worker;
    }

    /** @return a supervisor (not the worker) */
    public UserId supervisor() {
        return supervisor;
    }

    private String secret(String what) {
        return what + " " + marker + " #" + (++counter);
    }

    /** @return the agency record with areas "north" and "south" */
    public Agency agency() {
        return new Agency(agency, "Agency " + agency.value().toString().substring(0, 8),
                new ServiceArea(List.of(new Area("north", "North"), new Area("south", "South"))));
    }

    /**
     * @param area area of residence code
     * @return a new participant
     */
    public Participant participant(String area) {
        ParticipantId id = ParticipantId.random();
        return new Participant(id, agency, "P-" + id.value().toString().substring(24), BASE.minusYears(35),
                area);
    }

    /**
     * @param participant the participant
     * @param source the source
     * @param receivedOn when it came
     * @return a referral whose reason contains the marker
     */
    public Referral referral(ParticipantId participant, ReferralSource source, LocalDate receivedOn) {
        return referral(participant, source, receivedOn, "north");
    }

    /**
     * @param participant the participant
     * @param source the source
     * @param receivedOn when it came
     * @param area the area he lived in when referred
     * @return a referral whose reason contains the marker
     */
    public Referral referral(ParticipantId participant, ReferralSource source, LocalDate receivedOn, String area) {
        return new Referral(ReferralId.random(), agency, participant, source, receivedOn, area,
                new Referrer("Probation North", "officer", "ref-42"), secret("reason"));
    }

    /**
     * @param participant the participant
     * @param referral his referral
     * @return a newly opened case
     */
    public Case openCase(ParticipantId participant, ReferralId referral) {
        return Case.open(CaseId.random(), agency, participant, referral);
    }

    /**
     * Applies a command through the domain lifecycle.
     *
     * @param c the case
     * @param command the command
     * @return the changed case
     */
    public Case apply(Case c, CaseCommand command) {
        CaseChange change = CaseLifecycle.handle(c, command, command instanceof CaseCommand.ReviewPartnerContactAbsence
                ? supervisor : worker, AT);
        return change.after();
    }

    /** @return a passed screening */
    public CaseCommand.CompleteScreening passScreening() {
        return new CaseCommand.CompleteScreening(new EligibilityOutcome(true, List.of(), BASE, worker));
    }

    /** @return a failed screening */
    public CaseCommand.CompleteScreening failScreening() {
        return new CaseCommand.CompleteScreening(new EligibilityOutcome(false, List.of("age", "area|x"), BASE,
                worker));
    }

    /**
     * @param suitable the outcome
     * @return a signed-off suitability decision
     */
    public CaseCommand.DecideSuitability decide(boolean suitable) {
        return new CaseCommand.DecideSuitability(new SuitabilityDecision(
                suitable ? Suitability.SUITABLE : Suitability.UNSUITABLE, List.of(AssessmentId.random()), BASE,
                worker, Optional.of(supervisor)));
    }

    /**
     * @param c the case
     * @return a consent for it
     */
    public CaseCommand.RecordConsent consent(Case c) {
        return new CaseCommand.RecordConsent(new Consent(ConsentId.random(), agency, c.id(), "v2", BASE,
                Set.of(SharingScope.PARTNER_SUPPORT, SharingScope.PROBATION), true, Optional.empty()));
    }

    /**
     * Drives a case to IN_PROGRAMME with all guard facts recorded (partner contact absent with a reviewed reason).
     *
     * @param c a REFERRED case
     * @param group the group
     * @return the case in the programme
     */
    public Case started(Case c, GroupId group) {
        Case x = apply(c, new CaseCommand.StartScreening());
        x = apply(x, passScreening());
        x = apply(x, decide(true));
        x = apply(x, consent(x));
        x = apply(x, new CaseCommand.RecordPartnerContactAbsence(secret("no contact because")));
        x = apply(x, new CaseCommand.ReviewPartnerContactAbsence(BASE));
        return apply(x, new CaseCommand.StartProgramme(group));
    }

    /** @return a reason text containing the marker */
    public String reason() {
        return secret("reason");
    }

    /**
     * @param participant the participant
     * @return a partner at risk whose every contact detail contains the marker
     */
    public PersonAtRisk personAtRisk(ParticipantId participant) {
        return new PersonAtRisk(PersonAtRiskId.random(), agency, participant, Relationship.EX_PARTNER,
                new ContactDetails(secret("name"), Optional.of(BASE.minusYears(30)), secret("phone"),
                        secret("address"), secret("notes")),
                false, PartnerSupportStatus.OFFERED, 0);
    }

    /**
     * @param caseId the case
     * @return a risk event whose summary contains the marker
     */
    public RiskEvent riskEvent(CaseId caseId) {
        return new RiskEvent(RiskEventId.random(), agency, caseId, RiskEventKind.DISCLOSURE, AT, RiskLevel.MEDIUM,
                RiskLevel.HIGH, Set.of(MaracCriterion.VISIBLE_HIGH_RISK, MaracCriterion.REPEAT), secret("summary"),
                worker);
    }

    /**
     * @param caseId the case
     * @return a sharing entry whose what and why contain the marker
     */
    public InformationSharingEntry sharing(CaseId caseId) {
        return new InformationSharingEntry(SharingEntryId.random(), agency, caseId, BASE, SharingRecipient.MARAC,
                "MARAC North", secret("what"), secret("why"), LawfulBasis.SAFEGUARDING, worker);
    }

    /**
     * @param capacity places
     * @param area area code
     * @return a planned weekly group starting on a Monday
     */
    public Group group(int capacity, String area) {
        LocalDate start = BASE.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return new Group(GroupId.random(), agency, "Monday group", "caring-dads-12", GroupType.ROLLING, capacity,
                List.of(worker, supervisor), DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)),
                start, area, GroupStatus.PLANNED, 0);
    }

    /**
     * @param group the group
     * @param sequence its number
     * @return a delivered session of that group
     */
    public GroupSession session(Group group, int sequence) {
        return new GroupSession(SessionId.random(), agency, group.id(), sequence, sequence,
                group.startDate().plusWeeks(sequence - 1L).atTime(18, 0), Duration.ofHours(2),
                SessionStatus.DELIVERED, true);
    }

    /**
     * @param session the session
     * @param caseId the case
     * @param status the status
     * @return an attendance (90 minutes if attended)
     */
    public Attendance attendance(SessionId session, CaseId caseId, AttendanceStatus status) {
        return new Attendance(agency, session, caseId, status,
                status.attended() ? Duration.ofMinutes(status == AttendanceStatus.LATE ? 90 : 120) : Duration.ZERO);
    }

    /**
     * @param group the group
     * @param caseId the case
     * @return an active allocation
     */
    public Allocation allocation(GroupId group, CaseId caseId) {
        return new Allocation(agency, group, caseId, BASE, 1, AllocationStatus.ACTIVE);
    }

    /**
     * @param caseId the case
     * @param status attended or not
     * @return a catch-up one-to-one of 60 minutes
     */
    public OneToOneSession oneToOne(CaseId caseId, AttendanceStatus status) {
        return new OneToOneSession(OneToOneId.random(), agency, caseId, BASE.plusDays(3), Duration.ofMinutes(60),
                OneToOneKind.CATCH_UP, status, Set.of(2, 3), worker);
    }

    /**
     * @param caseId the case
     * @return a check-in
     */
    public MotivationCheckIn checkIn(CaseId caseId) {
        return new MotivationCheckIn(CheckInId.random(), agency, caseId, BASE, 7, 5, 6, worker);
    }

    /**
     * @param caseId the case
     * @return an onward referral
     */
    public OnwardReferral onwardReferral(CaseId caseId) {
        return new OnwardReferral(OnwardReferralId.random(), agency, caseId, BASE, OnwardService.HOUSING,
                "Housing Options", OnwardReferralStatus.MADE, worker);
    }

    /**
     * @param caseId the case
     * @return a scored assessment whose band code contains the marker
     */
    public AssessmentRecord assessment(CaseId caseId) {
        return new AssessmentRecord(AssessmentId.random(), agency, caseId, "ccs", "1.0", TimePoint.INTAKE, BASE,
                Map.of("q1", "3", "q2", "no", "q=|\\3", "4", "when", "2026-01-05", "empty", ""), Optional.of(new BigDecimal("7.5")),
                Optional.of(secret("band")), worker);
    }

    /**
     * @param caseId the case
     * @param kind the document's kind
     * @return a casework document whose body holds the marker
     */
    public org.dvpp.storage.spi.CaseDocument caseDocument(CaseId caseId, String kind) {
        return new org.dvpp.storage.spi.CaseDocument(java.util.UUID.randomUUID(), agency, caseId, kind, AT, worker(),
                "{\"note\":\"" + marker() + " was told of the plan\"}", 0);
    }
}
