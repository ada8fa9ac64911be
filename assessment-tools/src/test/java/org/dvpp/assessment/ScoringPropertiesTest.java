package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests over random answer sets for every built-in instrument. */
class ScoringPropertiesTest {
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.withBuiltIns();
    private static final Set<String> STRUCTURAL = Set.of("skip-logic", "too-many-missing", "reasons-required");

    @Provide
    Arbitrary<Instrument> instruments() {
        return Arbitraries.of(List.copyOf(REGISTRY.all()));
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

    @Property(tries = 600)
    void totalsStayWithinTheDeclaredRange(@ForAll("instruments") Instrument i, @ForAll Random random) {
        Optional<ScoreResult> r = scoreOrDiscard(i, randomAnswers(i, random));
        Assume.that(r.isPresent());

        assertThat(r.get().total().isPresent()).isEqualTo(i.descriptor().totalRange().isPresent());
        r.get().total().ifPresent(t -> assertThat(i.descriptor().totalRange().get().contains(t))
                .as("%s total %s in %s", i.id(), t, i.descriptor().totalRange().get()).isTrue());
        for (ScoreDefinition s : i.descriptor().subscales()) {
            Fraction v = r.get().subscales().get(s.id());
            if (v != null && s.range().isPresent()) {
                assertThat(s.range().get().contains(v)).as("%s %s = %s", i.id(), s.id(), v).isTrue();
            }
        }
    }

    @Property(tries = 600)
    void everyTotalFallsInExactlyOneBand(@ForAll("instruments") Instrument i, @ForAll Random random) {
        Assume.that(!i.descriptor().bands().isEmpty());
        Optional<ScoreResult> r = scoreOrDiscard(i, randomAnswers(i, random));
        Assume.that(r.isPresent());

        long t = r.get().total().orElseThrow().roundHalfUp();
        List<Band> containing = i.descriptor().bands().stream().filter(b -> b.contains(t)).toList();
        assertThat(containing).hasSize(1);
        assertThat(r.get().band().orElseThrow().code()).isEqualTo(containing.get(0).code());
    }

    @Property(tries = 600)
    void anInvalidAnswerNeverYieldsAScore(@ForAll("instruments") Instrument i, @ForAll Random random,
            @ForAll("invalidValues") int invalidValue) {
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
            Assume.that(!allowed.contains(candidate) && !(target.declinable() && invalidValue == 99));
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

    @Provide
    Arbitrary<Integer> invalidValues() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1, 3, 5, 8, 11, 21, 29));
    }
}
