package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.AftercareAttendance;
import org.dvpp.domain.casework.AftercareEnd;
import org.dvpp.domain.casework.AftercareMode;
import org.dvpp.domain.casework.AftercarePlace;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.storage.spi.FunnelRow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Aftercare (issue 11 part 9): a man who has completed gets an aftercare group place, then aftercare one-to-ones; his
 * attendance is recorded and read back through the front door, each place ends, and neither his completion nor any
 * report's figures change.
 */
class AftercareTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A four-session rolling aftercare curriculum (two modules), as an agency file. */
    static String aftercareCurriculum() {
        ObjectNode root = (ObjectNode) JSON.readTree(CurriculumJson.write(CurriculumCatalogue.discover()
                .get("dvpp-integrated-12")));
        root.put("id", "agency-relapse-prevention");
        root.put("purpose", "AFTERCARE");
        root.put("groupType", "ROLLING");
        root.remove("oneToOnePathway");
        ArrayNode sessions = (ArrayNode) root.get("sessions");
        while (sessions.size() > 4) {
            sessions.remove(sessions.size() - 1);
        }
        root.set("modules", JSON.readTree("[{\"id\": \"warning-signs\", \"title\": \"Warning signs\", "
                + "\"firstSession\": 1, \"lastSession\": 2}, {\"id\": \"staying-safe\", \"title\": \"Staying safe\", "
                + "\"firstSession\": 3, \"lastSession\": 4}]"));
        root.set("completion", JSON.readTree("{\"minSessions\": 0, \"minHours\": 0, \"requiredSessions\": [], "
                + "\"maxUnexcusedAbsences\": 4, \"warnAfterConsecutiveUnexcused\": 2}"));
        return root.toString();
    }

    private static LocalDate day(GroupSession s) {
        return s.scheduledStart().toLocalDate();
    }

    @Test
    void aCompletedManHasAftercareWithAttendanceAndItChangesNoCompletionFigure() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-curricula");
        Files.writeString(dir.resolve("aftercare.json"), aftercareCurriculum());
        try (Harness h = new Harness(b -> b.addCurriculumDirectory(dir))) {
            Aftercare aftercare = h.dvpp.aftercare();
            // the programme: a closed group of the integrated curriculum, one man completes
            GroupId programme = h.closedGroup(12);
            CaseId man = h.readyMan();
            CaseId other = h.readyMan();
            CaseId waiting = h.readyMan();
            h.dvpp.groups().allocate(h.manager, programme, man);
            h.dvpp.groups().allocate(h.manager, programme, other);
            for (GroupSession s : h.dvpp.groups().sessions(h.manager, programme)) {
                h.clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                h.dvpp.groups().takeRegister(h.facilitator, s.id(), List.of(new Groups.RegisterLine(man,
                        AttendanceStatus.PRESENT, Optional.empty()), new Groups.RegisterLine(other,
                        AttendanceStatus.PRESENT, Optional.empty())));
                if (s.sequence() <= 6) {
                    for (CaseId m : List.of(man, other)) {
                        h.dvpp.groups().recordOneToOne(h.practitioner, m, new Groups.OneToOneInput(h.today(),
                                Duration.ofHours(1), OneToOneKind.KEY_WORK, AttendanceStatus.PRESENT, Set.of()));
                    }
                }
            }
            // aftercare before completion is refused
            assertThatThrownBy(() -> aftercare.offer(h.practitioner, man, new Aftercare.PlaceInput(
                    AftercareMode.ONE_TO_ONE, Optional.empty(), h.today(), Optional.empty())))
                    .isInstanceOf(IllegalTransitionException.class);
            h.dvpp.completion().complete(h.practitioner, man);
            h.dvpp.completion().complete(h.practitioner, other);
            LocalDate completed = h.today();
            Progress progress = h.dvpp.completion().progress(h.practitioner, man);
            LocalDate from = Harness.START.atZone(ZoneOffset.UTC).toLocalDate();
            List<FunnelRow> funnel = h.dvpp.reports().funnel(h.supervisor, from, completed.plusDays(1));
            var attendanceReport = h.dvpp.reports().attendance(h.supervisor);
            assertThat(funnel).extracting(FunnelRow::completed).containsExactly(2L);

            // an aftercare group on the aftercare curriculum; it takes no allocation
            LocalDate firstMeeting = completed.plusDays(8);
            GroupId group = h.dvpp.groups().create(h.manager, new Groups.NewGroup("Relapse prevention",
                    "agency-relapse-prevention", GroupType.ROLLING, 1, h.facilitators(),
                    DeliveryPattern.weeklyTwoHours(firstMeeting.getDayOfWeek(), LocalTime.of(18, 0)), firstMeeting,
                    "merton")).group().id();
            assertThat(catchThrowableOfType(() -> h.dvpp.groups().allocate(h.manager, group, waiting),
                    InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("not-aftercare-group");
            // a group place must be in an aftercare group
            assertThat(catchThrowableOfType(() -> aftercare.offer(h.practitioner, man, new Aftercare.PlaceInput(
                    AftercareMode.GROUP, Optional.of(programme), completed, Optional.empty())),
                    InvalidInputException.class).violations()).extracting(Violation::path, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("place.group", "aftercare-group"));
            assertThat(h.dvpp.cases().get(h.practitioner, man).status()).isEqualTo(CaseStatus.COMPLETED);
            // a man who has not completed gets no place
            assertThatThrownBy(() -> aftercare.offer(h.practitioner, waiting, new Aftercare.PlaceInput(
                    AftercareMode.ONE_TO_ONE, Optional.empty(), completed, Optional.empty())))
                    .isInstanceOf(IllegalTransitionException.class);

            AftercarePlace groupPlace = aftercare.offer(h.practitioner, man, new Aftercare.PlaceInput(
                    AftercareMode.GROUP, Optional.of(group), completed.plusDays(1), Optional.of(completed
                            .plusWeeks(12))));
            assertThat(h.dvpp.cases().get(h.practitioner, man).status()).isEqualTo(CaseStatus.AFTERCARE);
            // the group's one place is taken (checked before his status: the refusal names the place)
            assertThat(catchThrowableOfType(() -> aftercare.offer(h.practitioner, other, new Aftercare.PlaceInput(
                    AftercareMode.GROUP, Optional.of(group), h.today(), Optional.empty())),
                    InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("place-free");
            assertThat(catchThrowableOfType(() -> aftercare.offer(h.practitioner, man, new Aftercare.PlaceInput(
                    AftercareMode.ONE_TO_ONE, Optional.empty(), completed.minusDays(1), Optional.empty())),
                    InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("one-aftercare-place", "after-completion");

            // two meetings: present, then an excused absence; registers as for a programme group
            List<GroupSession> meetings = h.dvpp.groups().sessions(h.facilitator, group);
            GroupSession first = meetings.get(0);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            assertThat(aftercare.dueAt(h.facilitator, first.id())).containsExactly(man);
            assertThat(h.dvpp.groups().dueAt(h.facilitator, first.id())).isEmpty();
            assertThat(catchThrowableOfType(() -> h.dvpp.groups().takeRegister(h.facilitator, first.id(), List.of()),
                    InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("not-aftercare-group");
            assertThat(catchThrowableOfType(() -> aftercare.takeRegister(h.facilitator, first.id(),
                    List.of(h.facilitator.id()), List.of(new Groups.RegisterLine(man, AttendanceStatus.PRESENT,
                            Optional.empty()))), InvalidInputException.class).violations())
                    .extracting(Violation::rule).containsExactly("facilitator-count");
            assertThat(catchThrowableOfType(() -> aftercare.takeRegister(h.facilitator, first.id(), h.facilitators(),
                    List.of()), InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("every-man-listed");
            List<AftercareAttendance> lines = aftercare.takeRegister(h.facilitator, first.id(), h.facilitators(),
                    List.of(new Groups.RegisterLine(man, AttendanceStatus.PRESENT, Optional.empty())));
            assertThat(lines).singleElement().satisfies(a -> {
                assertThat(a.minutes()).isEqualTo(120);
                assertThat(a.place()).isEqualTo(groupPlace.id());
                assertThat(a.session()).contains(first.id());
            });
            GroupSession second = meetings.get(1);
            h.clock.set(second.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            aftercare.takeRegister(h.facilitator, second.id(), h.facilitators(), List.of(new Groups.RegisterLine(man,
                    AttendanceStatus.EXCUSED_ABSENCE, Optional.empty())));
            // the aftercare meetings are delivered and raise no missing-register alert
            assertThat(h.dvpp.groups().sessions(h.manager, group).subList(0, 2)).allSatisfy(s ->
                    assertThat(s.registerTaken()).isTrue());
            // a group place has no one-to-ones
            assertThat(catchThrowableOfType(() -> aftercare.recordOneToOne(h.practitioner, groupPlace.id(),
                    new Aftercare.OneToOneInput(h.today(), 60, AttendanceStatus.PRESENT)),
                    InvalidInputException.class).violations()).extracting(Violation::rule)
                    .containsExactly("one-to-one-place");
            // it ends; he is due at no later meeting
            AftercarePlace ended = aftercare.end(h.practitioner, groupPlace.id(), new Aftercare.EndInput(h.today(),
                    AftercareEnd.LEFT));
            assertThat(ended.endedOn()).contains(h.today());
            assertThat(ended.endReason()).contains(AftercareEnd.LEFT);
            GroupSession third = meetings.get(2);
            h.clock.set(third.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            assertThat(aftercare.dueAt(h.facilitator, third.id())).isEmpty();
            assertThat(catchThrowableOfType(() -> aftercare.end(h.practitioner, groupPlace.id(),
                    new Aftercare.EndInput(h.today(), AftercareEnd.FINISHED)), InvalidInputException.class)
                    .violations()).extracting(Violation::rule).containsExactly("not-ended");

            // then aftercare one-to-ones
            AftercarePlace oneToOnes = aftercare.offer(h.practitioner, man, new Aftercare.PlaceInput(
                    AftercareMode.ONE_TO_ONE, Optional.empty(), h.today(), Optional.empty()));
            aftercare.recordOneToOne(h.practitioner, oneToOnes.id(), new Aftercare.OneToOneInput(h.today(), 50,
                    AttendanceStatus.PRESENT));
            h.clock.advance(Duration.ofDays(14));
            aftercare.recordOneToOne(h.practitioner, oneToOnes.id(), new Aftercare.OneToOneInput(h.today(), 50,
                    AttendanceStatus.UNEXCUSED_ABSENCE));
            assertThat(catchThrowableOfType(() -> aftercare.recordOneToOne(h.practitioner, oneToOnes.id(),
                    new Aftercare.OneToOneInput(oneToOnes.startedOn().minusDays(1), 50, AttendanceStatus.PRESENT)),
                    InvalidInputException.class).violations()).extracting(Violation::rule).containsExactly("place-runs");
            assertThat(catchThrowableOfType(() -> aftercare.end(h.practitioner, oneToOnes.id(),
                    new Aftercare.EndInput(oneToOnes.startedOn(), AftercareEnd.FINISHED)), InvalidInputException.class)
                    .violations()).extracting(Violation::rule).containsExactly("not-before-attendance");
            // the programme's one-to-ones take no aftercare one-to-one
            assertThat(catchThrowableOfType(() -> h.dvpp.groups().recordOneToOne(h.practitioner, man,
                    new Groups.OneToOneInput(h.today(), Duration.ofHours(1), OneToOneKind.AFTERCARE,
                            AttendanceStatus.PRESENT, Set.of())), InvalidInputException.class).violations())
                    .extracting(Violation::path, Violation::rule).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("session.kind", "aftercare-one-to-one"));

            // read back: every contact, by date, with its place; the group place ended, the one-to-ones still open
            List<AftercareAttendance> all = aftercare.attendance(h.facilitator, man);
            assertThat(all).extracting(AftercareAttendance::status).containsExactly(AttendanceStatus.PRESENT,
                    AttendanceStatus.EXCUSED_ABSENCE, AttendanceStatus.PRESENT, AttendanceStatus.UNEXCUSED_ABSENCE);
            assertThat(all).extracting(AftercareAttendance::minutes).containsExactly(120, 0, 50, 0);
            assertThat(all).extracting(a -> a.session().isPresent()).containsExactly(true, true, false, false);
            assertThat(aftercare.places(h.practitioner, man)).extracting(AftercarePlace::mode, AftercarePlace::ended)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AftercareMode.GROUP, true),
                            org.assertj.core.groups.Tuple.tuple(AftercareMode.ONE_TO_ONE, false));

            // his completion and the programme's figures are as they were
            assertThat(h.dvpp.completion().progress(h.practitioner, man)).isEqualTo(progress);
            assertThat(h.dvpp.reports().funnel(h.supervisor, from, completed.plusDays(1))).isEqualTo(funnel);
            assertThat(h.dvpp.reports().attendance(h.supervisor)).isEqualTo(attendanceReport);
            assertThat(h.dvpp.cases().get(h.practitioner, man).status()).isEqualTo(CaseStatus.AFTERCARE);
            // his subject access bundle holds his aftercare places and every line of his aftercare attendance
            var bundle = h.dvpp.subjectAccess().participantBundle(ActingUser.of(org.dvpp.domain.UserId.random(),
                    h.agency, Role.DATA_PROTECTION_OFFICER), man);
            assertThat(bundle.sections()).filteredOn(sec -> sec.title().equals("Aftercare places"))
                    .singleElement().satisfies(sec -> assertThat(sec.entries()).hasSize(2));
            assertThat(bundle.sections()).filteredOn(sec -> sec.title().equals("Aftercare attendance"))
                    .singleElement().satisfies(sec -> assertThat(sec.entries()).hasSize(all.size()));
            // a supervisor closes the case, which ends the open place with it
            assertThat(h.dvpp.cases().close(h.supervisor, man, "aftercare finished").status())
                    .isEqualTo(CaseStatus.CLOSED);
            assertThat(aftercare.places(h.practitioner, man)).last().satisfies(p -> {
                assertThat(p.endedOn()).contains(h.today());
                assertThat(p.endReason()).contains(AftercareEnd.CASE_ENDED);
            });
            assertThat(aftercare.places(h.practitioner, man).get(0).endReason()).contains(AftercareEnd.LEFT);
            // roles: a facilitator may not give a place; an analyst may not read attendance
            assertThatThrownBy(() -> aftercare.attendance(ActingUser.of(org.dvpp.domain.UserId.random(), h.agency,
                    Role.ANALYST), man)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> aftercare.offer(h.facilitator, man, new Aftercare.PlaceInput(
                    AftercareMode.ONE_TO_ONE, Optional.empty(), h.today(), Optional.empty())))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
