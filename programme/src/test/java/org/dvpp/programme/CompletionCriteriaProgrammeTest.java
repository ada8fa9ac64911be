package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.curriculum.CompletionCriterion;
import org.dvpp.curriculum.CompletionRule;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.junit.jupiter.api.Test;

/**
 * An agency's own curriculum file whose completion rule is "all 12 sessions or 20 hours": through the builder's
 * curriculum directory and the front door, a man with 9 sessions and two one-to-ones completes by the hours, and a man
 * with 9 sessions and none does not.
 */
class CompletionCriteriaProgrammeTest {

    @Test
    void sessionsOrHoursDecideCompletionThroughTheFrontDoor() throws Exception {
        Curriculum base = CurriculumCatalogue.discover().get("dvpp-integrated-12");
        CompletionRule rule = new CompletionRule(0, 0, Set.of(), 3, 2).withCriteria(new CompletionCriterion.AnyOf(
                List.of(new CompletionCriterion.MinSessions(12), new CompletionCriterion.MinHours(20))));
        Curriculum own = new Curriculum("agency-sessions-or-hours", "1.0.0", base.title(), base.summary(),
                GroupType.CLOSED, base.delivery(), base.oneToOne(), rule, base.modules(), base.sessions(),
                Optional.empty());
        Path dir = Files.createTempDirectory("dvpp-curricula");
        Files.writeString(dir.resolve("own.json"), CurriculumJson.write(own));
        try (Harness h = new Harness(b -> b.addCurriculumDirectory(dir))) {
            GroupId group = h.dvpp.groups().create(h.manager, new Groups.NewGroup("Richmond Monday",
                    "agency-sessions-or-hours", GroupType.CLOSED, 12, h.facilitators(),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.MONDAY, LocalTime.of(18, 0)), h.today().plusWeeks(1),
                    "richmond")).group().id();
            CaseId byHours = h.readyMan();
            CaseId short18 = h.readyMan();
            h.dvpp.groups().allocate(h.manager, group, byHours);
            h.dvpp.groups().allocate(h.manager, group, short18);
            for (GroupSession s : h.dvpp.groups().sessions(h.manager, group)) {
                h.clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                AttendanceStatus st = s.sequence() <= 9 ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED_ABSENCE;
                List<Groups.RegisterLine> lines = new ArrayList<>();
                for (CaseId m : List.of(byHours, short18)) {
                    lines.add(new Groups.RegisterLine(m, st, Optional.empty()));
                }
                h.dvpp.groups().takeRegister(h.facilitator, s.id(), lines);
                if (s.sequence() == 3 || s.sequence() == 6) {
                    h.dvpp.groups().recordOneToOne(h.practitioner, byHours, new Groups.OneToOneInput(h.today(),
                            Duration.ofHours(1), OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, Set.of()));
                }
            }
            assertThat(h.dvpp.completion().progress(h.practitioner, byHours).coveredSessions()).hasSize(9);
            assertThat(h.dvpp.completion().complete(h.practitioner, byHours).status())
                    .isEqualTo(CaseStatus.COMPLETED);
            assertThat(h.dvpp.completion().progress(h.practitioner, short18).unmet()).singleElement().asString()
                    .startsWith("any-of: none met").contains("min-sessions: 9 of 12").contains("min-hours: 18 of 20");
            assertThatThrownBy(() -> h.dvpp.completion().complete(h.practitioner, short18))
                    .isInstanceOf(IllegalTransitionException.class);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
