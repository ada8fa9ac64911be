package org.dvpp.assessment.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentChecks;
import org.junit.jupiter.api.Test;

/**
 * The contract every instrument must meet, as JUnit 5 tests. A plugin author writes
 *
 * <pre>{@code
 * class MyScreenContractTest implements InstrumentContract {
 *     public Instrument instrument() { return new MyScreen(); }
 * }
 * }</pre>
 *
 * and each check of {@link InstrumentChecks} runs as its own test, failing with the list of problems; an exception
 * thrown by the instrument is reported as a failed check.
 *
 * @since 0.1
 */
public interface InstrumentContract {
    /** @return the instrument under test */
    Instrument instrument();

    /** Id pattern, version, title, source and licence notes, item labels. */
    @Test
    default void describesItselfCompletely() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "describing itself", InstrumentChecks::checkDescriptor));
    }

    /** Item, score, band, flag and gate ids are unique. */
    @Test
    default void hasUniqueIds() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "the unique-id check", InstrumentChecks::checkUniqueIds));
    }

    /** Bands cover the whole total range with no gap or overlap. */
    @Test
    default void bandsCoverTheWholeRangeWithoutOverlap() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "the band check", InstrumentChecks::checkBands));
    }

    /** The lowest and highest answers score the declared minimum and maximum total. */
    @Test
    default void extremeAnswersScoreTheDeclaredMinimumAndMaximum() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "the extremes check", InstrumentChecks::checkExtremes));
    }

    /** Results name the instrument and version, are reproducible, and explain themselves. */
    @Test
    default void resultsCarryIdVersionAndExplanation() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "the explanation check", InstrumentChecks::checkExplanation));
    }

    /**
     * Answers above or below an item's values or between its options, unknown items, a missing required item and an
     * empty set of answers are rejected, naming the item.
     */
    @Test
    default void rejectsInvalidAnswersNamingTheItem() {
        assertNoProblems(InstrumentChecks.guarded(instrument(), "the invalid-answer check", InstrumentChecks::checkRejectsInvalidAnswers));
    }

    /** The whole contract in one go, as {@code dvpp instruments validate} runs it. */
    @Test
    default void meetsTheWholeContract() {
        List<String> problems = InstrumentChecks.check(instrument());
        assertEquals(List.of(), problems, () -> instrument().id() + " breaks the instrument contract");
    }

    private void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
