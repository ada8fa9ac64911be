package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.DataHold;
import org.dvpp.domain.participant.HoldKind;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.junit.jupiter.api.Test;

/**
 * Restriction, erasure and retention through the front door (checklist items 31 and 32), on the embedded H2 database
 * and on PostgreSQL.
 */
class DataRightsTest {
    private static final String MARKER = "DRCANARY-5c1e";

    private static ActingUser lead(Harness h) {
        return ActingUser.of(UserId.random(), h.agency, Role.SAFEGUARDING_LEAD);
    }

    /** A man referred with a partner at risk, allocated to a partner-support worker who logged a contact. */
    private record Man(CaseId caseId, ParticipantId id, PersonAtRiskId partner) {
    }

    private static Man man(Harness h) {
        CaseId c = h.refer();
        PersonAtRiskId partner = h.dvpp.safety().addPersonAtRisk(h.practitioner, c, new Safety.NewPersonAtRisk(
                org.dvpp.domain.safety.Relationship.PARTNER, new org.dvpp.domain.safety.ContactDetails("Jo "
                        + MARKER, java.util.Optional.empty(), "07700 900" + MARKER.length(), MARKER + " road", "after "
                        + MARKER), false));
        h.dvpp.partnerSupport().assignWorker(h.partnerSupport, partner, h.partnerSupport.id());
        h.dvpp.partnerSupport().recordContact(h.partnerSupport, partner, new PartnerSupport.ContactInput(
                h.clock.instant(), ContactChannel.PHONE, ContactOutcome.SPOKE, "mornings " + MARKER, "text first",
                "she spoke of " + MARKER));
        return new Man(c, h.get(c).participant(), partner);
    }

    /** A man screened out and his case closed: a man who never started the programme. */
    private static Man closedNotStarted(Harness h) {
        Man m = man(h);
        h.dvpp.cases().screen(h.practitioner, m.caseId(), ScreeningAnswers.of(false));
        h.dvpp.cases().close(h.supervisor, m.caseId(), "closed after screening " + MARKER);
        return m;
    }

    private static long referred(Harness h) {
        return h.dvpp.reports().funnel(h.supervisor, h.today().minusYears(10), h.today().plusYears(10)).stream()
                .mapToLong(r -> r.referred()).sum();
    }

    private static boolean inSafetyCaseload(Harness h, Man m) {
        return h.dvpp.safety().caseload(h.supervisor).stream().anyMatch(e -> e.caseId().equals(m.caseId()));
    }

    private static boolean inPartnerCaseload(Harness h, Man m) {
        return h.dvpp.partnerSupport().caseload(h.partnerSupport).stream()
                .anyMatch(e -> e.person().id().equals(m.partner()));
    }

    private static List<AuditEntry> audit(Harness h, String operation) {
        return h.audit(h.agency).stream().filter(e -> e.purpose().startsWith(operation)).toList();
    }

    // ---------------------------------------------------------------- item 31: restriction

