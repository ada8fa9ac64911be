package org.dvpp.assessment.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentChecks;
import org.dvpp.assessment.InstrumentRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;

/** Every built-in instrument meets the instrument contract. */
class BuiltInContractTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();

    @TestFactory
    Stream<DynamicTest> everyBuiltInMeetsTheContract() {
        assertThat(REGISTRY.all()).hasSizeGreaterThanOrEqualTo(12);
        return REGISTRY.all().stream().map(i -> DynamicTest.dynamicTest(i.id(),
                () -> assertThat(InstrumentChecks.check(i)).as(i.id()).isEqualTo(List.of())));
    }

    @org.junit.jupiter.api.Test
    void discoveryWorksOnTheClassPathToo() {
        // this module's tests run on the class path: the built-ins are found through META-INF/services
        assertThat(InstrumentRegistry.class.getModule().isNamed()).isFalse();

        InstrumentRegistry discovered = InstrumentRegistry.builder().discover().build();

        assertThat(discovered.all()).extracting(Instrument::id).containsAll(REGISTRY.all().stream()
                .map(Instrument::id).toList());
    }

    /** The kit itself, run through its JUnit interface for one JSON and one Java built-in. */
    @Nested
    class AuditThroughTheKit implements InstrumentContract {
        @Override
        public Instrument instrument() {
            return REGISTRY.get("audit");
        }
    }

    @Nested
    class DashThroughTheKit implements InstrumentContract {
        @Override
        public Instrument instrument() {
            return REGISTRY.get("dash-ric");
        }
    }

    @Nested
    class UricaThroughTheKit implements InstrumentContract {
        @Override
        public Instrument instrument() {
            return REGISTRY.get("urica");
        }
    }
}
