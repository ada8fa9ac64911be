package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property tests over random answer sets for every built-in instrument. */
class ScoringPropertiesTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();
    private static final Set<String> STRUCTURAL = Set.of("skip-logic", "too-many-missing", "reasons-required");

    private static Gen<Instrument> instruments() {
        return Generate.pick(List.copyOf(REGISTRY.all()));
    }

    private static Gen<Random> randoms() {
        return longs().all().map(Random::new);
    }

    /** Random answers from each item's allowed values; optional items sometimes left out. */
    static Map<String, Answer> randomAnswers(Instrument instrument, Random random) {
        Map<String, Answer> m = new LinkedHashMap<>();
        for (Item item : instrument.descriptor().items()) {
            List<Answer> allowed = item.type().allowedAnswers();
            if (allowed.isEmpty() || (!item.required() && random.nextBoolean())) {
                continue;
            }
            m.put(item.id(), allowed.get(random.nextInt(allowed.size())));
        }
        return m;
    }

    private static Optional<ScoreResult> scoreOrDiscard(Instrument i, Map<String, Answer> answers) {
        try {
            return Optional.of(i.score(Answers.of(answers)));
        } catch (InvalidAnswersException e) {
            // only cross-item rules (skip logic, a subscale missing too much, PJ without reasons) may refuse allowed values
            assertThat(e.violations()).allSatisfy(v -> assertThat(STRUCTURAL).contains(v.rule()));
            return Optional.empty();
        }
    }

    @Test
    void totalsStayWithinTheDeclaredRange() {
        int[] scored = {0};
        qt().withExamples(600).withFixedSeed(31L).forAll(instruments(), randoms()).checkAssert((i, random) -> {
            if (totalsInRange(i, random)) {
                scored[0]++;
            }
        });
        assertThat(scored[0]).as("answer sets that scored").isGreaterThan(300);
    }

    private static boolean totalsInRange(Instrument i, Random random) {
        Optional<ScoreResult> r = scoreOrDiscard(i, randomAnswers(i, random));
        if (r.isEmpty()) {
            return false;
        }

        assertThat(r.get().total().isPresent()).isEqualTo(i.descriptor().totalRange().isPresent());
        r.get().total().ifPresent(t -> assertThat(i.descriptor().totalRange().get().contains(t))
                .as("%s total %s in %s", i.id(), t, i.descriptor().totalRange().get()).isTrue());
        for (ScoreDefinition s : i.descriptor().subscales()) {
            Fraction v = r.get().subscales().get(s.id());
            if (v != null && s.range().isPresent()) {
                assertThat(s.range().get().contains(v)).as("%s %s = %s", i.id(), s.id(), v).isTrue();
            }
        }
        return true;
    }

    @Test
    void everyTotalFallsInExactlyOneBand() {
        int[] banded = {0};
        qt().withExamples(600).withFixedSeed(32L).forAll(instruments(), randoms()).checkAssert((i, random) -> {
            if (inExactlyOneBand(i, random)) {
                banded[0]++;
            }
        });
        assertThat(banded[0]).as("answer sets with a band").isGreaterThan(200);
    }

    private static boolean inExactlyOneBand(Instrument i, Random random) {
        if (i.descriptor().bands().isEmpty()) {
            return false;
        }
        Optional<ScoreResult> r = scoreOrDiscard(i, randomAnswers(i, random));
        if (r.isEmpty()) {
            return false;
        }

        long t = r.get().total().orElseThrow().roundHalfUp();
        List<Band> containing = i.descriptor().bands().stream().filter(b -> b.contains(t)).toList();
        assertThat(containing).hasSize(1);
        assertThat(r.get().band().orElseThrow().code()).isEqualTo(containing.get(0).code());
        return true;
    }

    @Test
    void anInvalidAnswerNeverYieldsAScore() {
        qt().withExamples(600).withFixedSeed(33L).forAll(instruments(), randoms(), invalidValues())
                .checkAssert(ScoringPropertiesTest::invalidAnswerNeverScores);
    }

    private static void invalidAnswerNeverScores(Instrument i, Random random, int invalidValue) {
        Map<String, Answer> answers = randomAnswers(i, random);
        List<Item> items = i.descriptor().items();
        Item target = items.get(random.nextInt(items.size()));
        Answer bad;
        if (target.type() instanceof AnswerType.YesNo) {
            bad = Answer.parse(random.nextBoolean() ? "maybe" : Integer.toString(invalidValue));
        } else if (target.type() instanceof AnswerType.FreeText || target.type() instanceof AnswerType.CalendarDate) {
            target = null;
            bad = Answer.of(0);
        } else {
            List<Answer> allowed = target.type().allowedAnswers();
            Answer candidate = Answer.of(invalidValue);
            if (allowed.contains(candidate) || (target.declinable() && invalidValue == 99)) {
                return; // not an invalid value for this item
            }
            bad = candidate;
        }
        String itemId = target == null ? "NOT_AN_ITEM_" + Math.abs(invalidValue) : target.id();
        answers.put(itemId, bad);

        assertThatThrownBy(() -> i.score(Answers.of(answers)))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.instrumentId()).isEqualTo(i.id());
                    assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo(i.id() + "." + itemId));
                });
    }

    private static Gen<Integer> invalidValues() {
        return Generate.oneOf(integers().between(-1000, 1000),
                Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1, 3, 5, 8, 11, 21, 29)));
    }
}
