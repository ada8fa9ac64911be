package org.dvpp.assessment;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * A flag or gate: a named condition on the answers and scores.
 *
 * @param code stable code, such as {@code self-harm} or {@code complete-full-audit}
 * @param label plain-language label, said when the condition holds
 * @param when the condition, in plain language or in the engine's expression form (such as {@code Q9 >= 1})
 * @param otherwise for a gate, what to say when the condition does not hold (empty for flags)
 * @since 0.1
 */
@Classified
public record RuleDefinition(String code, String label, String when, String otherwise) {
    /** Refuses nulls. */
    public RuleDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
