package org.dvpp.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.ScoreResult;
import org.junit.jupiter.api.Timeout;

/**
 * The answers string ({@code Q1=4,Q2=y,Q3=dk,...}, as {@code dvpp score --answers} and {@link Answers#parse(String)}
 * read it) and what is done with it: scoring by one of the built-in instruments (JSON-declared and Java alike). Any
 * string either scores or is refused with an {@code InvalidInputException} / {@code InvalidAnswersException}; a
 * single typed answer ({@link Answer#parse}) never fails at all. The first byte picks the instrument; the rest is the
 * answers string. Seeds in {@code AnswersFuzzTestInputs/answersString}.
 */
class AnswersFuzzTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();
    private static final List<Instrument> INSTRUMENTS = REGISTRY.all().stream()
            .sorted(java.util.Comparator.comparing(Instrument::id)).toList();

    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void answersString(FuzzedDataProvider data) {
        Instrument instrument = INSTRUMENTS.get(data.consumeInt(0, INSTRUMENTS.size() - 1));
        String text = data.consumeRemainingAsString();
        if (text.length() > 16 * 1024) {
            return;
        }
        Guard.typedOnly(() -> {
            ScoreResult r = instrument.score(Answers.parse(text));
            if (!r.instrumentId().equals(instrument.id())) {
                throw new AssertionError("scored by " + r.instrumentId() + ", asked " + instrument.id());
            }
            r.explanation();
        });
        for (String part : text.split("[,=]", 64)) {
            Answer.parse(part).describe();
        }
    }
}
