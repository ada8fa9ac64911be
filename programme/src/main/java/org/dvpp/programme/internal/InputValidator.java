package org.dvpp.programme.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks use-case inputs against their Jakarta Validation constraints, with Hibernate Validator and no expression
 * language. Every violation is reported with its path, the constraint's name as the rule, and a message.
 */
public final class InputValidator implements AutoCloseable {
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
            throw new InvalidInputException(root, "required", root + " is required");
        }
        Set<ConstraintViolation<Object>> found = validator.validate(input);
        if (found.isEmpty()) {
            return;
        }
        Set<Violation> unique = new LinkedHashSet<>();
        for (ConstraintViolation<Object> v : found) {
            String path = v.getPropertyPath().toString();
            String rule = kebab(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
            unique.add(new Violation(path.isEmpty() ? root : root + "." + path, rule,
                    (path.isEmpty() ? root : path) + " " + v.getMessage()));
        }
        List<Violation> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        throw new InvalidInputException(sorted);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        factory.close();
    }
}
