package org.dvpp.domain;

import java.util.Objects;

/**
 * One broken rule in some input: where ({@code path}, such as {@code referral.receivedOn} or {@code answers.Q9}), which
 * rule ({@code rule}, a short stable code such as {@code required} or {@code max}), and a sentence for people.
 *
 * @param path dotted path of the offending field, from the root of the input
 * @param rule stable code of the rule that failed
 * @param message plain-language explanation
 */
@org.dvpp.domain.Classified
public record Violation(String path, String rule, String message) {
    /** Checks that no part is null. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message + " [" + rule + "]";
    }
}
