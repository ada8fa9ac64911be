package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.storage.spi.AuditAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reads a staff web console needs and the rest of the API did not give: the groups a user may see, the men due at a
 * session, and the partner-support caseload. Each runs through the front door like the others (permission, the
 * facilitator's own groups, redaction, audit of P0 reads).
 */
class ConsoleReadsTest {
    private static Harness h;
    private static GroupId group;
    private static GroupId notMine;
    private static CaseId first;
    private static CaseId second;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
        group = h.closedGroup(12);
        first = h.readyMan();
        second = h.readyMan();
        h.dvpp.groups().allocate(h.manager, group, first);
        h.dvpp.groups().allocate(h.manager, group, second);
        notMine = h.dvpp.groups().create(h.manager, new Groups.NewGroup("Sutton Tuesday", "dvpp-integrated-12",
                org.dvpp.domain.group.GroupType.CLOSED, 12, List.of(UserId.random()),
                org.dvpp.domain.group.DeliveryPattern.weeklyTwoHours(java.time.DayOfWeek.TUESDAY,
                        java.time.LocalTime.of(18, 0)), h.today().plusDays(8), "sutton")).group().id();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    @Test
    void aFacilitatorSeesOnlyTheGroupsHeOrSheRunsAndAManagerSeesThemAll() {
        assertThat(h.dvpp.groups().visible(h.facilitator)).extracting(g -> g.id()).containsExactly(group);
        assertThat(h.dvpp.groups().visible(h.manager)).extracting(g -> g.id()).containsExactlyInAnyOrder(group, notMine);
        ActingUser stranger = ActingUser.of(UserId.random(), h.agency, Role.FACILITATOR);
        assertThat(h.dvpp.groups().visible(stranger)).isEmpty();
        assertThatThrownBy(() -> h.dvpp.groups().visible(h.partnerSupport)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMenDueAtASessionAreTheMenWithAPlaceAndTheirLinesOnceTheRegisterIsTaken() {
        GroupSession session = h.dvpp.groups().sessions(h.facilitator, group).get(0);
        List<Groups.DueMan> before = h.dvpp.groups().due(h.facilitator, session.id());
        assertThat(before).extracting(Groups.DueMan::caseId).containsExactlyInAnyOrder(first, second);
        assertThat(before).allSatisfy(m -> {
            assertThat(m.reference()).startsWith("PH-");
            assertThat(m.recorded()).isEmpty();
        });
        assertThat(before).extracting(Groups.DueMan::reference).isSorted();

        h.clock.set(session.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
        h.dvpp.groups().takeRegister(h.facilitator, session.id(), List.of(
                new Groups.RegisterLine(first, AttendanceStatus.LATE, Optional.of(Duration.ofMinutes(90))),
                new Groups.RegisterLine(second, AttendanceStatus.UNEXCUSED_ABSENCE, Optional.empty())));
        List<Groups.DueMan> after = h.dvpp.groups().due(h.facilitator, session.id());
        assertThat(after).filteredOn(m -> m.caseId().equals(first)).singleElement()
                .satisfies(m -> assertThat(m.recorded().orElseThrow().status()).isEqualTo(AttendanceStatus.LATE));
        assertThat(after).filteredOn(m -> m.caseId().equals(second)).singleElement().satisfies(m ->
                assertThat(m.recorded().orElseThrow().status()).isEqualTo(AttendanceStatus.UNEXCUSED_ABSENCE));

        ActingUser stranger = ActingUser.of(UserId.random(), h.agency, Role.FACILITATOR);
        assertThatThrownBy(() -> h.dvpp.groups().due(stranger, session.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.dvpp.groups().due(h.facilitator, org.dvpp.domain.SessionId.random()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCaseloadListsTheCasesWithPeopleAtRiskAndAuditsTheRead() {
        List<Safety.CaseloadEntry> caseload = h.dvpp.safety().caseload(h.partnerSupport);
        assertThat(caseload).extracting(Safety.CaseloadEntry::caseId).contains(first, second);
        Safety.CaseloadEntry entry = caseload.stream().filter(e -> e.caseId().equals(first)).findFirst().orElseThrow();
        assertThat(entry.people()).singleElement()
                .satisfies(p -> assertThat(p.contact().name()).isEqualTo("Jane Example"));
        assertThat(entry.risk()).isEqualTo(RiskLevel.STANDARD);
        assertThat(h.audit(h.agency)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.actor()).isEqualTo(h.partnerSupport.id());
            assertThat(e.purpose()).startsWith("safety.caseload");
        });
        // perpetrator-facing roles are refused, not given a redacted list
        assertThatThrownBy(() -> h.dvpp.safety().caseload(h.facilitator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> h.dvpp.safety().caseload(h.practitioner)).isInstanceOf(AccessDeniedException.class);
    }
}
