package org.dvpp.programme.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks use-case inputs: their Jakarta Validation constraints (Hibernate Validator, no expression language), on the
 * input and on every record nested in it, and the characters of every text in it. Every violation is reported with its
 * path and a rule code from {@link RuleCodes}, whichever check found it.
 */
public final class InputValidator implements AutoCloseable {
    /** Jakarta constraint names mapped onto the SDK's one vocabulary. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", RuleCodes.REQUIRED),
            Map.entry("NotBlank", RuleCodes.NOT_BLANK),
            Map.entry("NotEmpty", RuleCodes.NOT_EMPTY),
            Map.entry("Size", RuleCodes.MAX_LENGTH),
            Map.entry("PastOrPresent", RuleCodes.NOT_IN_FUTURE),
            Map.entry("Past", RuleCodes.NOT_IN_FUTURE),
            Map.entry("Min", RuleCodes.RANGE),
            Map.entry("Max", RuleCodes.RANGE),
            Map.entry("Positive", RuleCodes.RANGE),
            Map.entry("PositiveOrZero", RuleCodes.RANGE),
            Map.entry("Pattern", RuleCodes.PATTERN));

    static {
        // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging: send it to SLF4J,
        // the SDK's only logging API, unless the host chose otherwise
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private final ValidatorFactory factory;
    private final Validator validator;

    /** @param clock the clock {@code @Past} and {@code @PastOrPresent} compare with */
    public InputValidator(Clock clock) {
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * @param root the name of the input, the first part of every path
     * @param input the input
     * @throws InvalidInputException listing every broken rule
     */
    public void check(String root, Object input) {
        if (input == null) {
            throw new InvalidInputException(root, RuleCodes.REQUIRED, root + " is required");
        }
        Set<Violation> found = new LinkedHashSet<>();
        walk(root, input, false, found);
        if (found.isEmpty()) {
            return;
        }
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        throw new InvalidInputException(sorted);
    }

    private void walk(String path, Object value, boolean multiLine, Set<Violation> found) {
        if (value instanceof String s) {
            String bad = Checks.badCharacter(s, multiLine);
            if (bad != null) {
                found.add(new Violation(path, bad, path + " holds a character that is not allowed (" + bad + ")"));
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(path, v, multiLine, found));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                if (e == null) {
                    found.add(new Violation(path + "[" + i + "]", RuleCodes.NO_NULL_ELEMENTS, path
                            + " must not contain null"));
                } else {
                    walk(path + "[" + i + "]", e, multiLine, found);
                }
                i++;
            }
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (k != null) {
                    walk(path + ".key", k, false, found);
                }
                if (v != null) {
                    walk(path + "[" + k + "]", v, multiLine, found);
                }
            });
        } else if (value instanceof Record r) {
            // the front door's own input records and the domain records nested in them: every Jakarta constraint
            // declared on them is checked here, the clock-dependent ones (past, past-or-present) included
            constraints(path, r, found);
            for (RecordShape.Part part : RecordShape.of(r.getClass()).parts()) {
                Object v = part.get(r);
                if (v != null) {
                    walk(path + "." + part.name(), v, part.freeText(), found);
                }
            }
        }
    }

    private void constraints(String path, Object input, Set<Violation> found) {
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            String p = v.getPropertyPath().toString();
            String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String rule = CODES.getOrDefault(name, name);
            found.add(new Violation(p.isEmpty() ? path : path + "." + p, rule, (p.isEmpty() ? path : p) + " "
                    + v.getMessage()));
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
