package org.dvpp.assessment.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.assessment.RuleDefinition;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;

/**
 * An instrument compiled from a declarative definition. Everything is resolved at compile time (item indexes, point
 * tables, parsed formulas); scoring is array reads, integer sums and exact fractions.
 */
public final class DeclarativeInstrument implements Instrument {
    static final int TOTAL_NONE = 0;
    static final int TOTAL_SUM = 1;
    static final int TOTAL_FORMULA = 2;

    private final InstrumentDescriptor descriptor;
    private final String id;
    private final String version;
    private final Optional<String> profile;
    private final CompiledItem[] items;
    private final Map<String, Integer> index;
    private final boolean anySkipLogic;
    private final int maxMissing;
    private final int totalMethod;
    private final int[] scoredItems;
    private final int totalMaxMissing;
    private final boolean totalProrate;
    private final @Nullable Expression totalFormula;
    private final CompiledScore[] scores;
    private final Band[] bands;
    private final ScoreResult.BandResult[] bandResults;
    private final RuleDefinition[] flags;
    private final Expression[] flagRules;
    private final ScoreResult.RaisedFlag[] raisedFlags;
    private final RuleDefinition[] gates;
    private final Expression[] gateRules;
    private final String totalHow;
    private final String prefix;
    private final String[] bandText;
    private final String[] flagText;

    DeclarativeInstrument(InstrumentDescriptor descriptor, CompiledItem[] items, int maxMissing, int totalMethod,
            int totalMaxMissing, boolean totalProrate, @Nullable Expression totalFormula, CompiledScore[] scores,
            Expression[] flagRules, Expression[] gateRules) {
        this.descriptor = descriptor;
        this.id = descriptor.id();
        this.version = descriptor.version();
        this.profile = descriptor.profile();
        this.items = items;
        this.index = new HashMap<>(items.length * 2);
        boolean skip = false;
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            index.put(items[i].id, i);
            skip |= items[i].askedWhen != null;
            if (items[i].scored) {
                scored.add(i);
            }
        }
        this.anySkipLogic = skip;
        this.maxMissing = maxMissing;
        this.totalMethod = totalMethod;
        this.scoredItems = scored.stream().mapToInt(Integer::intValue).toArray();
        this.totalMaxMissing = totalMaxMissing;
        this.totalProrate = totalProrate;
        this.totalFormula = totalFormula;
        this.scores = scores;
        this.bands = descriptor.bands().toArray(new Band[0]);
        this.bandResults = descriptor.bands().stream()
                .map(b -> new ScoreResult.BandResult(b.code(), b.label(), b.action()))
                .toArray(ScoreResult.BandResult[]::new);
        this.flags = descriptor.flags().toArray(new RuleDefinition[0]);
        this.flagRules = flagRules;
        this.raisedFlags = descriptor.flags().stream().map(f -> new ScoreResult.RaisedFlag(f.code(), f.label()))
                .toArray(ScoreResult.RaisedFlag[]::new);
        this.gates = descriptor.gates().toArray(new RuleDefinition[0]);
        this.gateRules = gateRules;
        this.totalHow = descriptor.totalHow();
        // explanation fragments that never change, built once
        this.prefix = ItemChecker.prefix(descriptor);
        this.bandText = descriptor.bands().stream().map(ItemChecker::bandText).toArray(String[]::new);
        this.flagText = descriptor.flags().stream().map(ItemChecker::flagText).toArray(String[]::new);
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * @throws InvalidAnswersException also (rule {@code overflow}) when the answers drive a formula past what exact
     *     arithmetic holds (a 64-bit numerator and denominator); the compiler refuses formulas whose range overflows,
     *     but a condition, or a sum of fractions with large denominators, can still overflow for some answers
     */
    @Override
    public ScoreResult score(Answers answers) {
        try {
            return scoreExactly(answers);
        } catch (ArithmeticException e) {
            // found by fuzzing: Fraction refuses to overflow with an ArithmeticException, which escaped untyped
            throw new InvalidAnswersException(id, add(null, "formula", "overflow", "these answers take a formula of "
                    + id + " beyond exact arithmetic (a 64-bit numerator and denominator), so no score is given"));
        }
    }

