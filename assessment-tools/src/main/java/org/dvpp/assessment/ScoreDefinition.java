package org.dvpp.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;

/**
 * A subscale or derived score an instrument reports beside (or instead of) its total.
 *
 * @param id stable id, such as {@code consumption} or {@code readiness}
 * @param label plain-language label
 * @param how how it is computed, in plain language (such as "mean of items 2, 8, 12, 15, 19, 21, 24")
 * @param items the items it reads (empty for a formula over other scores)
 * @param range the lowest and highest value it can take, when known
 * @param outcome how change in it is classified between two results ({@link OutcomeRule#NONE} for a plain delta)
 * @since 0.1
 */
@Classified
public record ScoreDefinition(String id, String label, String how, List<String> items, Optional<Range> range,
        OutcomeRule outcome) {
    /** Refuses nulls; copies the list. */
    public ScoreDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(how, "how");
        items = List.copyOf(items);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How change in a score between two results is classified. */
    public enum OutcomeRule {
        /** Only the difference is reported. */
        NONE,
        /**
         * Days of use (TOP): among people using at the start, abstinent (0 at review), reduced, unchanged or increased;
         * people not using at the start are excluded from the outcome.
         */
        USE_DAYS
    }
}
