package org.dvpp.assessment.internal.engine;

import org.dvpp.assessment.ScoreDefinition;
import org.jspecify.annotations.Nullable;

/** A subscale (aggregate over items) or derived score (formula), prepared for scoring. */
final class CompiledScore {
    final ScoreDefinition definition;
    final int @Nullable [] items;
    final boolean mean;
    final int maxMissing;
    final boolean prorate;
    final boolean omitWhenIncomplete;
    final @Nullable Expression formula;

    CompiledScore(ScoreDefinition definition, int @Nullable [] items, boolean mean, int maxMissing, boolean prorate,
            boolean omitWhenIncomplete, @Nullable Expression formula) {
        this.definition = definition;
        this.items = items;
        this.mean = mean;
        this.maxMissing = maxMissing;
        this.prorate = prorate;
        this.omitWhenIncomplete = omitWhenIncomplete;
        this.formula = formula;
    }
}
