package org.dvpp.curriculum;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dvpp.curriculum.internal.StrictJson;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.group.GroupType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small valid definitions to break one rule at a time. */
final class Fixtures {
    private Fixtures() {
    }

    static CurriculumSession session(int number, int minutes) {
        return new CurriculumSession(number, "Session " + number, "Theme " + number, List.of("An objective"),
                List.of(new Exercise("Exercise", Math.min(30, minutes), "How to run it")), minutes, "Notes",
                List.of("A safety prompt"), List.of());
    }

    /** Four 120-minute sessions in two modules, weekly one-to-ones of 60 minutes. */
    static Curriculum small(GroupType type) {
        return new Curriculum("small-test", "1.0.0", "Small", "A small test curriculum", type, new Delivery(1, 120),
                new OneToOneCadence(1, 60), new CompletionRule(3, 6, java.util.Set.of(1), 2, 2),
                List.of(new CurriculumModule("first", "First", 1, 2), new CurriculumModule("second", "Second", 3, 4)),
                List.of(session(1, 120), session(2, 120), session(3, 120), session(4, 120)));
    }

    /** @return the small curriculum as an editable JSON tree */
    static ObjectNode smallJson() {
        return (ObjectNode) StrictJson.MAPPER.readTree(CurriculumJson.write(small(GroupType.CLOSED)));
    }

    static ObjectNode sessionNode(ObjectNode root, int index) {
        return (ObjectNode) ((ArrayNode) root.get("sessions")).get(index);
    }

    static ObjectNode moduleNode(ObjectNode root, int index) {
        return (ObjectNode) ((ArrayNode) root.get("modules")).get(index);
    }

    static ScheduleRequest mondays(LocalDate start) {
        return new ScheduleRequest(start, DayOfWeek.MONDAY, LocalTime.of(18, 0));
    }

    /** A calendar with the given holidays, covering 2020 to 2040. */
    static HolidayCalendar calendar(List<LocalDate> days) {
        Map<LocalDate, String> map = new TreeMap<>();
        days.forEach(d -> map.put(d, "Test holiday"));
        return new HolidayCalendar() {
            @Override
            public String id() {
                return "test-calendar";
            }

            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public int firstYear() {
                return 2020;
            }

            @Override
            public int lastYear() {
                return 2040;
            }

            @Override
            public Map<LocalDate, String> holidays(int year) {
                return map;
            }
        };
    }
}
