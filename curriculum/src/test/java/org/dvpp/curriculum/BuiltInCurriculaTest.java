package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;

class BuiltInCurriculaTest {
    private final CurriculumCatalogue catalogue = CurriculumCatalogue.discover();

    @Test
    void bothBuiltInCurriculaAreFoundAndValid() {
        assertThat(catalogue.list()).extracting(Curriculum::id).contains("dvpp-integrated-12", "dvpp-rolling-26");
        for (Curriculum c : catalogue.list()) {
            assertThat(CurriculumValidator.validate(c)).as(c.id()).isEmpty();
        }
    }

    @Test
    void integratedProgrammeIsTwelveTwoHourSessionsInAClosedCohort() {
        Curriculum c = catalogue.get("dvpp-integrated-12");
        assertThat(c.sessionCount()).isEqualTo(12);
        assertThat(c.groupTime()).isEqualTo(Duration.ofHours(24));
        assertThat(c.groupType()).isEqualTo(GroupType.CLOSED);
        assertThat(c.entryPoints()).containsExactly(1);
        assertThat(c.sessions()).allSatisfy(s -> {
            assertThat(s.objectives()).isNotEmpty();
            assertThat(s.exercises()).isNotEmpty();
            assertThat(s.safetyPrompts()).isNotEmpty();
        });
    }

    @Test
    void integratedProgrammeCoversTheSeedThemes() {
        String themes = String.join(" | ", catalogue.get("dvpp-integrated-12").sessions().stream()
                .map(CurriculumSession::theme).toList()).toLowerCase(java.util.Locale.ROOT);
        assertThat(themes).contains("harm", "children", "attitudes and beliefs", "coping with feelings",
                "without being abusive", "parenting", "change", "substance use", "coercive control", "sexual respect");
    }

    @Test
    void rollingProgrammeHasSixModulesWithEntryAtEachModuleStart() {
        Curriculum c = catalogue.get("dvpp-rolling-26");
        assertThat(c.sessionCount()).isEqualTo(26);
        assertThat(c.groupType()).isEqualTo(GroupType.ROLLING);
        assertThat(c.modules()).extracting(CurriculumModule::id).containsExactly("masculinities", "coercive-control",
                "sexual-respect", "substance-use-and-control", "children-and-parenting", "letting-go");
        assertThat(c.entryPoints()).containsExactlyElementsOf(
                c.modules().stream().map(CurriculumModule::firstSession).toList());
    }

    @Test
    void builtInCurriculaSurviveAWriteAndReadRoundTrip() {
        for (Curriculum c : catalogue.list()) {
            assertThat(CurriculumJson.read(CurriculumJson.write(c), "round-trip")).isEqualTo(c);
        }
    }

    @Test
    void theAftercareCurriculumIsARollingRelapsePreventionGroup() {
        Curriculum c = catalogue.get("dvpp-aftercare-6");
        assertThat(c.isAftercare()).isTrue();
        assertThat(c.groupType()).isEqualTo(GroupType.ROLLING);
        assertThat(c.sessionCount()).isEqualTo(6);
        assertThat(c.delivery().everyWeeks()).isEqualTo(2);
        assertThat(c.entryPoints()).containsExactly(1, 3, 5);
        assertThat(c.oneToOne().planned()).isFalse();
        assertThat(c.fathering()).isEmpty();
        assertThat(c.sessions()).allSatisfy(s -> {
            assertThat(s.theme()).startsWith("Relapse prevention");
            assertThat(s.safetyPrompts()).isNotEmpty();
        });
        // the programmes are not aftercare
        assertThat(catalogue.get("dvpp-integrated-12").isAftercare()).isFalse();
        assertThat(catalogue.get("dvpp-rolling-26").purpose()).isEqualTo(Curriculum.Purpose.PROGRAMME);
    }
}
