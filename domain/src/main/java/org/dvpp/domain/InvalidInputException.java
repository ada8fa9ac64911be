package org.dvpp.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules. Nothing was changed. {@link #violations()} lists every broken rule with the path of the
 * field, the rule's code and a message.
 */
public class InvalidInputException extends DvppException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** @param violations the broken rules; at least one */
    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * A single broken rule.
     *
     * @param path the field's path
     * @param rule the rule's code
     * @param message the sentence for people
     */
    public InvalidInputException(String path, String rule, String message) {
        this(List.of(new Violation(path, rule, message)));
    }

    /** @return every broken rule, in the order found; never empty */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "Invalid input: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
