package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.ParentStatus;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agency curriculum with a fathering component (issue 11 part 5): the integrated 12 sessions plus a two-session
 * fathering module. Through the front door, the fathering meetings are due only for the man recorded as a parent, are
 * in his schedule and progress, and count in his completion only.
 */
class FatheringComponentProgrammeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The integrated-12 curriculum as an agency file with sessions 13 and 14 as its fathering component. */
    static String fatheringCurriculum() {
        ObjectNode root = (ObjectNode) JSON.readTree(CurriculumJson.write(CurriculumCatalogue.discover()
                .get("dvpp-integrated-12")));
        root.put("id", "agency-integrated-fathering");
        root.remove("oneToOnePathway");
        ObjectNode completion = (ObjectNode) root.get("completion");
        completion.put("minHours", 0);
        ArrayNode sessions = (ArrayNode) root.get("sessions");
        for (int n = 13; n <= 14; n++) {
            ObjectNode s = ((ObjectNode) sessions.get(8)).deepCopy();
            s.put("number", n);
            s.put("title", n == 13 ? "Fathering: the children's view" : "Fathering: safe and shared parenting");
            s.put("theme", "fathering");
            sessions.add(s);
        }
        ((ArrayNode) root.get("modules")).add(JSON.readTree("{\"id\": \"fathering\", \"title\": \"Being a safe father\","
                + " \"firstSession\": 13, \"lastSession\": 14}"));
        root.set("fathering", JSON.readTree("{\"module\": \"fathering\", \"completion\": "
                + "{\"requiredSessions\": [13, 14]}}"));
        return root.toString();
    }

    private static List<Groups.RegisterLine> lines(List<CaseId> men) {
        List<Groups.RegisterLine> out = new ArrayList<>();
        men.forEach(m -> out.add(new Groups.RegisterLine(m, AttendanceStatus.PRESENT, Optional.empty())));
        return out;
    }

    @Test
    void theFatheringMeetingsAreForTheParentOnlyAndCountInHisCompletionOnly() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-curricula");
        Files.writeString(dir.resolve("fathering.json"), fatheringCurriculum());
        try (Harness h = new Harness(b -> b.addCurriculumDirectory(dir))) {
            GroupId group = h.dvpp.groups().create(h.manager, new Groups.NewGroup("Sutton Tuesday",
                    "agency-integrated-fathering", GroupType.CLOSED, 12, h.facilitators(),
                    DeliveryPattern.weeklyTwoHours(DayOfWeek.TUESDAY, LocalTime.of(18, 0)), h.today().plusDays(8),
                    "sutton")).group().id();
            CaseId father = h.readyMan();
            CaseId notAParent = h.readyMan();
            CaseId unrecorded = h.readyMan();
            h.dvpp.casework().recordFamily(h.practitioner, father, new Casework.FamilyInput(h.today(),
                    ParentStatus.CHILDREN_LIVE_ELSEWHERE, List.of()));
            h.dvpp.casework().recordFamily(h.practitioner, notAParent, new Casework.FamilyInput(h.today(),
                    ParentStatus.NOT_A_PARENT, List.of()));
            for (CaseId m : List.of(father, notAParent, unrecorded)) {
                h.dvpp.groups().allocate(h.manager, group, m);
            }
            // his schedule: 14 meetings with the last two marked for the father, 12 for the others
            List<Completion.Meeting> fathers = h.dvpp.completion().schedule(h.facilitator, father);
            assertThat(fathers).hasSize(14);
            assertThat(fathers).filteredOn(Completion.Meeting::fathering).extracting(Completion.Meeting::curriculumSession)
                    .containsExactly(13, 14);
            assertThat(fathers.get(13).title()).isEqualTo("Fathering: safe and shared parenting");
            assertThat(h.dvpp.completion().schedule(h.facilitator, notAParent)).hasSize(12)
                    .noneMatch(Completion.Meeting::fathering);
            assertThat(h.dvpp.completion().schedule(h.facilitator, unrecorded)).hasSize(12);

            List<GroupSession> sessions = h.dvpp.groups().sessions(h.manager, group);
            List<CaseId> everyone = List.of(father, notAParent, unrecorded);
            for (GroupSession s : sessions.subList(0, 12)) {
                h.clock.set(s.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
                assertThat(h.dvpp.groups().dueAt(h.facilitator, s.id())).containsExactlyElementsOf(everyone);
                h.dvpp.groups().takeRegister(h.facilitator, s.id(), lines(everyone));
            }
            // the core sessions are done: the others complete; the father still needs the fathering sessions
            Progress fatherSoFar = h.dvpp.completion().progress(h.practitioner, father);
            assertThat(fatherSoFar.unmet()).containsExactly(
                    "fathering required-sessions: not yet attended or caught up [13, 14]");
            assertThat(fatherSoFar.fathering()).hasValueSatisfying(f -> assertThat(f.applies()).isTrue());
            assertThat(h.dvpp.completion().progress(h.practitioner, notAParent).fathering())
                    .hasValueSatisfying(f -> assertThat(f.applies()).isFalse());
            assertThat(h.dvpp.completion().complete(h.practitioner, notAParent).status())
                    .isEqualTo(CaseStatus.COMPLETED);

            GroupSession first = sessions.get(12);
            h.clock.set(first.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            assertThat(h.dvpp.groups().dueAt(h.facilitator, first.id())).containsExactly(father);
            // a register listing a man who is not a parent is refused, naming him and the rule
            InvalidInputException refused = catchThrowableOfType(() -> h.dvpp.groups().takeRegister(h.facilitator,
                    first.id(), lines(List.of(father, unrecorded))), InvalidInputException.class);
            assertThat(refused.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("lines[1].caseId", "due-at-session"));
            h.dvpp.groups().takeRegister(h.facilitator, first.id(), lines(List.of(father)));
            GroupSession second = sessions.get(13);
            h.clock.set(second.scheduledStart().plusHours(3).toInstant(ZoneOffset.UTC));
            h.dvpp.groups().takeRegister(h.facilitator, second.id(), List.of(new Groups.RegisterLine(father,
                    AttendanceStatus.PRESENT, Optional.empty())));

            Progress fatherDone = h.dvpp.completion().progress(h.practitioner, father);
            assertThat(fatherDone.delivered()).isEqualTo(14);
            assertThat(fatherDone.fathering()).hasValueSatisfying(f -> {
                assertThat(f.covered()).containsExactly(13, 14);
                assertThat(f.met()).isTrue();
            });
            assertThat(h.dvpp.completion().schedule(h.facilitator, father).get(13).attendance())
                    .contains(AttendanceStatus.PRESENT);
            assertThat(h.dvpp.completion().complete(h.practitioner, father).status()).isEqualTo(CaseStatus.COMPLETED);
            // the man with no family record was never due at them: 12 delivered, completes
            Progress unrecordedDone = h.dvpp.completion().progress(h.practitioner, unrecorded);
            assertThat(unrecordedDone.delivered()).isEqualTo(12);
            assertThat(unrecordedDone.registerMissing()).isEmpty();
            assertThat(unrecordedDone.completed()).isTrue();
            // the members read counts the meetings each is due at
            assertThat(h.dvpp.groups().members(h.manager, group)).extracting(Groups.Member::caseId,
                    Groups.Member::meetingsInPass).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(father, 14),
                            org.assertj.core.groups.Tuple.tuple(notAParent, 12),
                            org.assertj.core.groups.Tuple.tuple(unrecorded, 12));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