    private ScoreResult scoreExactly(Answers answers) {
        EvalContext c = new EvalContext(items.length, scores.length);
        List<Violation> violations = null;
        for (Map.Entry<String, Answer> e : answers.asMap().entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                violations = add(violations, e.getKey(), "unknown-item", "item " + shortId(e.getKey())
                        + " is not part of " + id + "; its items are " + itemList());
                continue;
            }
            String problem = items[i].store(i, e.getValue(), c);
            if (problem != null) {
                c.state[i] = EvalContext.INVALID;
                violations = add(violations, items[i].id, problem.substring(0, problem.indexOf('|')),
                        problem.substring(problem.indexOf('|') + 1));
            }
        }
        if (anySkipLogic) {
            for (int i = 0; i < items.length; i++) {
                Expression rule = items[i].askedWhen;
                if (rule != null && !rule.test(c)) {
                    if (c.state[i] != EvalContext.MISSING) {
                        violations = add(violations, items[i].id, "skip-logic", "item " + items[i].id
                                + " is asked only when " + items[i].item.askedWhen().orElse("") + "; leave it out");
                    }
                    c.state[i] = EvalContext.NOT_ASKED;
                }
            }
        }
        List<String> missing = List.of();
        List<String> declined = List.of();
        int missingRequired = 0;
        for (int i = 0; i < items.length; i++) {
            byte s = c.state[i];
            if (s == EvalContext.MISSING) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>();
                }
                missing.add(items[i].id);
                if (items[i].required) {
                    missingRequired++;
                }
            } else if (s == EvalContext.DECLINED) {
                if (declined.isEmpty()) {
                    declined = new ArrayList<>();
                }
                declined.add(items[i].id);
            }
        }
        if (missingRequired > maxMissing) {
            for (String m : missing) {
                if (items[index.get(m)].required) {
                    violations = add(violations, m, "required", "an answer to item " + m + " is required"
                            + (maxMissing > 0 ? " (at most " + maxMissing + " required items may be missing; "
                                    + missingRequired + " are)" : ""));
                }
            }
        }
        if (violations != null) {
            throw new InvalidAnswersException(id, violations);
        }
        StringBuilder why = new StringBuilder(256);
        why.append(prefix);
        // subscales and derived scores, in order (derived may read earlier ones)
        Map<String, Fraction> subscaleValues = scores.length == 0 ? Map.of() : new LinkedHashMap<>();
        for (int s = 0; s < scores.length; s++) {
            CompiledScore cs = scores[s];
            Fraction v;
            if (cs.formula != null) {
                v = cs.formula.number(c);
            } else {
                int[] its = cs.items;
                long sum = 0;
                int answered = 0;
                int miss = 0;
                for (int it : its) {
                    byte st = c.state[it];
                    if (st == EvalContext.ANSWERED) {
                        sum += c.points[it];
                        answered++;
                    } else if (st != EvalContext.NOT_ASKED) {
                        miss++;
                    }
                }
                if (miss > cs.maxMissing || answered == 0) {
                    if (!cs.omitWhenIncomplete) {
                        violations = add(violations, cs.definition.id(), "too-many-missing", "subscale "
                                + cs.definition.id() + " has " + miss + " unanswered items; at most " + cs.maxMissing
                                + " may be missing");
                    }
                    v = null;
                } else if (cs.mean) {
                    v = Fraction.of(sum, answered);
                } else if (miss > 0 && cs.prorate) {
                    v = Fraction.of(sum * (answered + miss), answered);
                } else {
                    v = Fraction.of(sum);
                }
            }
            c.scores[s] = v;
            if (v != null) {
                subscaleValues.put(cs.definition.id(), v);
            }
        }
        Fraction total = null;
        if (totalMethod == TOTAL_SUM) {
            long sum = 0;
            int answered = 0;
            int miss = 0;
            for (int it : scoredItems) {
                byte st = c.state[it];
                if (st == EvalContext.ANSWERED) {
                    sum += c.points[it];
                    answered++;
                } else if (st != EvalContext.NOT_ASKED) {
                    miss++;
                }
            }
            if (miss > totalMaxMissing || (answered == 0 && miss > 0)) {
                violations = add(violations, "total", "too-many-missing", miss
                        + " scored items are unanswered; the total allows at most " + totalMaxMissing);
            } else if (miss > 0 && totalProrate) {
                total = Fraction.of(sum * (answered + miss), answered);
                why.append("total ").append(total.toDecimal(2)).append(" = ").append(totalHow)
                        .append(", pro-rated for ").append(miss).append(" unanswered item(s)");
            } else {
                total = Fraction.of(sum);
                why.append("total ").append(sum).append(" = ").append(totalHow);
            }
        } else if (totalMethod == TOTAL_FORMULA) {
            total = totalFormula.number(c);
            if (total == null) {
                violations = add(violations, "total", "incomplete", "the total " + totalHow
                        + " cannot be computed from the answers given");
            } else {
                why.append("total ").append(total.toDecimal(4)).append(total.isInteger() ? "" : " (exactly " + total
                        + ")").append(" = ").append(totalHow);
            }
        } else {
            why.append("no total (this instrument reports its scores separately)");
        }
        if (violations != null) {
            throw new InvalidAnswersException(id, violations);
        }
        c.total = total;
        ScoreResult.BandResult band = null;
        if (total != null && bands.length > 0) {
            long t = total.isInteger() ? total.numerator() : total.roundHalfUp();
            for (int b = 0; b < bands.length; b++) {
                if (bands[b].contains(t)) {
                    band = bandResults[b];
                    why.append(bandText[b]);
                    if (!total.isInteger()) {
                        why.append(" using the total rounded to ").append(t);
                    }
                    break;
                }
            }
        }
        if (!subscaleValues.isEmpty()) {
            why.append("; scores:");
            for (Map.Entry<String, Fraction> e : subscaleValues.entrySet()) {
                why.append(' ').append(e.getKey()).append(' ').append(e.getValue().toDecimal(4)).append(',');
            }
            why.setLength(why.length() - 1);
        }
        List<ScoreResult.RaisedFlag> raised = List.of();
        for (int f = 0; f < flagRules.length; f++) {
            if (flagRules[f].test(c)) {
                if (raised.isEmpty()) {
                    raised = new ArrayList<>();
                }
                raised.add(raisedFlags[f]);
                why.append(flagText[f]);
            }
        }
        List<ScoreResult.GateOutcome> gateOutcomes = gateRules.length == 0 ? List.of() : new ArrayList<>();
        for (int g = 0; g < gateRules.length; g++) {
            boolean met = gateRules[g].test(c);
            String msg = met ? gates[g].label() : gates[g].otherwise();
            gateOutcomes.add(new ScoreResult.GateOutcome(gates[g].code(), met, msg));
            why.append("; ").append(gates[g].code()).append(met ? " (met, " : " (not met, ").append(gates[g].when())
                    .append("): ").append(msg);
        }
        if (!missing.isEmpty()) {
            why.append("; not answered: ").append(String.join(", ", missing));
        }
        if (!declined.isEmpty()) {
            why.append("; declined (not counted as zero): ").append(String.join(", ", declined));
        }
        why.append('.');
        return new ScoreResult(id, version, profile, Optional.ofNullable(total), Optional.ofNullable(band),
                subscaleValues, raised, gateOutcomes, missing, declined, why.toString());
    }

    /** @return null when fine, else "rule|message" */
    private String itemList() {
        if (items.length <= 12) {
            return String.join(", ", java.util.Arrays.stream(items).map(x -> x.id).toList());
        }
        return items[0].id + ", " + items[1].id + ", ..., " + items[items.length - 1].id;
    }

    private static String shortId(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private List<Violation> add(@Nullable List<Violation> list, String item, String rule, String message) {
        List<Violation> l = list == null ? new ArrayList<>() : list;
        l.add(new Violation(id + "." + shortId(item), rule, id + ": " + message));
        return l;
    }
}
