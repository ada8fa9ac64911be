package org.dvpp.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dvpp.curriculum.InvalidCurriculumException;
import org.junit.jupiter.api.Test;

/** The override file reader refuses every malformed file with a typed error naming the path (found by fuzzing). */
class HolidayOverridesTest {
    private static List<UkBankHolidays.Override> read(String json) {
        return UkBankHolidays.parseOverrides(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "o.json");
    }

    private static List<String> refusal(String json) {
        try {
            read(json);
        } catch (InvalidCurriculumException e) {
            assertThat(e.source()).isEqualTo("o.json");
            return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsAWellFormedFile() {
        assertThat(read("{\"overrides\": [{\"calendars\": [\"scotland\"], \"date\": \"2022-09-19\", \"action\": \"add\","
                + " \"name\": \"State funeral\"}]}"))
                .containsExactly(new UkBankHolidays.Override(List.of("scotland"), "2022-09-19", "add", "State funeral"));
    }

    @Test
    void refusesEmptyNullAndMissingLists() {
        assertThat(refusal("")).hasSize(1);
        assertThat(refusal("null")).containsExactly("$ required");
        assertThat(refusal("{\"overrides\": null}")).containsExactly("overrides required");
        assertThat(refusal("{\"overrides\": [null]}")).containsExactly("overrides[0] required");
    }

    @Test
    void refusesBadEntriesNamingEach() {
        assertThat(refusal("{\"overrides\": [{\"calendars\": null, \"date\": \"2022-02-30\", \"action\": \"move\","
                + " \"name\": null}, {\"calendars\": [null], \"date\": null, \"action\": \"add\", \"name\": \" \"}]}"))
                .containsExactly("overrides[0].calendars required", "overrides[0].date date",
                        "overrides[0].action allowed-values", "overrides[1].calendars required",
                        "overrides[1].date required", "overrides[1].name required");
    }

    @Test
    void theShippedFileIsRead() {
        try (var in = UkBankHolidays.class.getResourceAsStream("holidays/overrides.json")) {
            assertThat(UkBankHolidays.parseOverrides(in, "holidays/overrides.json")).isNotEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
