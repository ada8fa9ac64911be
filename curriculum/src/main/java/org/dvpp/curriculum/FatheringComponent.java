package org.dvpp.curriculum;

import java.util.Objects;

/**
 * The fathering component of a curriculum: one of its modules, delivered only to men whose recorded parent status says
 * they are parents, with the conditions those men must also meet to complete. A man who is not a parent is not due at
 * its sessions, and they count neither for nor against him; for a parent the curriculum's own completion rule is
 * judged on the other sessions and this rule on the component's sessions. In JSON: {@code "fathering": {"module":
 * "fathering", "completion": {"requiredSessions": [13, 14]}}}.
 *
 * <p>In a rolling curriculum the component's module is not an entry point: men join at the other modules' starts.
 *
 * @param module the id of the module that is the component
 * @param completion what a parent must also meet, judged on the component's sessions only (any of {@code minSessions},
 *     {@code minHours}, {@code requiredSessions}, {@code all}, {@code any}; not {@code minOneToOnes})
 */
@org.dvpp.domain.Classified
public record FatheringComponent(String module, CompletionCriterion completion) {
    /** Refuses null parts; the other rules are checked by {@link CurriculumValidator}. */
    public FatheringComponent {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(completion, "completion");
    }
}
