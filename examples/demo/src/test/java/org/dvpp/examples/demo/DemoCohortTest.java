package org.dvpp.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.programme.Dvpp;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.FunnelRow;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCohortTest {

    @Test
    void aPartRollingRunHasMenFromThreeEntryPointsOnTheRegisterAndTheNextMeetingToCome(@TempDir Path dir)
            throws Exception {
        Path keys = dir.resolve("keyset.json");
        Keysets.generate(keys);
        List<String> steps = new ArrayList<>();
        DemoCohort demo = DemoCohort.builder().seed(3).curriculum(DemoCohort.ROLLING_CURRICULUM).weeks(12)
                .progress(steps::add).build();
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .clock(demo.clock()).addListener(demo.listener()).build()) {
            DemoCohort.Result result = demo.run(dvpp);
            assertThat(steps).hasSize(demo.steps());
            assertThat(result.weeksRun()).isEqualTo(12);
            assertThat(result.startedByEntry().keySet()).containsExactly(1, 5, 11);
            assertThat(result.completed()).isZero();
            List<GroupSession> sessions = dvpp.groups().sessions(result.staff().facilitator(), result.group());
            GroupSession twelfth = sessions.get(11);
            GroupSession thirteenth = sessions.get(12);
            // meeting 12 had men of all three entry points; meeting 13 is still to come
            assertThat(dvpp.groups().members(result.staff().manager(), result.group()))
                    .extracting(org.dvpp.programme.Groups.Member::entrySession).contains(1, 5, 11);
            assertThat(twelfth.registerTaken()).isTrue();
            assertThat(thirteenth.scheduledStart().toInstant(ZoneOffset.UTC)).isAfter(demo.clock().instant());
        }
    }

    @Test
    void aPartRunLeavesTheGroupMidProgrammeWithTonightsRegisterStillToTake(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keyset.json");
        Keysets.generate(keys);
        List<String> steps = new ArrayList<>();
        DemoCohort demo = DemoCohort.builder().seed(3).weeks(5).progress(steps::add).build();
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .clock(demo.clock()).addListener(demo.listener()).build()) {
            DemoCohort.Result result = demo.run(dvpp);

            assertThat(steps).hasSize(demo.steps());
            assertThat(result.weeksRun()).isEqualTo(5);
            assertThat(result.started()).isEqualTo(12);
            assertThat(result.completed()).isZero();
            assertThat(result.funnel().stream().mapToLong(FunnelRow::completed).sum()).isZero();
            assertThat(result.funnel().stream().mapToLong(FunnelRow::started).sum()).isEqualTo(12);
            assertThat(result.eventsDelivered()).isPositive();
            assertThat(result.partnerSupportNotices()).isPositive().isLessThanOrEqualTo(result.eventsDelivered());

            // the sixth session is still to come on the demo's clock
            List<GroupSession> sessions = dvpp.groups().sessions(result.staff().facilitator(), result.group());
            assertThat(sessions).hasSize(DemoCohort.WEEKS);
            GroupSession sixth = sessions.stream().filter(s -> s.sequence() == 6).findFirst().orElseThrow();
            assertThat(sixth.scheduledStart().toInstant(ZoneOffset.UTC)).isAfter(demo.clock().instant());
        }
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> DemoCohort.builder().referrals(13)).hasMessageContaining("referrals")
                .hasMessageContaining("14");
        assertThatThrownBy(() -> DemoCohort.builder().weeks(13).build()).hasMessageContaining("weeks");
        assertThatThrownBy(() -> DemoCohort.builder().weeks(37)).hasMessageContaining("weeks");
        assertThatThrownBy(() -> DemoCohort.builder().curriculum("other")).hasMessageContaining("curriculum");
        assertThat(DemoCohort.builder().curriculum(DemoCohort.ROLLING_CURRICULUM).weeks(30).build().steps())
                .isEqualTo(30 + 30 + 5);
        assertThatThrownBy(() -> DemoCohort.builder().weeks(-1)).hasMessageContaining("weeks");
    }
}