    private static void restriction(Harness h) {
        Man a = man(h);
        Man b = man(h);
        long before = referred(h);
        assertThat(inSafetyCaseload(h, a)).isTrue();
        assertThat(inPartnerCaseload(h, a)).isTrue();
        h.dvpp.dataRights().restrict(h.supervisor, a.id(), "he disputes the accuracy of the record " + MARKER);

        // hidden: reads by id, lists, caseloads and figures
        assertThatThrownBy(() -> h.dvpp.cases().get(h.practitioner, a.caseId())).isInstanceOf(NotFoundException.class);
        assertThat(inSafetyCaseload(h, a)).isFalse();
        // her support goes on: the people at risk from him and their casework are hers, not his
        assertThat(inPartnerCaseload(h, a)).isTrue();
        assertThat(h.dvpp.partnerSupport().record(h.partnerSupport, a.partner()).contacts()).hasSize(1);
        assertThat(referred(h)).isEqualTo(before - 1);
        // the other man is untouched
        assertThat(h.get(b.caseId()).id()).isEqualTo(b.caseId());
        assertThat(inSafetyCaseload(h, b)).isTrue();

        // kept and readable by the legal-hold role only, P0 and all
        SubjectRecord record = h.dvpp.dataRights().restrictedRecord(lead(h), a.id());
        assertThat(record.cases()).extracting(org.dvpp.domain.casework.Case::id).containsExactly(a.caseId());
        assertThat(record.peopleAtRisk()).extracting(p -> p.contact().name()).containsExactly("Jo " + MARKER);
        assertThat(record.restriction()).hasValueSatisfying(r -> assertThat(r.reason()).contains(MARKER));
        for (ActingUser other : List.of(h.practitioner, h.supervisor, h.partnerSupport, h.manager, h.admin)) {
            assertThatThrownBy(() -> h.dvpp.dataRights().restrictedRecord(other, a.id())).as("%s", other.roles())
                    .isInstanceOf(AccessDeniedException.class);
        }

        // lifting restores it
        assertThat(h.dvpp.dataRights().lift(h.supervisor, a.id())).isTrue();
        assertThat(h.dvpp.cases().get(h.practitioner, a.caseId()).id()).isEqualTo(a.caseId());
        assertThat(inSafetyCaseload(h, a)).isTrue();
        assertThat(inPartnerCaseload(h, a)).isTrue();
        assertThat(referred(h)).isEqualTo(before);
        assertThat(h.dvpp.dataRights().lift(h.supervisor, a.id())).isFalse();

        // audited, without the reason's words
        assertThat(audit(h, "dataRights.restrict")).filteredOn(e -> e.purpose().equals("dataRights.restrict"))
                .singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.entityId()).isEqualTo(a.id().value());
        });
        assertThat(audit(h, "dataRights.lift")).hasSize(2);
        assertThat(audit(h, "dataRights.restrictedRecord")).anySatisfy(e -> assertThat(e.action())
                .isEqualTo(AuditAction.READ));
        assertThat(h.audit(h.agency)).noneSatisfy(e -> assertThat(e.purpose()).contains(MARKER));

        // a man with a group place is not restricted: the group's registers must still list him
        CaseId placed = h.readyMan();
        h.dvpp.groups().allocate(h.manager, h.closedGroup(12), placed);
        assertThatThrownBy(() -> h.dvpp.dataRights().restrict(h.supervisor, h.get(placed).participant(), "r"))
                .isInstanceOfSatisfying(org.dvpp.domain.InvalidInputException.class, e -> assertThat(
                        e.violations()).extracting(v -> v.rule()).containsExactly("no-group-place"));
    }

    @Test
    void item31_aRestrictedManIsHiddenFromListsCaseloadsAndFiguresKeptForTheLegalHoldRoleAndRestoredWhenLifted()
            throws Exception {
        try (Harness h = new Harness()) {
            restriction(h);
        }
    }

    @Test
    void item31_restrictionOnPostgres() throws Exception {
        try (Harness h = Harness.onPostgres(b -> { })) {
            restriction(h);
        }
    }

    // ---------------------------------------------------------------- item 31: erasure

    private static void erasure(Harness h) {
        Man open = man(h);
        ErasureRefusedException whileOpen = refused(h, open.id());
        assertThat(whileOpen.reasons()).containsExactly(ErasureRefusedException.CASE_OPEN);

        Man m = closedNotStarted(h);
        Man other = closedNotStarted(h);
        DataHold legal = h.dvpp.dataRights().placeHold(lead(h), m.id(), HoldKind.LEGAL, "civil claim by " + MARKER);
        ErasureRefusedException underLegal = refused(h, m.id());
        assertThat(underLegal.reasons()).containsExactly(ErasureRefusedException.LEGAL_HOLD);
        assertThat(underLegal.getMessage()).contains(legal.id().toString()).doesNotContain(MARKER);
        h.dvpp.dataRights().releaseHold(lead(h), legal.id());
        DataHold safeguarding = h.dvpp.dataRights().placeHold(h.supervisor, m.id(), HoldKind.SAFEGUARDING,
                "child protection enquiry " + MARKER);
        assertThat(refused(h, m.id()).reasons()).containsExactly(ErasureRefusedException.SAFEGUARDING_HOLD);
        // nothing changed while refused
        assertThat(h.get(m.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(audit(h, "dataRights.erase")).filteredOn(e -> e.action() == AuditAction.DENIED)
                .extracting(AuditEntry::purpose)
                .anySatisfy(p -> assertThat(p).endsWith("refused legal-hold"))
                .anySatisfy(p -> assertThat(p).endsWith("refused safeguarding-hold"))
                .anySatisfy(p -> assertThat(p).endsWith("refused case-open"));
        h.dvpp.dataRights().releaseHold(h.supervisor, safeguarding.id());
        // while partner support is engaged with her, erasing him would destroy her records too
        h.dvpp.safety().updateSupportStatus(h.partnerSupport, m.partner(),
                org.dvpp.domain.safety.PartnerSupportStatus.ENGAGED);
        assertThat(refused(h, m.id()).reasons()).containsExactly(ErasureRefusedException.SUPPORT_ENGAGED);
        h.dvpp.safety().updateSupportStatus(h.partnerSupport, m.partner(),
                org.dvpp.domain.safety.PartnerSupportStatus.DECLINED);

        assertThatThrownBy(() -> h.dvpp.dataRights().erase(h.supervisor, m.id()))
                .isInstanceOf(AccessDeniedException.class);
        ErasureReceipt receipt = h.dvpp.dataRights().erase(h.admin, m.id());
        assertThat(receipt.basis()).isEqualTo("REQUEST");
        assertThat(receipt.valuesShredded()).isGreaterThanOrEqualTo(10);

        // every read of him, his case (history included) and his partner's casework finds nothing, for every role
        for (ActingUser u : List.of(h.practitioner, h.supervisor, lead(h))) {
            assertThatThrownBy(() -> h.dvpp.cases().get(u, m.caseId())).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> h.dvpp.dataRights().restrictedRecord(lead(h), m.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.partnerSupport().record(h.partnerSupport, m.partner()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.dataRights().restrict(h.supervisor, m.id(), "again"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.dataRights().erase(h.admin, m.id())).isInstanceOf(NotFoundException.class);
        assertThat(inPartnerCaseload(h, m)).isFalse();
        // the other man is untouched
        assertThat(h.dvpp.partnerSupport().record(h.partnerSupport, other.partner()).contacts()).hasSize(1);
        assertThat(h.get(other.caseId()).history()).isNotEmpty();

        // what remains of him in the audit log is an entry naming the erasure, with counts and no value
        assertThat(audit(h, "dataRights.erase")).filteredOn(e -> e.action() == AuditAction.DELETE).singleElement()
                .satisfies(e -> {
                    assertThat(e.entityId()).isEqualTo(m.id().value());
                    assertThat(e.purpose()).isEqualTo("dataRights.erase basis REQUEST sealed " + receipt.valuesSealed()
                            + " shredded " + receipt.valuesShredded());
                });
        assertThat(h.audit(h.agency)).noneSatisfy(e -> assertThat(e.purpose()).contains(MARKER));
    }

    private static ErasureRefusedException refused(Harness h, ParticipantId id) {
        try {
            h.dvpp.dataRights().erase(h.admin, id);
        } catch (ErasureRefusedException e) {
            return e;
        }
        throw new AssertionError("erasure was not refused");
    }

    @Test
    void item31_erasureIsRefusedWithItsReasonUnderAHoldOrAnOpenCaseAndOtherwiseShredsEveryValueOfHis()
            throws Exception {
        try (Harness h = new Harness()) {
            erasure(h);
        }
    }

    @Test
    void item31_erasureOnPostgres() throws Exception {
        try (Harness h = Harness.onPostgres(b -> { })) {
            erasure(h);
        }
    }

    @Test
    void item31_aRestrictedManWhoLeftAGroupIsNotListedAmongItsMembers() throws Exception {
        try (Harness h = new Harness()) {
            CaseId left = h.readyMan();
            CaseId stays = h.readyMan();
            GroupId group = h.closedGroup(12);
            h.dvpp.groups().allocate(h.manager, group, left);
            h.dvpp.groups().allocate(h.manager, group, stays);
            org.dvpp.domain.group.GroupSession first = h.dvpp.groups().sessions(h.facilitator, group).get(0);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(java.time.ZoneOffset.UTC));
            h.dvpp.groups().takeRegister(h.facilitator, first.id(), List.of(
                    new Groups.RegisterLine(left, org.dvpp.domain.group.AttendanceStatus.PRESENT,
                            java.util.Optional.empty()),
                    new Groups.RegisterLine(stays, org.dvpp.domain.group.AttendanceStatus.PRESENT,
                            java.util.Optional.empty())));
            h.dvpp.cases().withdraw(h.practitioner, left, "moved away");
            h.dvpp.cases().close(h.supervisor, left, "withdrawn");
            assertThat(h.dvpp.groups().members(h.manager, group)).extracting(Groups.Member::caseId)
                    .contains(left, stays);
            ParticipantId him = h.get(left).participant();
            h.dvpp.dataRights().restrict(h.supervisor, him, "he disputes the record");
            assertThat(h.dvpp.groups().members(h.manager, group)).extracting(Groups.Member::caseId)
                    .containsExactly(stays);
            h.dvpp.dataRights().lift(h.supervisor, him);
            assertThat(h.dvpp.groups().members(h.manager, group)).extracting(Groups.Member::caseId)
                    .contains(left, stays);
        }
    }

    // ---------------------------------------------------------------- item 32: retention

    private static void retention(Harness h) {
        // closed without starting: kept 1 year by this agency's rule; started the programme: the 6-year default
        Man early = closedNotStarted(h);
        Man held = closedNotStarted(h);
        h.dvpp.dataRights().placeHold(lead(h), held.id(), HoldKind.LEGAL, "proceedings");
        CaseId started = h.readyMan();
        GroupId group = h.closedGroup(12);
        h.dvpp.groups().allocate(h.manager, group, started);
        h.dvpp.cases().withdraw(h.practitioner, started, "moved away");
        h.dvpp.cases().close(h.supervisor, started, "withdrawn");
        Man open = man(h);
        h.clock.advance(Duration.ofDays(180));
        Man later = closedNotStarted(h);
        LocalDate firstClosed = h.today().minusDays(180);

        // the day before the first man's date: nothing is due
        h.clock.advance(Duration.between(h.today().atStartOfDay(), firstClosed.plusYears(1).minusDays(1)
                .atStartOfDay()));
        assertThat(h.dvpp.dataRights().applyRetention(h.admin).erased()).isEmpty();

        // on his date: exactly he is erased; the held man is kept and reported
        h.clock.advance(Duration.ofDays(1));
        RetentionRun run = h.dvpp.dataRights().applyRetention(h.admin);
        assertThat(run.erased()).extracting(ErasureReceipt::subject).containsExactly(early.id());
        assertThat(run.erased()).allSatisfy(r -> assertThat(r.basis()).isEqualTo("RETENTION"));
        assertThat(run.held()).containsExactly(held.id());
        assertThatThrownBy(() -> h.get(early.caseId())).isInstanceOf(NotFoundException.class);
        assertThat(h.get(held.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(h.get(later.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(h.get(started).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(h.get(open.caseId()).status()).isNotEqualTo(CaseStatus.CLOSED);

        // idempotent: running it again the same day erases nothing more
        RetentionRun again = h.dvpp.dataRights().applyRetention(h.admin);
        assertThat(again.erased()).isEmpty();
        assertThat(again.held()).containsExactly(held.id());

        // half a year on, the man closed later is due; the man who started waits for his six years
        h.clock.advance(Duration.ofDays(200));
        assertThat(h.dvpp.dataRights().applyRetention(h.admin).erased()).extracting(ErasureReceipt::subject)
                .containsExactly(later.id());
        h.clock.advance(Duration.ofDays(366 * 5));
        ParticipantId startedMan = h.dvpp.cases().get(h.supervisor, started).participant();
        assertThat(h.dvpp.dataRights().applyRetention(h.admin).erased()).extracting(ErasureReceipt::subject)
                .containsExactly(startedMan);
        assertThat(h.get(open.caseId()).status()).isNotEqualTo(CaseStatus.CLOSED);

        // audited: each run, each man erased (class, closure, rule and counts), each man kept
        assertThat(audit(h, "dataRights.applyRetention")).filteredOn(e -> e.entityType().equals("agency"))
                .hasSize(5);
        assertThat(audit(h, "dataRights.applyRetention erased")).extracting(AuditEntry::entityId)
                .containsExactly(early.id().value(), later.id().value(), startedMan.value());
        assertThat(audit(h, "dataRights.applyRetention erased")).first().satisfies(e -> assertThat(e.purpose())
                .startsWith("dataRights.applyRetention erased class NOT_STARTED closed " + firstClosed + " period P1Y"));
        assertThat(audit(h, "dataRights.applyRetention kept legal-hold")).extracting(AuditEntry::entityId)
                .containsOnly(held.id().value());
        assertThatThrownBy(() -> h.dvpp.dataRights().applyRetention(h.supervisor))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.audit(h.agency)).noneSatisfy(e -> assertThat(e.purpose()).contains(MARKER));
    }

    @Test
    void item32_theRetentionJobErasesExactlyWhatIsPastItsDateIsIdempotentAndAudited() throws Exception {
        try (Harness h = new Harness(b -> b.retention(RetentionClass.NOT_STARTED, Period.ofYears(1)))) {
            retention(h);
        }
    }

    @Test
    void item32_retentionOnPostgres() throws Exception {
        try (Harness h = Harness.onPostgres(b -> b.retention(RetentionClass.NOT_STARTED, Period.ofYears(1)))) {
            retention(h);
        }
    }

    @Test
    void retentionPeriodsAreCheckedWhenSet() {
        assertThatThrownBy(() -> Dvpp.builder().retention(RetentionClass.PROGRAMME, Period.ZERO))
                .isInstanceOf(org.dvpp.domain.InvalidInputException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> Dvpp.builder().retention(RetentionClass.PROGRAMME, Period.ofYears(101)))
                .isInstanceOf(org.dvpp.domain.InvalidInputException.class);
        assertThat(RetentionClass.PROGRAMME.defaultPeriod()).isEqualTo(Period.ofYears(6));
        assertThat(RetentionClass.NOT_STARTED.defaultPeriod()).isEqualTo(Period.ofYears(2));
    }
}
