package org.dvpp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentChecks;
import org.dvpp.assessment.InstrumentDefinitions;
import org.dvpp.assessment.Item;
import org.junit.jupiter.api.Timeout;

/**
 * Declarative instrument definitions (the JSON an agency writes, read by {@link InstrumentDefinitions}): any text is
 * either compiled or refused with an {@code InvalidDefinitionException}; an instrument that compiles scores every set of
 * answers or refuses it with an {@code InvalidAnswersException}, and passes the SDK's own contract checks without an
 * untyped exception. Seeds: the built-in definitions and hand-written edge cases, in
 * {@code InstrumentDefinitionFuzzTestInputs/definitionJson}.
 */
class InstrumentDefinitionFuzzTest {
    /** Largest input tried; the reader's own limit (1 MB) is tested by a unit test, not by the fuzzer. */
    static final int MAX_INPUT = 64 * 1024;
    /** Above this many items the contract checks (which score thousands of answer sets) are skipped. */
    static final int MAX_ITEMS_CHECKED = 40;

    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void definitionJson(byte[] data) {
        if (data.length > MAX_INPUT) {
            return;
        }
        String json = new String(data, StandardCharsets.UTF_8);
        Guard.typedOnly(() -> exercise(InstrumentDefinitions.fromJson(json, "fuzz.json")));
    }

    /** Uses a compiled instrument the way the SDK and the CLI do; every failure must be typed. */
    static void exercise(Instrument instrument) {
        List<Item> items = instrument.descriptor().items();
        Guard.typedOnly(() -> instrument.score(Answers.builder().build()));
        Map<String, Answer> first = new LinkedHashMap<>();
        Map<String, Answer> last = new LinkedHashMap<>();
        Map<String, Answer> declined = new LinkedHashMap<>();
        for (Item i : items) {
            List<Answer> allowed = i.type().allowedAnswers();
            if (!allowed.isEmpty()) {
                first.put(i.id(), allowed.get(0));
                last.put(i.id(), allowed.get(allowed.size() - 1));
            }
            declined.put(i.id(), Answer.declined());
        }
        for (Map<String, Answer> answers : List.of(first, last, declined)) {
            Guard.typedOnly(() -> instrument.score(Answers.of(answers)).explanation());
        }
        if (items.size() <= MAX_ITEMS_CHECKED) {
            for (boolean max : new boolean[] {false, true}) {
                Guard.typedOnly(() -> InstrumentChecks.extremeAnswers(instrument, max)
                        .ifPresent(a -> instrument.score(a)));
            }
            // the contract checks one by one, unguarded (check() turns an exception into a problem line)
            Guard.typedOnly(() -> InstrumentChecks.checkDescriptor(instrument));
            Guard.typedOnly(() -> InstrumentChecks.checkUniqueIds(instrument));
            Guard.typedOnly(() -> InstrumentChecks.checkBands(instrument));
            Guard.typedOnly(() -> InstrumentChecks.checkExtremes(instrument));
            Guard.typedOnly(() -> InstrumentChecks.checkExplanation(instrument));
            Guard.typedOnly(() -> InstrumentChecks.checkRejectsInvalidAnswers(instrument));
        }
    }
}
