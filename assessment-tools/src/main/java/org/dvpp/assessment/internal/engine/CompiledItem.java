package org.dvpp.assessment.internal.engine;

import org.dvpp.assessment.Item;
import org.jspecify.annotations.Nullable;

/** An item prepared for scoring: lookup tables instead of lists, so validation and points are array reads. */
final class CompiledItem {
    static final int CHOICE = 0;
    static final int YES_NO = 1;
    static final int RANGE = 2;
    static final int TEXT = 3;
    static final int DATE = 4;
    static final long INVALID = Long.MIN_VALUE;

    final Item item;
    final String id;
    final int kind;
    final int minValue;
    final int maxValue;
    /** Points by (value − minValue); {@link #INVALID} for values that are not options. */
    final long @Nullable [] points;
    final long yesPoints;
    final long noPoints;
    final boolean dontKnow;
    final boolean declinable;
    final boolean required;
    final boolean scored;
    final int maxLength;
    final @Nullable Expression askedWhen;
    final long minPoints;
    final long maxPoints;

    CompiledItem(Item item, int kind, int minValue, int maxValue, long @Nullable [] points, long yesPoints,
            long noPoints, boolean dontKnow, int maxLength, @Nullable Expression askedWhen, long minPoints,
            long maxPoints) {
        this.item = item;
        this.id = item.id();
        this.kind = kind;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.points = points;
        this.yesPoints = yesPoints;
        this.noPoints = noPoints;
        this.dontKnow = dontKnow;
        this.declinable = item.declinable();
        this.required = item.required();
        this.scored = item.scored();
        this.maxLength = maxLength;
        this.askedWhen = askedWhen;
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
    }
}
