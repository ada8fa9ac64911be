package org.dvpp.assessment.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.domain.Violation;

/**
 * The declarative engine's answer checks for an instrument written in Java: the same item rules, rule codes and
 * messages as a JSON-declared instrument (one piece of code, {@link CompiledItem#store}), prepared once from its
 * descriptor. Skip logic ({@code askedWhen}) is left to the instrument: an item it does not ask is simply left out.
 */
public final class ItemChecker {
    private final String id;
    private final CompiledItem[] items;
    private final Map<String, Integer> index = new HashMap<>();

    /** @param descriptor the instrument's descriptor */
    public ItemChecker(InstrumentDescriptor descriptor) {
        this.id = descriptor.id();
        this.items = descriptor.items().stream().map(CompiledItem::of).toArray(CompiledItem[]::new);
        for (int i = 0; i < items.length; i++) {
            index.put(items[i].id, i);
        }
    }

    /** What the answers came to, item by item. */
    public record Result(Map<String, Long> points, Set<String> declined, Set<String> missing) {
    }

    /**
     * @param answers the answers
     * @return each answered item's points, the declined items and the unanswered ones, in the descriptor's order
     * @throws InvalidAnswersException naming every unknown item, disallowed answer and missing required item at once
     */
    public Result check(Answers answers) {
        EvalContext c = new EvalContext(items.length, 0);
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Answer> e : answers.asMap().entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                String k = e.getKey().length() > 40 ? e.getKey().substring(0, 40) + "..." : e.getKey();
                violations.add(new Violation(id + "." + k, "unknown-item", id + ": item " + k + " is not part of "
                        + id));
                continue;
            }
            String problem = items[i].store(i, e.getValue(), c);
            if (problem != null) {
                c.state[i] = EvalContext.INVALID;
                int bar = problem.indexOf('|');
                violations.add(new Violation(id + "." + items[i].id, problem.substring(0, bar), id + ": "
                        + problem.substring(bar + 1)));
            }
        }
        Map<String, Long> points = new LinkedHashMap<>();
        Set<String> declined = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < items.length; i++) {
            switch (c.state[i]) {
                case EvalContext.ANSWERED -> points.put(items[i].id, c.points[i]);
                case EvalContext.DECLINED -> declined.add(items[i].id);
                case EvalContext.MISSING -> {
                    missing.add(items[i].id);
                    if (items[i].required) {
                        violations.add(new Violation(id + "." + items[i].id, "required", id + ": an answer to item "
                                + items[i].id + " is required"));
                    }
                }
                default -> {
                    // invalid: already reported
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidAnswersException(id, violations);
        }
        return new Result(java.util.Collections.unmodifiableMap(points), java.util.Collections.unmodifiableSet(declined),
                java.util.Collections.unmodifiableSet(missing));
    }

    /**
     * @param d a descriptor
     * @return how every explanation of its results begins, as the engine writes it
     */
    public static String prefix(InstrumentDescriptor d) {
        return d.title() + " (" + d.id() + ' ' + d.version() + "): ";
    }

    /**
     * @param b a band
     * @return the explanation's words for a total in it, as the engine writes them
     */
    public static String bandText(org.dvpp.assessment.Band b) {
        return "; band " + b.code() + " '" + b.label() + "' (" + b.min() + '–' + b.max() + ')';
    }

    /**
     * @param f a flag rule
     * @return the explanation's words for the flag raised, as the engine writes them
     */
    public static String flagText(org.dvpp.assessment.RuleDefinition f) {
        return "; FLAG " + f.code() + ": " + f.label() + " (" + f.when() + ')';
    }
}
