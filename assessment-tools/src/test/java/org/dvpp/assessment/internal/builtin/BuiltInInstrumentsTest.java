package org.dvpp.assessment.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

/** The built-in JSON definitions are registered by id and compiled only when first used. */
class BuiltInInstrumentsTest {

    @Test
    void registeringTheBuiltInsCompilesNothingAndFirstUseCompilesOnlyThatOne() {
        InstrumentRegistry r = InstrumentRegistry.builder().addBuiltIns().build();
        assertThat(r.all()).filteredOn(LazyInstrument.class::isInstance)
                .hasSize(BuiltInInstruments.DEFINITIONS.size());
        // the provider's instruments are shared by every registry in this JVM (other tests compile them), so the
        // compile state is followed on new instances
        List<LazyInstrument> fresh = freshLazyInstruments();
        assertThat(fresh).noneMatch(LazyInstrument::isCompiled);
        LazyInstrument phq9 = fresh.stream().filter(i -> i.id().equals("phq-9")).findFirst().orElseThrow();
        assertThat(phq9.descriptor().items()).filteredOn(org.dvpp.assessment.Item::scored).hasSize(9);
        assertThat(fresh).filteredOn(LazyInstrument::isCompiled).containsExactly(phq9);
    }

    @Test
    void everyBuiltInIdIsTheIdItsDefinitionDeclares() {
        for (Instrument i : freshLazyInstruments()) {
            assertThat(i.descriptor().id()).isEqualTo(i.id());
        }
    }

    @Test
    void aDefinitionThatDeclaresAnotherIdIsRefusedOnFirstUse() {
        Instrument phq9 = InstrumentRegistry.withBuiltIns().get("phq-9");
        LazyInstrument misnamed = new LazyInstrument("gad-7", () -> phq9);
        assertThat(misnamed.id()).isEqualTo("gad-7");
        assertThatThrownBy(misnamed::descriptor).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'gad-7'").hasMessageContaining("'phq-9'");
        assertThat(misnamed.isCompiled()).isFalse();
    }

    @Test
    void aBrokenDefinitionFailsEachUseWithItsError() {
        LazyInstrument broken = new LazyInstrument("broken", () -> {
            throw new InvalidDefinitionException("resource broken.json",
                    List.of(new org.dvpp.domain.Violation("$.items", "required", "items are required")));
        });
        assertThatThrownBy(broken::descriptor).isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(broken::descriptor).isInstanceOf(InvalidDefinitionException.class);
    }

    private static List<LazyInstrument> freshLazyInstruments() {
        return BuiltInInstruments.load().stream().filter(LazyInstrument.class::isInstance)
                .map(LazyInstrument.class::cast).toList();
    }
}
