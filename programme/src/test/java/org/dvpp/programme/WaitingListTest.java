package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.group.WaitingListEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A man leaves every waiting list when he gets a place or leaves the programme, including lists of groups he never had
 * a place in, so that a freed place is never offered to a man who was withdrawn, excluded or placed elsewhere.
 */
class WaitingListTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    /** @return a group of one, already full */
    private GroupId fullGroup() {
        GroupId g = h.closedGroup(1);
        assertThat(h.dvpp.groups().allocate(h.manager, g, h.readyMan()).outcome())
                .isEqualTo(Groups.Placement.Outcome.PLACED);
        return g;
    }

    private List<CaseId> waiting(GroupId g) {
        return h.dvpp.groups().waitingList(h.manager, g).stream().map(WaitingListEntry::caseId).toList();
    }

    @Test
    void aManPlacedInOneGroupLeavesTheWaitingListsOfOthers() {
        GroupId first = fullGroup();
        GroupId second = fullGroup();
        GroupId open = h.closedGroup(12);
        CaseId man = h.readyMan();
        CaseId other = h.readyMan();
        h.dvpp.groups().allocate(h.manager, first, man);
        h.dvpp.groups().allocate(h.manager, first, other);
        h.dvpp.groups().allocate(h.manager, second, man);
        assertThat(waiting(first)).containsExactly(man, other);
        assertThat(waiting(second)).containsExactly(man);

        assertThat(h.dvpp.groups().allocate(h.manager, open, man).outcome()).isEqualTo(Groups.Placement.Outcome.PLACED);
        assertThat(waiting(first)).containsExactly(other);
        assertThat(waiting(second)).isEmpty();
    }

    @Test
    void aManWhoLeavesWhileWaitingIsTakenOffEveryList() {
        GroupId first = fullGroup();
        GroupId second = fullGroup();
        CaseId withdrawn = h.readyMan();
        CaseId excluded = h.readyMan();
        CaseId returned = h.readyMan();
        CaseId stays = h.readyMan();
        for (CaseId m : List.of(withdrawn, excluded, returned, stays)) {
            h.dvpp.groups().allocate(h.manager, first, m);
            h.dvpp.groups().allocate(h.manager, second, m);
        }
        h.dvpp.cases().withdraw(h.practitioner, withdrawn, "moved out of the area");
        h.dvpp.cases().returnToReferrer(h.practitioner, returned, "now in custody");
        // a suspended man keeps his place in the queue; excluded while suspended, he loses it
        h.dvpp.cases().suspend(h.practitioner, excluded, "police investigation");
        assertThat(waiting(first)).containsExactly(excluded, stays);
        h.dvpp.cases().exclude(h.supervisor, excluded, "threats to a group member");
        assertThat(h.get(withdrawn).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(h.get(returned).status()).isEqualTo(CaseStatus.RETURNED_TO_REFERRER);
        assertThat(h.get(excluded).status()).isEqualTo(CaseStatus.EXCLUDED);

        assertThat(waiting(first)).containsExactly(stays);
        assertThat(waiting(second)).containsExactly(stays);
    }

    @Test
    void aFreedPlaceIsNotAnAlertWhenOnlyMenWhoLeftWereWaiting() {
        GroupId g = h.closedGroup(1);
        CaseId placed = h.readyMan();
        CaseId waits = h.readyMan();
        h.dvpp.groups().allocate(h.manager, g, placed);
        h.dvpp.groups().allocate(h.manager, g, waits);
        h.dvpp.cases().returnToReferrer(h.practitioner, waits, "breach of bail conditions");
        h.dvpp.cases().withdraw(h.practitioner, placed, "moved away");
        assertThat(h.dvpp.alerts().current(h.supervisor)).noneMatch(a ->
                a.kind() == Alert.Kind.PLACE_FREE_WITH_WAITING_LIST && a.subject().equals(g.value()));
    }
}
